# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_purchase_order_line_properties_type_0 import (
        TaobaoRefundPurchaseOrderLinePropertiesType0,
    )


T = TypeVar("T", bound="TaobaoRefundPurchaseOrderLine")


@_attrs_define
class TaobaoRefundPurchaseOrderLine:
    """The purchase-order line a reverse order refers to (fields from the query and cancel examples).

    Attributes:
        sales_order_id (int | None | str | Unset): Sales-order id
        supplier_id (int | None | str | Unset): Supplier (seller) id
        quantity (int | None | Unset): Quantity
        total_price (int | None | Unset): Total price (integer; unit not stated)
        item_title (None | str | Unset): Item title
        post_fee (int | None | Unset): Postage (integer; unit not stated)
        product_fee (int | None | Unset): Product fee (integer; unit not stated)
        sales_market (None | str | Unset): Sales market (e.g. TAOBAO_BUYER)
        purchase_order_line_id (int | None | str | Unset): Purchase-order line id
        create_time (int | None | Unset): Creation time, epoch milliseconds
        purchase_order_id (int | None | str | Unset): Purchase-order id
        price (int | None | str | Unset): Unit price (type not documented)
        supplier_nick (None | str | Unset): Supplier (seller) nickname
        currency (None | str | Unset): Currency (e.g. CNY)
        properties (None | TaobaoRefundPurchaseOrderLinePropertiesType0 | Unset): SKU properties, name to value (e.g.
            {"食品口味": "瓜子仁5包(试吃)"})
        item_image_url (None | str | Unset): Item image URL (protocol-relative in the query example)
    """

    sales_order_id: int | str | Unset | None = UNSET
    supplier_id: int | str | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    total_price: int | Unset | None = UNSET
    item_title: str | Unset | None = UNSET
    post_fee: int | Unset | None = UNSET
    product_fee: int | Unset | None = UNSET
    sales_market: str | Unset | None = UNSET
    purchase_order_line_id: int | str | Unset | None = UNSET
    create_time: int | Unset | None = UNSET
    purchase_order_id: int | str | Unset | None = UNSET
    price: int | str | Unset | None = UNSET
    supplier_nick: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    properties: TaobaoRefundPurchaseOrderLinePropertiesType0 | Unset | None = UNSET
    item_image_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_purchase_order_line_properties_type_0 import (
            TaobaoRefundPurchaseOrderLinePropertiesType0,
        )

        sales_order_id: int | str | Unset | None
        if isinstance(self.sales_order_id, Unset):
            sales_order_id = UNSET
        else:
            sales_order_id = self.sales_order_id

        supplier_id: int | str | Unset | None
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        total_price: int | Unset | None
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        item_title: str | Unset | None
        if isinstance(self.item_title, Unset):
            item_title = UNSET
        else:
            item_title = self.item_title

        post_fee: int | Unset | None
        if isinstance(self.post_fee, Unset):
            post_fee = UNSET
        else:
            post_fee = self.post_fee

        product_fee: int | Unset | None
        if isinstance(self.product_fee, Unset):
            product_fee = UNSET
        else:
            product_fee = self.product_fee

        sales_market: str | Unset | None
        if isinstance(self.sales_market, Unset):
            sales_market = UNSET
        else:
            sales_market = self.sales_market

        purchase_order_line_id: int | str | Unset | None
        if isinstance(self.purchase_order_line_id, Unset):
            purchase_order_line_id = UNSET
        else:
            purchase_order_line_id = self.purchase_order_line_id

        create_time: int | Unset | None
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        purchase_order_id: int | str | Unset | None
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        price: int | str | Unset | None
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        supplier_nick: str | Unset | None
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        properties: dict[str, Any] | Unset | None
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, TaobaoRefundPurchaseOrderLinePropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        item_image_url: str | Unset | None
        if isinstance(self.item_image_url, Unset):
            item_image_url = UNSET
        else:
            item_image_url = self.item_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if post_fee is not UNSET:
            field_dict["postFee"] = post_fee
        if product_fee is not UNSET:
            field_dict["productFee"] = product_fee
        if sales_market is not UNSET:
            field_dict["salesMarket"] = sales_market
        if purchase_order_line_id is not UNSET:
            field_dict["purchaseOrderLineId"] = purchase_order_line_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick
        if currency is not UNSET:
            field_dict["currency"] = currency
        if properties is not UNSET:
            field_dict["properties"] = properties
        if item_image_url is not UNSET:
            field_dict["itemImageUrl"] = item_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_purchase_order_line_properties_type_0 import (
            TaobaoRefundPurchaseOrderLinePropertiesType0,
        )

        d = dict(src_dict)
        sales_order_id = d.pop("salesOrderId", UNSET)

        supplier_id = d.pop("supplierId", UNSET)

        quantity = d.pop("quantity", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        item_title = d.pop("itemTitle", UNSET)

        post_fee = d.pop("postFee", UNSET)

        product_fee = d.pop("productFee", UNSET)

        sales_market = d.pop("salesMarket", UNSET)

        purchase_order_line_id = d.pop("purchaseOrderLineId", UNSET)

        create_time = d.pop("createTime", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        price = d.pop("price", UNSET)

        supplier_nick = d.pop("supplierNick", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_properties(data: object) -> TaobaoRefundPurchaseOrderLinePropertiesType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = TaobaoRefundPurchaseOrderLinePropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundPurchaseOrderLinePropertiesType0 | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        item_image_url = d.pop("itemImageUrl", UNSET)

        taobao_refund_purchase_order_line = cls(
            sales_order_id=sales_order_id,
            supplier_id=supplier_id,
            quantity=quantity,
            total_price=total_price,
            item_title=item_title,
            post_fee=post_fee,
            product_fee=product_fee,
            sales_market=sales_market,
            purchase_order_line_id=purchase_order_line_id,
            create_time=create_time,
            purchase_order_id=purchase_order_id,
            price=price,
            supplier_nick=supplier_nick,
            currency=currency,
            properties=properties,
            item_image_url=item_image_url,
        )

        taobao_refund_purchase_order_line.additional_properties = d
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
