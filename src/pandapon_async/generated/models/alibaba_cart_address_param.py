# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaCartAddressParam")


@_attrs_define
class AlibabaCartAddressParam:
    """收货地址信息 (`FastAdress`, the receiving address). No field is required by every account; the cart preview may require
    `fullName`, `mobile`, `phone`, `cityText`, `provinceText` and `address`.

        Attributes:
            full_name (None | str | Unset): Receiver's full name
            mobile (None | str | Unset): Mobile number
            phone (None | str | Unset): Telephone number
            post_code (None | str | Unset): Postcode
            city_text (None | str | Unset): City
            province_text (None | str | Unset): Province
            area_text (None | str | Unset): Area / district
            town_text (None | str | Unset): Town
            address (None | str | Unset): Street address
            district_code (None | str | Unset): District code
    """

    full_name: str | Unset | None = UNSET
    mobile: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    post_code: str | Unset | None = UNSET
    city_text: str | Unset | None = UNSET
    province_text: str | Unset | None = UNSET
    area_text: str | Unset | None = UNSET
    town_text: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    district_code: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name: str | Unset | None
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        mobile: str | Unset | None
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        post_code: str | Unset | None
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        city_text: str | Unset | None
        if isinstance(self.city_text, Unset):
            city_text = UNSET
        else:
            city_text = self.city_text

        province_text: str | Unset | None
        if isinstance(self.province_text, Unset):
            province_text = UNSET
        else:
            province_text = self.province_text

        area_text: str | Unset | None
        if isinstance(self.area_text, Unset):
            area_text = UNSET
        else:
            area_text = self.area_text

        town_text: str | Unset | None
        if isinstance(self.town_text, Unset):
            town_text = UNSET
        else:
            town_text = self.town_text

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        district_code: str | Unset | None
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

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
        if district_code is not UNSET:
            field_dict["districtCode"] = district_code

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

        district_code = d.pop("districtCode", UNSET)

        alibaba_cart_address_param = cls(
            full_name=full_name,
            mobile=mobile,
            phone=phone,
            post_code=post_code,
            city_text=city_text,
            province_text=province_text,
            area_text=area_text,
            town_text=town_text,
            address=address,
            district_code=district_code,
        )

        alibaba_cart_address_param.additional_properties = d
        return alibaba_cart_address_param

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
