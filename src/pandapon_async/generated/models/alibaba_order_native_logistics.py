# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderNativeLogistics")


@_attrs_define
class AlibabaOrderNativeLogistics:
    """Domestic delivery information of a 1688 order (fields from the v2 batch-create example).

    Attributes:
        address (None | str | Unset): Street address (the example joins town and address).
        area (None | str | Unset): District name.
        area_code (None | str | Unset): District code.
        city (None | str | Unset): City name.
        contact_person (None | str | Unset): Receiver name.
        fax (Any | Unset): Shown only as null in the example; type not documented.
        mobile (None | str | Unset): Mobile number.
        province (None | str | Unset): Province name.
        telephone (None | str | Unset): Telephone.
        zip_ (None | str | Unset): Postcode.
        logistics_items (Any | Unset): Shown only as null in the example; type not documented.
        town_code (Any | Unset): Shown only as null in the example; type not documented.
        town (Any | Unset): Shown only as null in the example; type not documented.
        caid (Any | Unset): Shown only as null in the example; type not documented.
        real_logistics_company_no (Any | Unset): Shown only as null in the example; type not documented.
    """

    address: str | Unset | None = UNSET
    area: str | Unset | None = UNSET
    area_code: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    contact_person: str | Unset | None = UNSET
    fax: Any | Unset = UNSET
    mobile: str | Unset | None = UNSET
    province: str | Unset | None = UNSET
    telephone: str | Unset | None = UNSET
    zip_: str | Unset | None = UNSET
    logistics_items: Any | Unset = UNSET
    town_code: Any | Unset = UNSET
    town: Any | Unset = UNSET
    caid: Any | Unset = UNSET
    real_logistics_company_no: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        area: str | Unset | None
        if isinstance(self.area, Unset):
            area = UNSET
        else:
            area = self.area

        area_code: str | Unset | None
        if isinstance(self.area_code, Unset):
            area_code = UNSET
        else:
            area_code = self.area_code

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        contact_person: str | Unset | None
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        fax = self.fax

        mobile: str | Unset | None
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        province: str | Unset | None
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        telephone: str | Unset | None
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        logistics_items = self.logistics_items

        town_code = self.town_code

        town = self.town

        caid = self.caid

        real_logistics_company_no = self.real_logistics_company_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if area is not UNSET:
            field_dict["area"] = area
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if city is not UNSET:
            field_dict["city"] = city
        if contact_person is not UNSET:
            field_dict["contactPerson"] = contact_person
        if fax is not UNSET:
            field_dict["fax"] = fax
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if province is not UNSET:
            field_dict["province"] = province
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if logistics_items is not UNSET:
            field_dict["logisticsItems"] = logistics_items
        if town_code is not UNSET:
            field_dict["townCode"] = town_code
        if town is not UNSET:
            field_dict["town"] = town
        if caid is not UNSET:
            field_dict["caid"] = caid
        if real_logistics_company_no is not UNSET:
            field_dict["realLogisticsCompanyNo"] = real_logistics_company_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        area = d.pop("area", UNSET)

        area_code = d.pop("areaCode", UNSET)

        city = d.pop("city", UNSET)

        contact_person = d.pop("contactPerson", UNSET)

        fax = d.pop("fax", UNSET)

        mobile = d.pop("mobile", UNSET)

        province = d.pop("province", UNSET)

        telephone = d.pop("telephone", UNSET)

        zip_ = d.pop("zip", UNSET)

        logistics_items = d.pop("logisticsItems", UNSET)

        town_code = d.pop("townCode", UNSET)

        town = d.pop("town", UNSET)

        caid = d.pop("caid", UNSET)

        real_logistics_company_no = d.pop("realLogisticsCompanyNo", UNSET)

        alibaba_order_native_logistics = cls(
            address=address,
            area=area,
            area_code=area_code,
            city=city,
            contact_person=contact_person,
            fax=fax,
            mobile=mobile,
            province=province,
            telephone=telephone,
            zip_=zip_,
            logistics_items=logistics_items,
            town_code=town_code,
            town=town,
            caid=caid,
            real_logistics_company_no=real_logistics_company_no,
        )

        alibaba_order_native_logistics.additional_properties = d
        return alibaba_order_native_logistics

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
