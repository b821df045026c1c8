"""Stateful answers for the cart → order operations the spec has (every other operation answers its example).

Where a page shows no ``data`` for these operations (the spec says "any JSON"), the mock answers in shapes it
documents in ``MockState`` (``Order.created_result`` and ``Order.detail``); each shape still validates against
the operation's response schema.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._errors import MockError, MockErrorCode
from ._state import Address, CartEntry, MockState, OrderLine

KEEP_EXAMPLE: Any = object()
"""Returned by a handler that changes the state but answers the documented example envelope unchanged."""


@dataclass(frozen=True)
class Call:
    """What a handler sees of one validated request."""

    operation_id: str
    body: Any
    query: dict[str, Any]
    path_params: dict[str, str]
    state: MockState


Handler = Callable[[Call], Any]


def _body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _line_from_entry(entry: CartEntry) -> OrderLine:
    return OrderLine(
        title=entry.title,
        quantity=entry.quantity,
        price=entry.price,
        item_id=entry.item_id,
        spec_id=entry.mp_sku_id or entry.sku_id,
        picture=entry.picture,
    )


# -- cart ------------------------------------------------------------------------------------------------


def taobao_add_cart_item(call: Call) -> Any:
    body = _body(call)
    promotion = body.get("promotionPrice")
    call.state.add_to_cart(
        title=body.get("itemTitle") or "",
        quantity=int(body.get("quantity") or 1),
        price=promotion if promotion is not None else body.get("price"),
        item_id=body.get("itemId"),
        sku_id=body.get("skuId"),
        picture=body.get("itemPic"),
        properties=body.get("properties"),
        shop_id=str(body.get("shopId") or ""),
        shop_name=body.get("shopName") or "",
        mp_id=body.get("mpId"),
        mp_sku_id=body.get("mpSkuId"),
        stock=_int_or_none(body.get("skuQuantity")),
        platform="taobao",
    )
    return KEEP_EXAMPLE  # the page shows no data for cart/add; the entry appears in the cart list


def alibaba_list_cart(call: Call) -> Any:
    shops: dict[str, dict[str, Any]] = {}
    for entry in call.state.cart.values():
        shop = shops.setdefault(
            entry.shop_id, {"sellerOpenId": entry.shop_id, "sellerNickName": entry.shop_name, "cartItemInfos": []}
        )
        shop["cartItemInfos"].append(entry.cart_item_info())
    return {"disableList": [], "enableList": list(shops.values())}


def alibaba_edit_cart_quantity(call: Call) -> Any:
    body = _body(call)
    call.state.set_quantity(body.get("id"), body.get("quantity"))
    return True


def alibaba_preview_cart_order(call: Call) -> Any:
    entries = call.state.cart_entries(_body(call).get("cartIds"))
    shops: dict[str, list[CartEntry]] = {}
    for entry in entries:
        shops.setdefault(entry.shop_id, []).append(entry)
    previews = []
    for shop_entries in shops.values():
        amounts = [None if e.price is None else e.price * e.quantity for e in shop_entries]
        total = None if any(a is None for a in amounts) else sum(a for a in amounts if a is not None)
        previews.append(
            {
                "discountFee": 0,
                "tradeModeNameList": [],
                "status": True,
                "sumPayment": total,
                "sumCarriage": 0,
                "sumPaymentNoCarriage": total,
            }
        )
    return {
        "orderPreviewResuslt": previews,
        "success": True,
        "errorCode": None,
        "errorMsg": None,
        "postFeeByDescOfferList": None,
        "consignOfferList": None,
        "unsupportedCrossBorderPayOfferList": [],
    }


# -- orders ----------------------------------------------------------------------------------------------


def alibaba_create_order_from_cart(call: Call) -> Any:
    body = _body(call)
    entries = call.state.take_from_cart(body.get("cartIds"))
    order = call.state.create_order(
        platform="1688",
        lines=[_line_from_entry(e) for e in entries],
        address=Address.from_alibaba(body.get("addressParam")),
        message=body.get("message"),
        source=call.operation_id,
    )
    return order.created_result()


def taobao_create_cart_order(call: Call) -> Any:
    body = _body(call)
    entries = call.state.take_from_cart(body.get("ids"))
    order = call.state.create_order(
        platform="taobao",
        lines=[_line_from_entry(e) for e in entries],
        address=Address.from_taobao(body.get("orderAddress")),
        source=call.operation_id,
    )
    return order.created_result()


def _cargo_lines(cargo: list[dict[str, Any]]) -> list[OrderLine]:
    return [
        OrderLine(
            title=None,
            quantity=line.get("quantity") or 0,
            item_id=line.get("offerId") if line.get("offerId") is not None else line.get("offerMapId"),
            spec_id=line.get("specId"),
        )
        for line in cargo
    ]


def alibaba_create_order(call: Call) -> Any:
    body = _body(call)
    order = call.state.create_order(
        platform="1688",
        lines=_cargo_lines(body.get("cargoParamList") or []),
        address=Address.from_alibaba(body.get("addressParam")),
        message=body.get("message"),
        source=call.operation_id,
    )
    return order.created_result()


def alibaba_batch_create_orders(call: Call) -> Any:
    body = _body(call)
    by_seller: dict[str, list[dict[str, Any]]] = {}
    for line in body.get("cargoParamList") or []:
        by_seller.setdefault(str(line.get("sellerOpenId") or ""), []).append(line)
    if not by_seller:
        raise MockError(MockErrorCode.BUSINESS_RULE, "cargoParamList must not be empty")
    orders = [
        call.state.create_order(
            platform="1688",
            lines=_cargo_lines(lines),
            address=Address.from_alibaba(body.get("addressParam")),
            message=body.get("message"),
            source=call.operation_id,
        )
        for lines in by_seller.values()
    ]
    return [order.detail() for order in orders]  # one order per seller, as the documented example's array


def taobao_create_order(call: Call) -> Any:
    body = _body(call)
    # both fields are JSON inside a string; the request checks have already parsed them once
    raw_lines = json.loads(body["orderLineList"]) if body.get("orderLineList") else []
    receiver = json.loads(body["receiver"]) if body.get("receiver") else {}
    if not isinstance(raw_lines, list) or not all(isinstance(line, dict) for line in raw_lines):
        raise MockError(MockErrorCode.INVALID_REQUEST, "orderLineList must encode an array of order-line objects")
    lines = [
        OrderLine(
            title=None,
            quantity=_int_or_none(line.get("quantity")) or 0,
            price=_int_or_none(line.get("price")),
            item_id=line.get("itemId"),
            spec_id=line.get("skuId"),
        )
        for line in raw_lines
    ]
    order = call.state.create_order(
        platform="taobao",
        lines=lines,
        address=Address.from_taobao(receiver if isinstance(receiver, dict) else {}),
        source=call.operation_id,
    )
    return order.created_result()


def alibaba_list_orders(call: Call) -> Any:
    body = _body(call)
    page = max(1, _int_or_none(body.get("pageNo", body.get("beginPage"))) or 1)
    size = max(1, _int_or_none(body.get("pageSize")) or 20)
    orders = call.state.list_orders()
    chunk = orders[(page - 1) * size : page * size]
    return {
        "totalRecords": len(orders),
        "totalPage": (len(orders) + size - 1) // size,
        "pageSize": size,
        "currentPage": page,
        "data": [order.detail() for order in chunk],
    }


def alibaba_get_order_detail(call: Call) -> Any:
    return call.state.order(_body(call).get("orderId")).detail()


def alibaba_cancel_order(call: Call) -> Any:
    body = _body(call)
    call.state.cancel_order(body.get("orderId"), body.get("cancelReason"))
    return True


HANDLERS: dict[str, Handler] = {
    "taobaoAddCartItem": taobao_add_cart_item,
    "alibabaListCart": alibaba_list_cart,
    "alibabaEditCartQuantity": alibaba_edit_cart_quantity,
    "alibabaPreviewCartOrder": alibaba_preview_cart_order,
    "alibabaCreateOrderFromCart": alibaba_create_order_from_cart,
    "taobaoCreateCartOrder": taobao_create_cart_order,
    "alibabaCreateOrder": alibaba_create_order,
    "alibabaBatchCreateOrders": alibaba_batch_create_orders,
    "taobaoCreateOrder": taobao_create_order,
    "alibabaListOrders": alibaba_list_orders,
    "alibabaGetOrderDetail": alibaba_get_order_detail,
    "alibabaCancelOrder": alibaba_cancel_order,
}
"""operationId → handler. An operationId missing from the spec is simply never called."""

# The paged 1688 goods searches (see _paging.py), imported here so that every app built from HANDLERS has them.
from ._paging import PAGING_HANDLERS  # noqa: E402

HANDLERS.update(PAGING_HANDLERS)
