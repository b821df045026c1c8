# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaCartItemInfo")


@_attrs_define
class AlibabaCartItemInfo:
    """One shopping-cart entry.

    Attributes:
        id (int | str | None): Cart entry id (the id used by edit-quantity and by cartIds)
        offer_map_id (int | str | None): Offer map id (may be an empty string).
        spec_id (int | str | None): Spec id
        sku_id (int | str | None): SKU id
        item_title (str | None): Item title
        item_pic (str | None): Item picture URL
        price (int | None): Price (an integer in the example; the unit is not stated)
        quantity (int | None): Quantity in the cart
        amount_on_sale (int | None): Quantity on sale.
        properties (str | None): The entry's properties (a string in the example)
    """

    id: int | str | None = None
    offer_map_id: int | str | None = None
    spec_id: int | str | None = None
    sku_id: int | str | None = None
    item_title: str | None = None
    item_pic: str | None = None
    price: int | None = None
    quantity: int | None = None
    amount_on_sale: int | None = None
    properties: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.id is not None or "id" in present:
            field_dict["id"] = self.id
        if self.offer_map_id is not None or "offerMapId" in present:
            field_dict["offerMapId"] = self.offer_map_id
        if self.spec_id is not None or "specId" in present:
            field_dict["specId"] = self.spec_id
        if self.sku_id is not None or "skuId" in present:
            field_dict["skuId"] = self.sku_id
        if self.item_title is not None or "itemTitle" in present:
            field_dict["itemTitle"] = self.item_title
        if self.item_pic is not None or "itemPic" in present:
            field_dict["itemPic"] = self.item_pic
        if self.price is not None or "price" in present:
            field_dict["price"] = self.price
        if self.quantity is not None or "quantity" in present:
            field_dict["quantity"] = self.quantity
        if self.amount_on_sale is not None or "amountOnSale" in present:
            field_dict["amountOnSale"] = self.amount_on_sale
        if self.properties is not None or "properties" in present:
            field_dict["properties"] = self.properties
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        offer_map_id = d.pop("offerMapId", None)
        spec_id = d.pop("specId", None)
        sku_id = d.pop("skuId", None)
        item_title = d.pop("itemTitle", None)
        item_pic = d.pop("itemPic", None)
        price = d.pop("price", None)
        quantity = d.pop("quantity", None)
        amount_on_sale = d.pop("amountOnSale", None)
        properties = d.pop("properties", None)
        alibaba_cart_item_info = cls(
            id,
            offer_map_id,
            spec_id,
            sku_id,
            item_title,
            item_pic,
            price,
            quantity,
            amount_on_sale,
            properties,
        )
        alibaba_cart_item_info.additional_properties = d
        alibaba_cart_item_info._present = tuple(src_dict)
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
