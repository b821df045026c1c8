# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderPreviewResult")


@_attrs_define
class AlibabaOrderPreviewResult:
    """Preview of one order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
    `additional_properties`.

        Attributes:
            discount_fee (Any | Unset): Discount amount; shown only as null, type not documented.
            trade_mode_name_list (list[str] | None | Unset): Available trade mode names.
            status (bool | None | Unset): Preview status.
    """

    discount_fee: Any | Unset = UNSET
    trade_mode_name_list: list[str] | Unset | None = UNSET
    status: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_fee = self.discount_fee

        trade_mode_name_list: list[str] | Unset | None
        if isinstance(self.trade_mode_name_list, Unset):
            trade_mode_name_list = UNSET
        elif isinstance(self.trade_mode_name_list, list):
            trade_mode_name_list = self.trade_mode_name_list

        else:
            trade_mode_name_list = self.trade_mode_name_list

        status: bool | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_fee is not UNSET:
            field_dict["discountFee"] = discount_fee
        if trade_mode_name_list is not UNSET:
            field_dict["tradeModeNameList"] = trade_mode_name_list
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount_fee = d.pop("discountFee", UNSET)

        def _parse_trade_mode_name_list(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_mode_name_list_type_0 = cast(list[str], data)

                return trade_mode_name_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trade_mode_name_list = _parse_trade_mode_name_list(d.pop("tradeModeNameList", UNSET))

        status = d.pop("status", UNSET)

        alibaba_order_preview_result = cls(
            discount_fee=discount_fee,
            trade_mode_name_list=trade_mode_name_list,
            status=status,
        )

        alibaba_order_preview_result.additional_properties = d
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
