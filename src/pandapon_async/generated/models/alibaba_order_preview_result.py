# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderPreviewResult")


@_attrs_define
class AlibabaOrderPreviewResult:
    """Preview of one order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
    `additional_properties`.

        Attributes:
            discount_fee (Any): Discount amount; shown only as null, type not documented.
            trade_mode_name_list (list[str] | None): Available trade mode names.
            status (bool | None): Preview status.
    """

    discount_fee: Any = None
    trade_mode_name_list: list[str] | None = None
    status: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.discount_fee is not None or "discountFee" in present:
            field_dict["discountFee"] = self.discount_fee
        if self.trade_mode_name_list is not None or "tradeModeNameList" in present:
            field_dict["tradeModeNameList"] = self.trade_mode_name_list
        if self.status is not None or "status" in present:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        discount_fee = d.pop("discountFee", None)
        trade_mode_name_list = d.pop("tradeModeNameList", None)
        status = d.pop("status", None)
        alibaba_order_preview_result = cls(
            discount_fee,
            trade_mode_name_list,
            status,
        )
        alibaba_order_preview_result.additional_properties = d
        alibaba_order_preview_result._present = tuple(src_dict)
        return alibaba_order_preview_result

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
