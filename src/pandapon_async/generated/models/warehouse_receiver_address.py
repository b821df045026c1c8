# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseReceiverAddress")


@_attrs_define
class WarehouseReceiverAddress:
    """ReceiverAddressTO, the overseas receiver address. Every field is `string | null` and optional; none has a
    description.

        Attributes:
            name (None | str | Unset): Receiver name
            email (None | str | Unset): E-mail
            phone (None | str | Unset): Phone
            mobile_phone (None | str | Unset): Mobile phone
            address (None | str | Unset): Street address
            tax_id (None | str | Unset): Tax id
            country (None | str | Unset): Country (e.g. US)
            city (None | str | Unset): City
            zip_ (None | str | Unset): Postal code
            state (None | str | Unset): State / province
    """

    name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    mobile_phone: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    tax_id: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    zip_: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile_phone: str | Unset | None
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        tax_id: str | Unset | None
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if address is not UNSET:
            field_dict["address"] = address
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        address = d.pop("address", UNSET)

        tax_id = d.pop("taxId", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        state = d.pop("state", UNSET)

        warehouse_receiver_address = cls(
            name=name,
            email=email,
            phone=phone,
            mobile_phone=mobile_phone,
            address=address,
            tax_id=tax_id,
            country=country,
            city=city,
            zip_=zip_,
            state=state,
        )

        warehouse_receiver_address.additional_properties = d
        return warehouse_receiver_address

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
