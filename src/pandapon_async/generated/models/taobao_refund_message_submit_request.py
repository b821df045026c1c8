# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundMessageSubmitRequest")


@_attrs_define
class TaobaoRefundMessageSubmitRequest:
    """A message on a reverse order.

    Attributes:
        refund_id (str | Unset): 逆向单id (reverse-order id).
        refund_message (str | Unset): 留言内容 (message text).
        refund_images (str | Unset): Images, optional; a single string (the format for several images is not stated)
    """

    refund_id: str | Unset = UNSET
    refund_message: str | Unset = UNSET
    refund_images: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_id = self.refund_id

        refund_message = self.refund_message

        refund_images = self.refund_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if refund_message is not UNSET:
            field_dict["refundMessage"] = refund_message
        if refund_images is not UNSET:
            field_dict["refundImages"] = refund_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_id = d.pop("refundId", UNSET)

        refund_message = d.pop("refundMessage", UNSET)

        refund_images = d.pop("refundImages", UNSET)

        taobao_refund_message_submit_request = cls(
            refund_id=refund_id,
            refund_message=refund_message,
            refund_images=refund_images,
        )

        taobao_refund_message_submit_request.additional_properties = d
        return taobao_refund_message_submit_request

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
