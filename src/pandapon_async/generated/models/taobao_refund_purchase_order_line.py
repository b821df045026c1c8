# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundPurchaseOrderLine")


@_attrs_define
class TaobaoRefundPurchaseOrderLine:
    """The purchase-order line a reverse order refers to (fields from the query and cancel examples).

    Attributes:
        sales_order_id (int | str | None): Sales-order id
        supplier_id (int | str | None): Supplier (seller) id
        quantity (int | None): Quantity
        total_price (int | None): Total price (integer; unit not stated)
        item_title (str | None): Item title
        post_fee (int | None): Postage (integer; unit not stated)
        product_fee (int | None): Product fee (integer; unit not stated)
        sales_market (str | None): Sales market (e.g. TAOBAO_BUYER)
        purchase_order_line_id (int | str | None): Purchase-order line id
        create_time (int | None): Creation time, epoch milliseconds
        purchase_order_id (int | str | None): Purchase-order id
        price (int | str | None): Unit price (type not documented)
        supplier_nick (str | None): Supplier (seller) nickname
        currency (str | None): Currency (e.g. CNY)
        properties (TaobaoRefundPurchaseOrderLinePropertiesType0 | None): SKU properties, name to value (e.g. {"食品口味": "瓜子仁5包(试吃)"})
        item_image_url (str | None): Item image URL (protocol-relative in the query example)
    """

    sales_order_id: int | str | None = None
    supplier_id: int | str | None = None
    quantity: int | None = None
    total_price: int | None = None
    item_title: str | None = None
    post_fee: int | None = None
    product_fee: int | None = None
    sales_market: str | None = None
    purchase_order_line_id: int | str | None = None
    create_time: int | None = None
    purchase_order_id: int | str | None = None
    price: int | str | None = None
    supplier_nick: str | None = None
    currency: str | None = None
    properties: TaobaoRefundPurchaseOrderLinePropertiesType0 | None = None
    item_image_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.sales_order_id is not None or "salesOrderId" in present:
            field_dict["salesOrderId"] = self.sales_order_id
        if self.supplier_id is not None or "supplierId" in present:
            field_dict["supplierId"] = self.supplier_id
        if self.quantity is not None or "quantity" in present:
            field_dict["quantity"] = self.quantity
        if self.total_price is not None or "totalPrice" in present:
            field_dict["totalPrice"] = self.total_price
        if self.item_title is not None or "itemTitle" in present:
            field_dict["itemTitle"] = self.item_title
        if self.post_fee is not None or "postFee" in present:
            field_dict["postFee"] = self.post_fee
        if self.product_fee is not None or "productFee" in present:
            field_dict["productFee"] = self.product_fee
        if self.sales_market is not None or "salesMarket" in present:
            field_dict["salesMarket"] = self.sales_market
        if self.purchase_order_line_id is not None or "purchaseOrderLineId" in present:
            field_dict["purchaseOrderLineId"] = self.purchase_order_line_id
        if self.create_time is not None or "createTime" in present:
            field_dict["createTime"] = self.create_time
        if self.purchase_order_id is not None or "purchaseOrderId" in present:
            field_dict["purchaseOrderId"] = self.purchase_order_id
        if self.price is not None or "price" in present:
            field_dict["price"] = self.price
        if self.supplier_nick is not None or "supplierNick" in present:
            field_dict["supplierNick"] = self.supplier_nick
        if self.currency is not None or "currency" in present:
            field_dict["currency"] = self.currency
        properties: object = self.properties
        if properties is not None or "properties" in present:
            field_dict["properties"] = (
                properties.to_dict()
                if isinstance(properties, TaobaoRefundPurchaseOrderLinePropertiesType0)
                else properties
            )
        if self.item_image_url is not None or "itemImageUrl" in present:
            field_dict["itemImageUrl"] = self.item_image_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        sales_order_id = d.pop("salesOrderId", None)
        supplier_id = d.pop("supplierId", None)
        quantity = d.pop("quantity", None)
        total_price = d.pop("totalPrice", None)
        item_title = d.pop("itemTitle", None)
        post_fee = d.pop("postFee", None)
        product_fee = d.pop("productFee", None)
        sales_market = d.pop("salesMarket", None)
        purchase_order_line_id = d.pop("purchaseOrderLineId", None)
        create_time = d.pop("createTime", None)
        purchase_order_id = d.pop("purchaseOrderId", None)
        price = d.pop("price", None)
        supplier_nick = d.pop("supplierNick", None)
        currency = d.pop("currency", None)
        _properties = d.pop("properties", None)
        properties = (
            TaobaoRefundPurchaseOrderLinePropertiesType0.from_dict(_properties)
            if _properties.__class__ is dict
            else _properties
        )
        item_image_url = d.pop("itemImageUrl", None)
        taobao_refund_purchase_order_line = cls(
            sales_order_id,
            supplier_id,
            quantity,
            total_price,
            item_title,
            post_fee,
            product_fee,
            sales_market,
            purchase_order_line_id,
            create_time,
            purchase_order_id,
            price,
            supplier_nick,
            currency,
            properties,
            item_image_url,
        )
        taobao_refund_purchase_order_line.additional_properties = d
        taobao_refund_purchase_order_line._present = tuple(src_dict)
        return taobao_refund_purchase_order_line

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.taobao_refund_purchase_order_line_properties_type_0 import TaobaoRefundPurchaseOrderLinePropertiesType0  # noqa: E402
