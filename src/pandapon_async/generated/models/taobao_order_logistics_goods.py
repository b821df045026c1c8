# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoOrderLogisticsGoods")


@_attrs_define
class TaobaoOrderLogisticsGoods:
    """A goods line in the package (from the v2 example).

    Attributes:
        title (None | str | Unset): Goods title.
        property_ (None | str | Unset): Sku property text.
        image_url (None | str | Unset): Image URL.
        quantity (int | None | str | Unset): Quantity (a string placeholder in the v2 example).
    """

    title: str | Unset | None = UNSET
    property_: str | Unset | None = UNSET
    image_url: str | Unset | None = UNSET
    quantity: int | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        property_: str | Unset | None
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        image_url: str | Unset | None
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        quantity: int | str | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if property_ is not UNSET:
            field_dict["property"] = property_
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        property_ = d.pop("property", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        quantity = d.pop("quantity", UNSET)

        taobao_order_logistics_goods = cls(
            title=title,
            property_=property_,
            image_url=image_url,
            quantity=quantity,
        )

        taobao_order_logistics_goods.additional_properties = d
        return taobao_order_logistics_goods

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
