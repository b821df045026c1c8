"""The mock's small in-memory world: one shopping cart per platform, one order book, refunds, and a log of the
requests it received.

The platform keeps **a Taobao cart and a 1688 cart**, and so does the mock: Taobao's ``cart/add`` fills the
Taobao cart, which only Taobao's ``cart/create/order`` orders from; 1688's ``cart/list``, ``cart/edit-quantity``,
``cart/preview/order`` and ``cart/create/order`` work on the 1688 cart. 1688's add-to-cart path is not public
(on the platform an offer is added on the PandaPon website), so a test seeds the 1688 cart with
``MockState.add_to_cart(platform="1688", ...)`` or ``POST /_mock/cart``. Cart entry ids are unique across both
carts, so an id from one cart is never found in the other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from ._errors import MockError, MockErrorCode

ORDER_ID_BASE = 2542285634920881000
"""Order ids are 19 digits (over 2^53) like the 1688 ids on the doc pages, to exercise tolerant parsing."""
TAOBAO = "taobao"
ALIBABA = "1688"
PLATFORMS = (TAOBAO, ALIBABA)
UNPAID = "waitbuyerpay"
CANCELLED = "cancel"
# 1688 order status names as the doc pages list them (waitbuyerpay ... cancel, terminated)
_CHINA = timezone(timedelta(hours=8))


def _now() -> str:
    return datetime.now(_CHINA).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class CartEntry:
    """One shopping-cart entry."""

    id: int
    title: str
    quantity: int
    price: int | None = None
    item_id: int | str | None = None
    sku_id: str | None = None
    picture: str | None = None
    properties: str | None = None
    shop_id: str = ""
    shop_name: str = ""
    mp_id: str | None = None
    mp_sku_id: str | None = None
    stock: int | None = None
    platform: str = ALIBABA

    def cart_item_info(self) -> dict[str, Any]:
        """The entry as 1688's cart list shows it (``AlibabaCartItemInfo``)."""
        return {
            "id": self.id,
            "offerMapId": "",
            "specId": self.mp_sku_id or "",
            "skuId": self.sku_id or "",
            "itemTitle": self.title,
            "itemPic": self.picture or "",
            "price": self.price,
            "quantity": self.quantity,
            "amountOnSale": self.stock,
            "properties": self.properties or "",
        }


@dataclass
class OrderLine:
    title: str | None
    quantity: int | float
    price: int | float | None = None
    item_id: int | str | None = None
    spec_id: str | None = None
    picture: str | None = None

    @property
    def amount(self) -> int | float | None:
        return None if self.price is None else self.price * self.quantity


@dataclass
class Address:
    name: str | None = None
    mobile: str | None = None
    phone: str | None = None
    province: str | None = None
    city: str | None = None
    area: str | None = None
    town: str | None = None
    address: str | None = None
    zip: str | None = None

    @classmethod
    def from_alibaba(cls, param: dict[str, Any] | None) -> Address:
        """From 1688's ``addressParam`` (fullName, mobile, phone, postCode, provinceText...)."""
        p = param or {}
        return cls(
            name=p.get("fullName"),
            mobile=p.get("mobile"),
            phone=p.get("phone"),
            province=p.get("provinceText"),
            city=p.get("cityText"),
            area=p.get("areaText"),
            town=p.get("townText"),
            address=p.get("address"),
            zip=p.get("postCode"),
        )

    @classmethod
    def from_taobao(cls, param: dict[str, Any] | None) -> Address:
        """From Taobao's order address (name, mobile_phone, phone, state, city, district, address, zip)."""
        p = param or {}
        return cls(
            name=p.get("name"),
            mobile=p.get("mobile_phone"),
            phone=p.get("phone"),
            province=p.get("state"),
            city=p.get("city"),
            area=p.get("district"),
            address=p.get("address"),
            zip=p.get("zip"),
        )

    def native_logistics(self) -> dict[str, Any]:
        """As a 1688 order's ``nativeLogistics`` (field names of the documented batch-create example)."""
        street = " ".join(part for part in (self.town, self.address) if part) or None
        return {
            "address": street,
            "area": self.area,
            "areaCode": None,
            "city": self.city,
            "contactPerson": self.name,
            "fax": None,
            "mobile": self.mobile,
            "province": self.province,
            "telephone": self.phone,
            "zip": self.zip,
            "logisticsItems": None,
            "townCode": None,
            "town": self.town,
            "caid": None,
            "realLogisticsCompanyNo": None,
        }


