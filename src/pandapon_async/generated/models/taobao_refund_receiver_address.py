# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundReceiverAddress")


@_attrs_define
class TaobaoRefundReceiverAddress:
    """Return receiver address, as an object in the cancel example.

    Attributes:
        detail_address (str | None): Detailed address
        phone (str | None): Phone
        receiver (str | None): Receiver name
    """

    detail_address: str | None = None
    phone: str | None = None
    receiver: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.detail_address is not None or "detailAddress" in present:
            field_dict["detailAddress"] = self.detail_address
        if self.phone is not None or "phone" in present:
            field_dict["phone"] = self.phone
        if self.receiver is not None or "receiver" in present:
            field_dict["receiver"] = self.receiver
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        detail_address = d.pop("detailAddress", None)
        phone = d.pop("phone", None)
        receiver = d.pop("receiver", None)
        taobao_refund_receiver_address = cls(
            detail_address,
            phone,
            receiver,
        )
        taobao_refund_receiver_address.additional_properties = d
        taobao_refund_receiver_address._present = tuple(src_dict)
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
