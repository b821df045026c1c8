# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoOrderLogisticsReceiver")


@_attrs_define
class TaobaoOrderLogisticsReceiver:
    """Receiver of the package (from the v2 example).

    Attributes:
        zip_code (None | str | Unset): Postcode.
        address (None | str | Unset): Address.
        province (None | str | Unset): Province.
        city (None | str | Unset): City.
        district (None | str | Unset): District.
        phone (None | str | Unset): Phone.
        name (None | str | Unset): Name.
    """

    zip_code: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    province: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    district: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zip_code: str | Unset | None
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        province: str | Unset | None
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        district: str | Unset | None
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if address is not UNSET:
            field_dict["address"] = address
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zip_code = d.pop("zipCode", UNSET)

        address = d.pop("address", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        phone = d.pop("phone", UNSET)

        name = d.pop("name", UNSET)

        taobao_order_logistics_receiver = cls(
            zip_code=zip_code,
            address=address,
            province=province,
            city=city,
            district=district,
            phone=phone,
            name=name,
        )

        taobao_order_logistics_receiver.additional_properties = d
        return taobao_order_logistics_receiver

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
