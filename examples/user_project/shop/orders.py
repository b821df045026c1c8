"""Ordering, as production code writes it: the client comes from the environment (PANDAPON_* variables)."""

from __future__ import annotations

from pandapon_async import PandaPonClient
from pandapon_async.generated.api.alibaba_cart import alibaba_create_order_from_cart, alibaba_list_cart
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.models import AlibabaCartCreateOrderRequest

ADDRESS = {
    "fullName": "Shop Warehouse",
    "mobile": "13800000000",
    "provinceText": "浙江省",
    "cityText": "杭州市",
    "areaText": "余杭区",
    "address": "仓库路 1 号",
    "postCode": "311100",
}


async def cart_entry_ids(client: PandaPonClient) -> list[int]:
    """The ids of the valid entries of the 1688 cart."""
    cart = await alibaba_list_cart.asyncio(client=client)
    shops = (cart.data.enable_list if cart.data else None) or []
    return [int(entry.id) for shop in shops for entry in shop.cart_item_infos or [] if entry.id is not None]


async def order_the_cart() -> str | None:
    """Order every valid entry of the 1688 cart; the new order's id, or None when the cart is empty."""
    async with PandaPonClient() as client:
        ids = await cart_entry_ids(client)
        if not ids:
            return None
        body = AlibabaCartCreateOrderRequest.from_dict({"flow": "general", "cartIds": ids, "addressParam": ADDRESS})
        created = await alibaba_create_order_from_cart.asyncio(client=client, body=body)
        return str(created.data["orderId"])


async def goods_category(item_id: str) -> str | None:
    """The category name of a Taobao item."""
    async with PandaPonClient() as client:
        goods = await taobao_get_goods.asyncio(client=client, item_id=item_id)
        return goods.data.category_name if goods.data else None
