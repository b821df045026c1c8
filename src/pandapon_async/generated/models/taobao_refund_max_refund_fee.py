# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundMaxRefundFee")


@_attrs_define
class TaobaoRefundMaxRefundFee:
    """Refundable fee limits.

    Attributes:
        min_refund_fee (int | None | Unset): Minimum refund fee (integer; unit not stated)
        fee_tips (None | str | Unset): Fee tips
        refund_fee (int | None | Unset): Maximum refundable fee (integer; unit not stated)
        can_edit_refund_fee (bool | None | Unset): Whether the refund fee can be edited
    """

    min_refund_fee: int | Unset | None = UNSET
    fee_tips: str | Unset | None = UNSET
    refund_fee: int | Unset | None = UNSET
    can_edit_refund_fee: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_refund_fee: int | Unset | None
        if isinstance(self.min_refund_fee, Unset):
            min_refund_fee = UNSET
        else:
            min_refund_fee = self.min_refund_fee

        fee_tips: str | Unset | None
        if isinstance(self.fee_tips, Unset):
            fee_tips = UNSET
        else:
            fee_tips = self.fee_tips

        refund_fee: int | Unset | None
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        can_edit_refund_fee: bool | Unset | None
        if isinstance(self.can_edit_refund_fee, Unset):
            can_edit_refund_fee = UNSET
        else:
            can_edit_refund_fee = self.can_edit_refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_refund_fee is not UNSET:
            field_dict["minRefundFee"] = min_refund_fee
        if fee_tips is not UNSET:
            field_dict["feeTips"] = fee_tips
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if can_edit_refund_fee is not UNSET:
            field_dict["canEditRefundFee"] = can_edit_refund_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_refund_fee = d.pop("minRefundFee", UNSET)

        fee_tips = d.pop("feeTips", UNSET)

        refund_fee = d.pop("refundFee", UNSET)

        can_edit_refund_fee = d.pop("canEditRefundFee", UNSET)

        taobao_refund_max_refund_fee = cls(
            min_refund_fee=min_refund_fee,
            fee_tips=fee_tips,
            refund_fee=refund_fee,
            can_edit_refund_fee=can_edit_refund_fee,
        )

        taobao_refund_max_refund_fee.additional_properties = d
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
