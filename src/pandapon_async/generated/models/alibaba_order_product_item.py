# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderProductItem")


@_attrs_define
class AlibabaOrderProductItem:
    """One product line of a 1688 order.

    Attributes:
        cargo_number (Any | Unset): Shown only as null in the example; type not documented.
        description (Any | Unset): Shown only as null in the example; type not documented.
        item_amount (float | None | Unset): Line amount (integer in the example; unit not stated).
        name (None | str | Unset): Product title.
        price (float | None | Unset): Unit price (integer in the example; unit not stated).
        product_id (int | None | str | Unset): 1688 product (offer) id; a JSON number in the example.
        product_img_url (list[str] | None | Unset): Product image URLs.
    """

    cargo_number: Any | Unset = UNSET
    description: Any | Unset = UNSET
    item_amount: float | Unset | None = UNSET
    name: str | Unset | None = UNSET
    price: float | Unset | None = UNSET
    product_id: int | str | Unset | None = UNSET
    product_img_url: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cargo_number = self.cargo_number

        description = self.description

        item_amount: float | Unset | None
        if isinstance(self.item_amount, Unset):
            item_amount = UNSET
        else:
            item_amount = self.item_amount

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        price: float | Unset | None
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        product_id: int | str | Unset | None
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_img_url: list[str] | Unset | None
        if isinstance(self.product_img_url, Unset):
            product_img_url = UNSET
        elif isinstance(self.product_img_url, list):
            product_img_url = self.product_img_url

        else:
            product_img_url = self.product_img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cargo_number is not UNSET:
            field_dict["cargoNumber"] = cargo_number
        if description is not UNSET:
            field_dict["description"] = description
        if item_amount is not UNSET:
            field_dict["itemAmount"] = item_amount
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if product_id is not UNSET:
            field_dict["productID"] = product_id
        if product_img_url is not UNSET:
            field_dict["productImgUrl"] = product_img_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cargo_number = d.pop("cargoNumber", UNSET)

        description = d.pop("description", UNSET)

        item_amount = d.pop("itemAmount", UNSET)

        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        product_id = d.pop("productID", UNSET)

        def _parse_product_img_url(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_img_url_type_0 = cast(list[str], data)

                return product_img_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_img_url = _parse_product_img_url(d.pop("productImgUrl", UNSET))

        alibaba_order_product_item = cls(
            cargo_number=cargo_number,
            description=description,
            item_amount=item_amount,
            name=name,
            price=price,
            product_id=product_id,
            product_img_url=product_img_url,
        )

        alibaba_order_product_item.additional_properties = d
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
