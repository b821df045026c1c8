# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaCartItemInfo")


@_attrs_define
class AlibabaCartItemInfo:
    """One shopping-cart entry.

    Attributes:
        id (int | None | str | Unset): Cart entry id (the id used by edit-quantity and by cartIds)
        offer_map_id (int | None | str | Unset): Offer map id (may be an empty string).
        spec_id (int | None | str | Unset): Spec id
        sku_id (int | None | str | Unset): SKU id
        item_title (None | str | Unset): Item title
        item_pic (None | str | Unset): Item picture URL
        price (int | None | Unset): Price (an integer in the example; the unit is not stated)
        quantity (int | None | Unset): Quantity in the cart
        amount_on_sale (int | None | Unset): Quantity on sale.
        properties (None | str | Unset): The entry's properties (a string in the example)
    """

    id: int | str | Unset | None = UNSET
    offer_map_id: int | str | Unset | None = UNSET
    spec_id: int | str | Unset | None = UNSET
    sku_id: int | str | Unset | None = UNSET
    item_title: str | Unset | None = UNSET
    item_pic: str | Unset | None = UNSET
    price: int | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    amount_on_sale: int | Unset | None = UNSET
    properties: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        offer_map_id: int | str | Unset | None
        if isinstance(self.offer_map_id, Unset):
            offer_map_id = UNSET
        else:
            offer_map_id = self.offer_map_id

        spec_id: int | str | Unset | None
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        sku_id: int | str | Unset | None
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        item_title: str | Unset | None
        if isinstance(self.item_title, Unset):
            item_title = UNSET
        else:
            item_title = self.item_title

        item_pic: str | Unset | None
        if isinstance(self.item_pic, Unset):
            item_pic = UNSET
        else:
            item_pic = self.item_pic

        price: int | Unset | None
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        amount_on_sale: int | Unset | None
        if isinstance(self.amount_on_sale, Unset):
            amount_on_sale = UNSET
        else:
            amount_on_sale = self.amount_on_sale

        properties: str | Unset | None
        if isinstance(self.properties, Unset):
            properties = UNSET
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if item_pic is not UNSET:
            field_dict["itemPic"] = item_pic
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount_on_sale is not UNSET:
            field_dict["amountOnSale"] = amount_on_sale
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        offer_map_id = d.pop("offerMapId", UNSET)

        spec_id = d.pop("specId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        item_title = d.pop("itemTitle", UNSET)

        item_pic = d.pop("itemPic", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        amount_on_sale = d.pop("amountOnSale", UNSET)

        properties = d.pop("properties", UNSET)

        alibaba_cart_item_info = cls(
            id=id,
            offer_map_id=offer_map_id,
            spec_id=spec_id,
            sku_id=sku_id,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            quantity=quantity,
            amount_on_sale=amount_on_sale,
            properties=properties,
        )

        alibaba_cart_item_info.additional_properties = d
        return alibaba_cart_item_info

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
