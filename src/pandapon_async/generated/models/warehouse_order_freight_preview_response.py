# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="WarehouseOrderFreightPreviewResponse")


@_attrs_define
class WarehouseOrderFreightPreviewResponse:
    """
    Attributes:
        code (int | str | None): 返回码 (return code). 200 or 0 is success; any other value is a business error, which still arrives
            with HTTP 200. Usually an integer; a string of decimal digits is read as that integer.
        request_id (str | None): 请求ID (request id)
        develop_id (int | str | None): 开发者ID (developer id).
        msg (str | None): 返回码对应信息 (message for the code)
        data (Any): Not documented: any JSON.
    """

    code: int | str | None = None
    request_id: str | None = None
    develop_id: int | str | None = None
    msg: str | None = None
    data: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.code is not None or "code" in present:
            field_dict["code"] = self.code
        if self.request_id is not None or "requestId" in present:
            field_dict["requestId"] = self.request_id
        if self.develop_id is not None or "developId" in present:
            field_dict["developId"] = self.develop_id
        if self.msg is not None or "msg" in present:
            field_dict["msg"] = self.msg
        if self.data is not None or "data" in present:
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        code = d.pop("code", None)
        request_id = d.pop("requestId", None)
        develop_id = d.pop("developId", None)
        msg = d.pop("msg", None)
        data = d.pop("data", None)
        warehouse_order_freight_preview_response = cls(
            code,
            request_id,
            develop_id,
            msg,
            data,
        )
        warehouse_order_freight_preview_response.additional_properties = d
        warehouse_order_freight_preview_response._present = tuple(src_dict)
        return warehouse_order_freight_preview_response

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
