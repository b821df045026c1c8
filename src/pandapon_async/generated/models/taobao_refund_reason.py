# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundReason")


@_attrs_define
class TaobaoRefundReason:
    """One selectable refund reason.

    Attributes:
        reason_desc (None | str | Unset): Reason text
        tips (None | str | Unset): Tips shown with the reason
        reason_id (int | None | str | Unset): Reason id
    """

    reason_desc: str | Unset | None = UNSET
    tips: str | Unset | None = UNSET
    reason_id: int | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason_desc: str | Unset | None
        if isinstance(self.reason_desc, Unset):
            reason_desc = UNSET
        else:
            reason_desc = self.reason_desc

        tips: str | Unset | None
        if isinstance(self.tips, Unset):
            tips = UNSET
        else:
            tips = self.tips

        reason_id: int | str | Unset | None
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason_desc is not UNSET:
            field_dict["reasonDesc"] = reason_desc
        if tips is not UNSET:
            field_dict["tips"] = tips
        if reason_id is not UNSET:
            field_dict["reasonId"] = reason_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason_desc = d.pop("reasonDesc", UNSET)

        tips = d.pop("tips", UNSET)

        reason_id = d.pop("reasonId", UNSET)

        taobao_refund_reason = cls(
            reason_desc=reason_desc,
            tips=tips,
            reason_id=reason_id,
        )

        taobao_refund_reason.additional_properties = d
        return taobao_refund_reason

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
