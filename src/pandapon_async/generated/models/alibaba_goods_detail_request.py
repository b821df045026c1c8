# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsDetailRequest")


@_attrs_define
class AlibabaGoodsDetailRequest:
    """Body of the 1688 goods detail query; no field is required.

    Attributes:
        offer_id (int | Unset): Sản phẩm ID (product ID)
        country (str | Unset): Hiện tại cố định truyền en (currently fixed; pass `en`)
        out_member_id (str | Unset): ID người dùng bên ngoài (external user ID)
    """

    offer_id: int | Unset = UNSET
    country: str | Unset = UNSET
    out_member_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        country = self.country

        out_member_id = self.out_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if country is not UNSET:
            field_dict["country"] = country
        if out_member_id is not UNSET:
            field_dict["outMemberId"] = out_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId", UNSET)

        country = d.pop("country", UNSET)

        out_member_id = d.pop("outMemberId", UNSET)

        alibaba_goods_detail_request = cls(
            offer_id=offer_id,
            country=country,
            out_member_id=out_member_id,
        )

        alibaba_goods_detail_request.additional_properties = d
        return alibaba_goods_detail_request

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
