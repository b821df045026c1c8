# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundMaxRefundFee")


@_attrs_define
class TaobaoRefundMaxRefundFee:
    """Refundable fee limits.

    Attributes:
        min_refund_fee (int | None): Minimum refund fee (integer; unit not stated)
        fee_tips (str | None): Fee tips
        refund_fee (int | None): Maximum refundable fee (integer; unit not stated)
        can_edit_refund_fee (bool | None): Whether the refund fee can be edited
    """

    min_refund_fee: int | None = None
    fee_tips: str | None = None
    refund_fee: int | None = None
    can_edit_refund_fee: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.min_refund_fee is not None or "minRefundFee" in present:
            field_dict["minRefundFee"] = self.min_refund_fee
        if self.fee_tips is not None or "feeTips" in present:
            field_dict["feeTips"] = self.fee_tips
        if self.refund_fee is not None or "refundFee" in present:
            field_dict["refundFee"] = self.refund_fee
        if self.can_edit_refund_fee is not None or "canEditRefundFee" in present:
            field_dict["canEditRefundFee"] = self.can_edit_refund_fee
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        min_refund_fee = d.pop("minRefundFee", None)
        fee_tips = d.pop("feeTips", None)
        refund_fee = d.pop("refundFee", None)
        can_edit_refund_fee = d.pop("canEditRefundFee", None)
        taobao_refund_max_refund_fee = cls(
            min_refund_fee,
            fee_tips,
            refund_fee,
            can_edit_refund_fee,
        )
        taobao_refund_max_refund_fee.additional_properties = d
        taobao_refund_max_refund_fee._present = tuple(src_dict)
        return taobao_refund_max_refund_fee

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
