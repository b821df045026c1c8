# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundReason")


@_attrs_define
class TaobaoRefundReason:
    """One selectable refund reason.

    Attributes:
        reason_desc (str | None): Reason text
        tips (str | None): Tips shown with the reason
        reason_id (int | str | None): Reason id
    """

    reason_desc: str | None = None
    tips: str | None = None
    reason_id: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.reason_desc is not None or "reasonDesc" in present:
            field_dict["reasonDesc"] = self.reason_desc
        if self.tips is not None or "tips" in present:
            field_dict["tips"] = self.tips
        if self.reason_id is not None or "reasonId" in present:
            field_dict["reasonId"] = self.reason_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        reason_desc = d.pop("reasonDesc", None)
        tips = d.pop("tips", None)
        reason_id = d.pop("reasonId", None)
        taobao_refund_reason = cls(
            reason_desc,
            tips,
            reason_id,
        )
        taobao_refund_reason.additional_properties = d
        taobao_refund_reason._present = tuple(src_dict)
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
