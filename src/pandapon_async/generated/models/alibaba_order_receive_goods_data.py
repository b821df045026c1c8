# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderReceiveGoodsData")


@_attrs_define
class AlibabaOrderReceiveGoodsData:
    """返回信息 (result of the confirmation).

    Attributes:
        success (bool | None): 是否成功 (whether it succeeded)
        error_info (str | None): 错误信息 (error message)
        error_code (str | None): 错误码 (error code)
    """

    success: bool | None = None
    error_info: str | None = None
    error_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.success is not None or "success" in present:
            field_dict["success"] = self.success
        if self.error_info is not None or "errorInfo" in present:
            field_dict["errorInfo"] = self.error_info
        if self.error_code is not None or "errorCode" in present:
            field_dict["errorCode"] = self.error_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        success = d.pop("success", None)
        error_info = d.pop("errorInfo", None)
        error_code = d.pop("errorCode", None)
        alibaba_order_receive_goods_data = cls(
            success,
            error_info,
            error_code,
        )
        alibaba_order_receive_goods_data.additional_properties = d
        alibaba_order_receive_goods_data._present = tuple(src_dict)
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