@dataclass
class Order:
    """One order of the order book."""

    id: int
    platform: str  # "1688" or "taobao"
    lines: list[OrderLine]
    address: Address = field(default_factory=Address)
    message: str | None = None
    status: str = UNPAID
    created: str = field(default_factory=_now)
    cancel_reason: str | None = None
    source: str = ""  # the operationId that created it

    @property
    def total(self) -> int | float | None:
        amounts = [line.amount for line in self.lines]
        if any(amount is None for amount in amounts):
            return None
        return sum(amount for amount in amounts if amount is not None)

    def created_result(self) -> dict[str, Any]:
        """The ``data`` of a create call (the pages do not show it; 1688's own API names these fields)."""
        return {"orderId": str(self.id), "totalSuccessAmount": self.total, "postFee": 0}

    def detail(self) -> dict[str, Any]:
        """The order as the mock's 1688 order detail and order list show it.

        ``guaranteesTerms``, ``internationalLogistics``, ``nativeLogistics`` and ``productItems`` follow the
        documented batch-create example; ``baseInfo`` (id, status, amounts, times) follows 1688's own order
        object, which the doc pages cut off.
        """
        base: dict[str, Any] = {
            "id": str(self.id),
            "status": self.status,
            "createTime": self.created,
            "totalAmount": self.total,
            "sumProductPayment": self.total,
            "shippingFee": 0,
            "buyerMemo": self.message,
        }
        if self.cancel_reason is not None:
            base["closeReason"] = self.cancel_reason
        return {
            "baseInfo": base,
            "guaranteesTerms": None,
            "internationalLogistics": None,
            "nativeLogistics": self.address.native_logistics(),
            "productItems": [
                {
                    "cargoNumber": None,
                    "description": None,
                    "itemAmount": line.amount,
                    "name": line.title,
                    "price": line.price,
                    "productID": line.item_id,
                    "productImgUrl": [line.picture] if line.picture else [],
                    "quantity": line.quantity,
                    "specId": line.spec_id,
                }
                for line in self.lines
            ],
        }


@dataclass
class Refund:
    """One after-sales request the mock accepted (1688 ``refund/detail/create``)."""

    id: str
    platform: str
    order_id: str | None
    status: str = "created"
    request: dict[str, Any] = field(default_factory=dict)
    source: str = ""


@dataclass
class ReceivedRequest:
    """One request the mock received, as a test sees it (no headers: they carry the signature).

    ``operation`` is the generated name (``alibaba_list_cart``), or None when no operation of the spec matched;
    ``code`` the envelope code answered (None for a dropped connection); ``fault`` names an injected fault.
    The signed-query parameters (warehouse ``timestamp`` and ``sign``) are left out of ``query``.
    """

    method: str
    path: str
    operation: str | None
    query: dict[str, str]
    body: Any
    status: int
    code: int | None
    fault: str | None = None


