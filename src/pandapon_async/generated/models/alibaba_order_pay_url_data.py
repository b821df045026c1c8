# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderPayUrlData")


@_attrs_define
class AlibabaOrderPayUrlData:
    """返回内容.

    Attributes:
        order_id (int | None | str | Unset): 订单id (order id).
        protocol_pay_success (bool | None | Unset): 可选 (whether the protocol, password-free, payment succeeded)
        pay_url (None | str | Unset): 可选 (payment URL)
        cant_pay_order_list (list[int | str] | None | Unset): 可选 (order ids that cannot be paid)
    """

    order_id: int | str | Unset | None = UNSET
    protocol_pay_success: bool | Unset | None = UNSET
    pay_url: str | Unset | None = UNSET
    cant_pay_order_list: list[int | str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | str | Unset | None
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        protocol_pay_success: bool | Unset | None
        if isinstance(self.protocol_pay_success, Unset):
            protocol_pay_success = UNSET
        else:
            protocol_pay_success = self.protocol_pay_success

        pay_url: str | Unset | None
        if isinstance(self.pay_url, Unset):
            pay_url = UNSET
        else:
            pay_url = self.pay_url

        cant_pay_order_list: list[int | str] | Unset | None
        if isinstance(self.cant_pay_order_list, Unset):
            cant_pay_order_list = UNSET
        elif isinstance(self.cant_pay_order_list, list):
            cant_pay_order_list = []
            for cant_pay_order_list_type_0_item_data in self.cant_pay_order_list:
                cant_pay_order_list_type_0_item: int | str
                cant_pay_order_list_type_0_item = cant_pay_order_list_type_0_item_data
                cant_pay_order_list.append(cant_pay_order_list_type_0_item)

        else:
            cant_pay_order_list = self.cant_pay_order_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if protocol_pay_success is not UNSET:
            field_dict["protocolPaySuccess"] = protocol_pay_success
        if pay_url is not UNSET:
            field_dict["payUrl"] = pay_url
        if cant_pay_order_list is not UNSET:
            field_dict["cantPayOrderList"] = cant_pay_order_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        protocol_pay_success = d.pop("protocolPaySuccess", UNSET)

        pay_url = d.pop("payUrl", UNSET)

        def _parse_cant_pay_order_list(data: object) -> list[int | str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cant_pay_order_list_type_0 = []
                _cant_pay_order_list_type_0 = data
                for cant_pay_order_list_type_0_item_data in _cant_pay_order_list_type_0:
                    cant_pay_order_list_type_0_item = cant_pay_order_list_type_0_item_data

                    cant_pay_order_list_type_0.append(cant_pay_order_list_type_0_item)

                return cant_pay_order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        cant_pay_order_list = _parse_cant_pay_order_list(d.pop("cantPayOrderList", UNSET))

        alibaba_order_pay_url_data = cls(
            order_id=order_id,
            protocol_pay_success=protocol_pay_success,
            pay_url=pay_url,
            cant_pay_order_list=cant_pay_order_list,
        )

        alibaba_order_pay_url_data.additional_properties = d
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
