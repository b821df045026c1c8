# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoCartOrderAddress")


@_attrs_define
class TaobaoCartOrderAddress:
    """创建订单地址 (address of the order to create; OrderAddress)

    Attributes:
        zip_ (None | str | Unset): 邮编 (postcode)
        country (None | str | Unset): 国家 (country)
        state (None | str | Unset): 省份 (province / state)
        city (None | str | Unset): City.
        district (None | str | Unset): District.
        address (None | str | Unset): Street address.
        mobile_phone (None | str | Unset): 手机号 (mobile phone number)
        phone (None | str | Unset): 手机号 (phone number)
        name (None | str | Unset): 收件人 (recipient)
    """

    zip_: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    district: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    mobile_phone: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

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

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        mobile_phone: str | Unset | None
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

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
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if address is not UNSET:
            field_dict["address"] = address
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        address = d.pop("address", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        phone = d.pop("phone", UNSET)

        name = d.pop("name", UNSET)

        taobao_cart_order_address = cls(
            zip_=zip_,
            country=country,
            state=state,
            city=city,
            district=district,
            address=address,
            mobile_phone=mobile_phone,
            phone=phone,
            name=name,
        )

        taobao_cart_order_address.additional_properties = d
        return taobao_cart_order_address

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