class MockState:
    """The carts, the order book, the refunds and the request log behind the mock; safe to inspect and seed.

    ``create_mock_app(state=MockState())`` shares one instance; ``reset()`` empties it.
    """

    def __init__(self) -> None:
        self.carts: dict[str, dict[int, CartEntry]] = {platform: {} for platform in PLATFORMS}
        self.orders: dict[int, Order] = {}
        self.refunds: dict[str, Refund] = {}
        self.requests: list[ReceivedRequest] = []
        self._next_cart_id = 1
        self._next_order_id = ORDER_ID_BASE
        self._next_refund_id = 1

    @property
    def cart(self) -> dict[int, CartEntry]:
        """The 1688 cart (the one ``cart/list`` shows)."""
        return self.carts[ALIBABA]

    @property
    def taobao_cart(self) -> dict[int, CartEntry]:
        """The Taobao cart (filled by Taobao ``cart/add``, ordered by Taobao ``cart/create/order``)."""
        return self.carts[TAOBAO]

    def reset(self) -> None:
        """Empty both carts, the order book, the refunds and the request log."""
        for cart in self.carts.values():
            cart.clear()
        self.orders.clear()
        self.refunds.clear()
        self.requests.clear()
        self._next_cart_id = 1
        self._next_order_id = ORDER_ID_BASE
        self._next_refund_id = 1

    def calls(self, operation: str | None = None) -> list[ReceivedRequest]:
        """The requests received for ``operation`` (generated name), or all of them."""
        return [r for r in self.requests if operation is None or r.operation == operation]

    # -- cart ------------------------------------------------------------------------------------------

    def _cart(self, platform: str) -> dict[int, CartEntry]:
        if platform not in self.carts:
            raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}, not {platform!r}")
        return self.carts[platform]

    def add_to_cart(self, *, platform: str = ALIBABA, entry_id: int | None = None, **fields: Any) -> CartEntry:
        """Add an entry (``CartEntry`` fields) to one platform's cart (1688 by default: its add-to-cart path is
        not public, so tests seed it here); the same item and sku again adds to its quantity."""
        cart = self._cart(platform)
        for entry in cart.values():
            if (
                entry_id is None
                and fields.get("item_id") is not None
                and entry.item_id == fields.get("item_id")
                and entry.sku_id == fields.get("sku_id")
            ):
                entry.quantity += int(fields.get("quantity", 1))
                return entry
        if entry_id is None:
            entry_id = self._next_cart_id
        self._next_cart_id = max(self._next_cart_id, entry_id + 1)
        for other in self.carts.values():
            other.pop(entry_id, None)  # ids are unique across the carts
        entry = CartEntry(id=entry_id, platform=platform, **fields)
        cart[entry_id] = entry
        return entry

    def cart_entries(self, ids: list[int] | None, platform: str = ALIBABA) -> list[CartEntry]:
        """The entries with these ids in ``platform``'s cart, or a business error naming the missing ones (and the
        other cart, when that is where they are)."""
        if not ids:
            raise MockError(MockErrorCode.BUSINESS_RULE, "no cart entry ids given")
        cart = self._cart(platform)
        missing = [i for i in ids if i not in cart]
        if missing:
            label = "Taobao" if platform == TAOBAO else "1688"
            known = ", ".join(str(i) for i in cart) or f"none: the {label} cart is empty"
            elsewhere = [i for i in missing if any(i in c for p, c in self.carts.items() if p != platform)]
            hint = (
                f"; {', '.join(map(str, elsewhere))} in the other platform's cart: Taobao and 1688 keep separate carts"
                if elsewhere
                else ""
            )
            raise MockError(
                MockErrorCode.BUSINESS_RULE,
                f"cart entry {', '.join(map(str, missing))} not found in the {label} cart (its entries: {known}){hint}",
            )
        return [cart[i] for i in dict.fromkeys(ids)]

    def take_from_cart(self, ids: list[int] | None, platform: str = ALIBABA) -> list[CartEntry]:
        """Remove and return the entries (ordering them empties them from the cart)."""
        entries = self.cart_entries(ids, platform)
        for entry in entries:
            del self.carts[platform][entry.id]
        return entries

    def set_quantity(self, entry_id: int | None, quantity: int | None, platform: str = ALIBABA) -> CartEntry | None:
        """Set an entry's quantity; 0 removes it (and returns None)."""
        if entry_id is None or quantity is None:
            raise MockError(MockErrorCode.BUSINESS_RULE, "edit-quantity needs the cart entry id and the quantity")
        (entry,) = self.cart_entries([entry_id], platform)
        if quantity < 0:
            raise MockError(MockErrorCode.BUSINESS_RULE, f"quantity must not be negative, got {quantity}")
        if quantity == 0:
            del self.carts[platform][entry_id]
            return None
        entry.quantity = quantity
        return entry

    # -- orders ----------------------------------------------------------------------------------------

    def create_order(
        self,
        *,
        platform: str,
        lines: list[OrderLine],
        address: Address | None = None,
        message: str | None = None,
        source: str = "",
        order_id: int | None = None,
    ) -> Order:
        if not lines:
            raise MockError(MockErrorCode.BUSINESS_RULE, "an order needs at least one goods line")
        if order_id is None:
            self._next_order_id += 1
            order_id = self._next_order_id
        order = Order(
            id=order_id, platform=platform, lines=lines, address=address or Address(), message=message, source=source
        )
        self.orders[order_id] = order
        return order

    def order(self, order_id: int | str | None) -> Order:
        """The order with this id, or a business error."""
        if order_id is None or str(order_id).strip() == "":
            raise MockError(MockErrorCode.BUSINESS_RULE, "orderId is needed to find an order")
        try:
            key = int(str(order_id).strip())
        except ValueError:
            key = -1
        order = self.orders.get(key)
        if order is None:
            raise MockError(MockErrorCode.BUSINESS_RULE, f"order {order_id} not found")
        return order

    def cancel_order(self, order_id: int | str | None, reason: str | None = None) -> Order:
        order = self.order(order_id)
        if order.status != UNPAID:
            raise MockError(
                MockErrorCode.BUSINESS_RULE,
                f"order {order.id} is {order.status}: only an unpaid order ({UNPAID}) can be cancelled",
            )
        order.status = CANCELLED
        order.cancel_reason = reason
        return order

    # -- refunds ---------------------------------------------------------------------------------------

    def create_refund(
        self, *, platform: str, order_id: Any, request: dict[str, Any], source: str = "", refund_id: str | None = None
    ) -> Refund:
        """Record an after-sales request for a known order (a business error for an unknown one)."""
        order = self.order(order_id)
        if refund_id is None:
            refund_id = f"{9000000000 + self._next_refund_id}"
            self._next_refund_id += 1
        refund = Refund(id=refund_id, platform=platform, order_id=str(order.id), request=request, source=source)
        self.refunds[refund_id] = refund
        return refund

    def list_orders(self) -> list[Order]:
        """Newest first."""
        return sorted(self.orders.values(), key=lambda o: o.id, reverse=True)

    def snapshot(self) -> dict[str, Any]:
        """The whole state as JSON-ready data (``GET /_mock/state``)."""
        return {
            "cart": [asdict(entry) for entry in self.cart.values()],
            "taobao_cart": [asdict(entry) for entry in self.taobao_cart.values()],
            "refunds": [asdict(refund) for refund in self.refunds.values()],
            "requests": [asdict(request) for request in self.requests],
            "orders": [
                {
                    "id": str(order.id),
                    "platform": order.platform,
                    "status": order.status,
                    "total": order.total,
                    "source": order.source,
                    "detail": order.detail(),
                }
                for order in self.list_orders()
            ],
        }
