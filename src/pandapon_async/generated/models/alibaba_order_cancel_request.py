# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderCancelRequest")


@_attrs_define
class AlibabaOrderCancelRequest:
    """
    Attributes:
        web_site (str): Site; e.g. "1688".
        order_id (int | str): A 64-bit 1688 order or sub-order id, sent as a JSON integer or as the string of its
            decimal digits. Ids exceed 2^53 (e.g. 2542285634920880794): integers that large are exact in Python, but a
            JavaScript number rounds them, so JavaScript callers send the string form (or serialise with a BigInt-aware JSON
            library).
        cancel_reason (str): 取消原因 (cancel reason, free text, e.g. 不想要了).
        remark (None | str | Unset): 备注 (remark)
    """

    web_site: str
    order_id: int | str
    cancel_reason: str
    remark: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_site = self.web_site

        order_id: int | str
        order_id = self.order_id

        cancel_reason = self.cancel_reason

        remark: str | Unset | None
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webSite": web_site,
                "orderId": order_id,
                "cancelReason": cancel_reason,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        web_site = d.pop("webSite")

        order_id = d.pop("orderId")

        cancel_reason = d.pop("cancelReason")

        remark = d.pop("remark", UNSET)

        alibaba_order_cancel_request = cls(
            web_site=web_site,
            order_id=order_id,
            cancel_reason=cancel_reason,
            remark=remark,
        )

        alibaba_order_cancel_request.additional_properties = d
        return alibaba_order_cancel_request

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
