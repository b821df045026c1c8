# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderBatchCreateAddressParam")


@_attrs_define
class AlibabaOrderBatchCreateAddressParam:
    """收货地址信息 (receiving address). v2 adds districtCode.

    Attributes:
        full_name (str | Unset): 收货人姓名 (receiver name)
        mobile (str | Unset): 手机号 (mobile number)
        phone (str | Unset): 电话 (telephone)
        post_code (str | Unset): 邮编 (postcode)
        city_text (str | Unset): 市文本 (city name)
        province_text (str | Unset): 省份文本 (province name)
        area_text (str | Unset): 区文本 (district name)
        town_text (str | Unset): 镇文本 (town name)
        address (str | Unset): 街道地址 (street address)
    """

    full_name: str | Unset = UNSET
    mobile: str | Unset = UNSET
    phone: str | Unset = UNSET
    post_code: str | Unset = UNSET
    city_text: str | Unset = UNSET
    province_text: str | Unset = UNSET
    area_text: str | Unset = UNSET
    town_text: str | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        mobile = self.mobile

        phone = self.phone

        post_code = self.post_code

        city_text = self.city_text

        province_text = self.province_text

        area_text = self.area_text

        town_text = self.town_text

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if phone is not UNSET:
            field_dict["phone"] = phone
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if city_text is not UNSET:
            field_dict["cityText"] = city_text
        if province_text is not UNSET:
            field_dict["provinceText"] = province_text
        if area_text is not UNSET:
            field_dict["areaText"] = area_text
        if town_text is not UNSET:
            field_dict["townText"] = town_text
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("fullName", UNSET)

        mobile = d.pop("mobile", UNSET)

        phone = d.pop("phone", UNSET)

        post_code = d.pop("postCode", UNSET)

        city_text = d.pop("cityText", UNSET)

        province_text = d.pop("provinceText", UNSET)

        area_text = d.pop("areaText", UNSET)

        town_text = d.pop("townText", UNSET)

        address = d.pop("address", UNSET)

        alibaba_order_batch_create_address_param = cls(
            full_name=full_name,
            mobile=mobile,
            phone=phone,
            post_code=post_code,
            city_text=city_text,
            province_text=province_text,
            area_text=area_text,
            town_text=town_text,
            address=address,
        )

        alibaba_order_batch_create_address_param.additional_properties = d
        return alibaba_order_batch_create_address_param

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
