# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseTmallOrderInfo")


@_attrs_define
class WarehouseTmallOrderInfo:
    """TmallOrderInfoTO.

    Attributes:
        tmall_order_id (None | str | Unset): Tmall order id (presumably the caller's own order id; not stated)
    """

    tmall_order_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tmall_order_id: str | Unset | None
        if isinstance(self.tmall_order_id, Unset):
            tmall_order_id = UNSET
        else:
            tmall_order_id = self.tmall_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tmall_order_id is not UNSET:
            field_dict["tmallOrderId"] = tmall_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tmall_order_id = d.pop("tmallOrderId", UNSET)

        warehouse_tmall_order_info = cls(
            tmall_order_id=tmall_order_id,
        )

        warehouse_tmall_order_info.additional_properties = d
        return warehouse_tmall_order_info

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
