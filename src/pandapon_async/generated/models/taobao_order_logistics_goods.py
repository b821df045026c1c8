# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoOrderLogisticsGoods")


@_attrs_define
class TaobaoOrderLogisticsGoods:
    """A goods line in the package (from the v2 example).

    Attributes:
        title (str | None): Goods title.
        property_ (str | None): Sku property text.
        image_url (str | None): Image URL.
        quantity (int | str | None): Quantity (a string placeholder in the v2 example).
    """

    title: str | None = None
    property_: str | None = None
    image_url: str | None = None
    quantity: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.title is not None or "title" in present:
            field_dict["title"] = self.title
        if self.property_ is not None or "property" in present:
            field_dict["property"] = self.property_
        if self.image_url is not None or "imageUrl" in present:
            field_dict["imageUrl"] = self.image_url
        if self.quantity is not None or "quantity" in present:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        title = d.pop("title", None)
        property_ = d.pop("property", None)
        image_url = d.pop("imageUrl", None)
        quantity = d.pop("quantity", None)
        taobao_order_logistics_goods = cls(
            title,
            property_,
            image_url,
            quantity,
        )
        taobao_order_logistics_goods.additional_properties = d
        taobao_order_logistics_goods._present = tuple(src_dict)
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
