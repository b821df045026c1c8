# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The namespaced client's root attributes (``client.taobao``, ``client.alibaba``...), generated from the spec.

``PandaPonClient`` inherits :class:`Namespaces`. Each namespace module is imported on first access, so
``import pandapon_async`` imports no endpoint or model module.
"""

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._client import PandaPonClient
    from .alibaba import AlibabaNamespace
    from .foundations import FoundationsNamespace
    from .taobao import TaobaoNamespace
    from .warehouse import WarehouseNamespace


class Namespaces:
    """The root namespaces of the PandaPon API, one attribute per group of operations."""

    @cached_property
    def taobao(self) -> "TaobaoNamespace":
        """``client.taobao``: goods, orders, aftersales, cart."""
        from .taobao import TaobaoNamespace

        return TaobaoNamespace(cast("PandaPonClient", self))

    @cached_property
    def alibaba(self) -> "AlibabaNamespace":
        """``client.alibaba``: goods, orders, aftersales, cart, marketing."""
        from .alibaba import AlibabaNamespace

        return AlibabaNamespace(cast("PandaPonClient", self))

    @cached_property
    def foundations(self) -> "FoundationsNamespace":
        """``client.foundations``: Account foundations: addresses."""
        from .foundations import FoundationsNamespace

        return FoundationsNamespace(cast("PandaPonClient", self))

    @cached_property
    def warehouse(self) -> "WarehouseNamespace":
        """``client.warehouse``: PandaPon warehouse and international logistics."""
        from .warehouse import WarehouseNamespace

        return WarehouseNamespace(cast("PandaPonClient", self))


__all__ = ["Namespaces"]
