# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderPayUrlData")


@_attrs_define
class AlibabaOrderPayUrlData:
    """返回内容.

    Attributes:
        order_id (int | str | None): 订单id (order id).
        protocol_pay_success (bool | None): 可选 (whether the protocol, password-free, payment succeeded)
        pay_url (str | None): 可选 (payment URL)
        cant_pay_order_list (list[int | str] | None): 可选 (order ids that cannot be paid)
    """

    order_id: int | str | None = None
    protocol_pay_success: bool | None = None
    pay_url: str | None = None
    cant_pay_order_list: list[int | str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.order_id is not None or "orderId" in present:
            field_dict["orderId"] = self.order_id
        if self.protocol_pay_success is not None or "protocolPaySuccess" in present:
            field_dict["protocolPaySuccess"] = self.protocol_pay_success
        if self.pay_url is not None or "payUrl" in present:
            field_dict["payUrl"] = self.pay_url
        if self.cant_pay_order_list is not None or "cantPayOrderList" in present:
            field_dict["cantPayOrderList"] = self.cant_pay_order_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        order_id = d.pop("orderId", None)
        protocol_pay_success = d.pop("protocolPaySuccess", None)
        pay_url = d.pop("payUrl", None)
        cant_pay_order_list = d.pop("cantPayOrderList", None)
        alibaba_order_pay_url_data = cls(
            order_id,
            protocol_pay_success,
            pay_url,
            cant_pay_order_list,
        )
        alibaba_order_pay_url_data.additional_properties = d
        alibaba_order_pay_url_data._present = tuple(src_dict)
        return alibaba_order_pay_url_data

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
