# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba`` namespace.

Imported on first access to ``client.alibaba``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..._namespaces import Namespace

if TYPE_CHECKING:
    from .alibaba_aftersales import AlibabaAftersalesNamespace
    from .alibaba_cart import AlibabaCartNamespace
    from .alibaba_goods import AlibabaGoodsNamespace
    from .alibaba_marketing import AlibabaMarketingNamespace
    from .alibaba_orders import AlibabaOrdersNamespace


class AlibabaNamespace(Namespace):
    """``client.alibaba``."""

    @cached_property
    def goods(self) -> "AlibabaGoodsNamespace":
        """``client.alibaba.goods``: 1688 goods."""
        from .alibaba_goods import AlibabaGoodsNamespace

        return AlibabaGoodsNamespace(self._client)

    @cached_property
    def orders(self) -> "AlibabaOrdersNamespace":
        """``client.alibaba.orders``: 1688 orders."""
        from .alibaba_orders import AlibabaOrdersNamespace

        return AlibabaOrdersNamespace(self._client)

    @cached_property
    def aftersales(self) -> "AlibabaAftersalesNamespace":
        """``client.alibaba.aftersales``: 1688 after-sales."""
        from .alibaba_aftersales import AlibabaAftersalesNamespace

        return AlibabaAftersalesNamespace(self._client)

    @cached_property
    def cart(self) -> "AlibabaCartNamespace":
        """``client.alibaba.cart``: 1688 shopping cart."""
        from .alibaba_cart import AlibabaCartNamespace

        return AlibabaCartNamespace(self._client)

    @cached_property
    def marketing(self) -> "AlibabaMarketingNamespace":
        """``client.alibaba.marketing``."""
        from .alibaba_marketing import AlibabaMarketingNamespace

        return AlibabaMarketingNamespace(self._client)
