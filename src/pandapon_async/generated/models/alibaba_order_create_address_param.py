# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderCreateAddressParam")


@_attrs_define
class AlibabaOrderCreateAddressParam:
    """收货地址信息 (receiving address).

    Attributes:
        full_name (str): 收货人姓名 (receiver name)
        mobile (str): 手机号 (mobile number)
        phone (str): 电话 (telephone)
        city_text (str): 市文本 (city name)
        province_text (str): 省份文本 (province name)
        town_text (str): 镇文本 (town name).
        address (str): 街道地址 (street address)
        post_code (str | Unset): 邮编 (postcode)
        area_text (str | Unset): 区文本 (district name)
    """

    full_name: str
    mobile: str
    phone: str
    city_text: str
    province_text: str
    town_text: str
    address: str
    post_code: str | Unset = UNSET
    area_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        mobile = self.mobile

        phone = self.phone

        city_text = self.city_text

        province_text = self.province_text

        town_text = self.town_text

        address = self.address

        post_code = self.post_code

        area_text = self.area_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fullName": full_name,
                "mobile": mobile,
                "phone": phone,
                "cityText": city_text,
                "provinceText": province_text,
                "townText": town_text,
                "address": address,
            }
        )
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if area_text is not UNSET:
            field_dict["areaText"] = area_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("fullName")

        mobile = d.pop("mobile")

        phone = d.pop("phone")

        city_text = d.pop("cityText")

        province_text = d.pop("provinceText")

        town_text = d.pop("townText")

        address = d.pop("address")

        post_code = d.pop("postCode", UNSET)

        area_text = d.pop("areaText", UNSET)

        alibaba_order_create_address_param = cls(
            full_name=full_name,
            mobile=mobile,
            phone=phone,
            city_text=city_text,
            province_text=province_text,
            town_text=town_text,
            address=address,
            post_code=post_code,
            area_text=area_text,
        )

        alibaba_order_create_address_param.additional_properties = d
        return alibaba_order_create_address_param

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
