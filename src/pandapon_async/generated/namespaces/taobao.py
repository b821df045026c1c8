# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.taobao`` namespace.

Imported on first access to ``client.taobao``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..._namespaces import Namespace

if TYPE_CHECKING:
    from .taobao_aftersales import TaobaoAftersalesNamespace
    from .taobao_cart import TaobaoCartNamespace
    from .taobao_goods import TaobaoGoodsNamespace
    from .taobao_orders import TaobaoOrdersNamespace


class TaobaoNamespace(Namespace):
    """``client.taobao``."""

    @cached_property
    def goods(self) -> "TaobaoGoodsNamespace":
        """``client.taobao.goods``: Taobao goods."""
        from .taobao_goods import TaobaoGoodsNamespace

        return TaobaoGoodsNamespace(self._client)

    @cached_property
    def orders(self) -> "TaobaoOrdersNamespace":
        """``client.taobao.orders``: Taobao orders."""
        from .taobao_orders import TaobaoOrdersNamespace

        return TaobaoOrdersNamespace(self._client)

    @cached_property
    def aftersales(self) -> "TaobaoAftersalesNamespace":
        """``client.taobao.aftersales``: Taobao after-sales / reverse orders."""
        from .taobao_aftersales import TaobaoAftersalesNamespace

        return TaobaoAftersalesNamespace(self._client)

    @cached_property
    def cart(self) -> "TaobaoCartNamespace":
        """``client.taobao.cart``: Taobao shopping cart."""
        from .taobao_cart import TaobaoCartNamespace

        return TaobaoCartNamespace(self._client)
