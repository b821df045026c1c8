# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderReceiveGoodsData")


@_attrs_define
class AlibabaOrderReceiveGoodsData:
    """返回信息 (result of the confirmation).

    Attributes:
        success (bool | None | Unset): 是否成功 (whether it succeeded)
        error_info (None | str | Unset): 错误信息 (error message)
        error_code (None | str | Unset): 错误码 (error code)
    """

    success: bool | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    error_code: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | Unset | None
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_info: str | Unset | None
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        else:
            error_info = self.error_info

        error_code: str | Unset | None
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        error_code = d.pop("errorCode", UNSET)

        alibaba_order_receive_goods_data = cls(
            success=success,
            error_info=error_info,
            error_code=error_code,
        )

        alibaba_order_receive_goods_data.additional_properties = d
        return alibaba_order_receive_goods_data

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
