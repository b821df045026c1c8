# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundReceiverAddress")


@_attrs_define
class TaobaoRefundReceiverAddress:
    """Return receiver address, as an object in the cancel example.

    Attributes:
        detail_address (None | str | Unset): Detailed address
        phone (None | str | Unset): Phone
        receiver (None | str | Unset): Receiver name
    """

    detail_address: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    receiver: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_address: str | Unset | None
        if isinstance(self.detail_address, Unset):
            detail_address = UNSET
        else:
            detail_address = self.detail_address

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        receiver: str | Unset | None
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        else:
            receiver = self.receiver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_address is not UNSET:
            field_dict["detailAddress"] = detail_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if receiver is not UNSET:
            field_dict["receiver"] = receiver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail_address = d.pop("detailAddress", UNSET)

        phone = d.pop("phone", UNSET)

        receiver = d.pop("receiver", UNSET)

        taobao_refund_receiver_address = cls(
            detail_address=detail_address,
            phone=phone,
            receiver=receiver,
        )

        taobao_refund_receiver_address.additional_properties = d
        return taobao_refund_receiver_address

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
