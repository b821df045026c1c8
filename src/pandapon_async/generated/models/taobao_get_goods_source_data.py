# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoGetGoodsSourceData")


@_attrs_define
class TaobaoGetGoodsSourceData:
    """Source goods detail.

    Attributes:
        description (str | None): Goods description.
        item_id (int | str | None): Taobao item id.
    """

    description: str | None = None
    item_id: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.description is not None or "description" in present:
            field_dict["description"] = self.description
        if self.item_id is not None or "itemId" in present:
            field_dict["itemId"] = self.item_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        description = d.pop("description", None)
        item_id = d.pop("itemId", None)
        taobao_get_goods_source_data = cls(
            description,
            item_id,
        )
        taobao_get_goods_source_data.additional_properties = d
        taobao_get_goods_source_data._present = tuple(src_dict)
        return taobao_get_goods_source_data

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
