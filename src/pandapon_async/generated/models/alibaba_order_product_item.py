# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderProductItem")


@_attrs_define
class AlibabaOrderProductItem:
    """One product line of a 1688 order.

    Attributes:
        cargo_number (Any): Shown only as null in the example; type not documented.
        description (Any): Shown only as null in the example; type not documented.
        item_amount (float | None): Line amount (integer in the example; unit not stated).
        name (str | None): Product title.
        price (float | None): Unit price (integer in the example; unit not stated).
        product_id (int | str | None): 1688 product (offer) id; a JSON number in the example.
        product_img_url (list[str] | None): Product image URLs.
    """

    cargo_number: Any = None
    description: Any = None
    item_amount: float | None = None
    name: str | None = None
    price: float | None = None
    product_id: int | str | None = None
    product_img_url: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.cargo_number is not None or "cargoNumber" in present:
            field_dict["cargoNumber"] = self.cargo_number
        if self.description is not None or "description" in present:
            field_dict["description"] = self.description
        if self.item_amount is not None or "itemAmount" in present:
            field_dict["itemAmount"] = self.item_amount
        if self.name is not None or "name" in present:
            field_dict["name"] = self.name
        if self.price is not None or "price" in present:
            field_dict["price"] = self.price
        if self.product_id is not None or "productID" in present:
            field_dict["productID"] = self.product_id
        if self.product_img_url is not None or "productImgUrl" in present:
            field_dict["productImgUrl"] = self.product_img_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        cargo_number = d.pop("cargoNumber", None)
        description = d.pop("description", None)
        item_amount = d.pop("itemAmount", None)
        name = d.pop("name", None)
        price = d.pop("price", None)
        product_id = d.pop("productID", None)
        product_img_url = d.pop("productImgUrl", None)
        alibaba_order_product_item = cls(
            cargo_number,
            description,
            item_amount,
            name,
            price,
            product_id,
            product_img_url,
        )
        alibaba_order_product_item.additional_properties = d
        alibaba_order_product_item._present = tuple(src_dict)
        return alibaba_order_product_item

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
