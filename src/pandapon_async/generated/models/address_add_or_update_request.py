# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressAddOrUpdateRequest")


@_attrs_define
class AddressAddOrUpdateRequest:
    """A shipping address.

    Attributes:
        id (int | Unset): ID编号 (address id); presumably 0 or absent to add, an existing id to update (not stated)
        name (str | Unset): 收件人 (receiver name)
        province (str | Unset): 省份名 (province name)
        city (str | Unset): 城市名 (city name)
        district (str | Unset): 区域名 (district name)
        address (str | Unset): 详细地址 (detailed address)
        phone (str | Unset): 手机号码 (mobile phone number)
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    province: str | Unset = UNSET
    city: str | Unset = UNSET
    district: str | Unset = UNSET
    address: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        province = self.province

        city = self.city

        district = self.district

        address = self.address

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        address_add_or_update_request = cls(
            id=id,
            name=name,
            province=province,
            city=city,
            district=district,
            address=address,
            phone=phone,
        )

        address_add_or_update_request.additional_properties = d
        return address_add_or_update_request

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
