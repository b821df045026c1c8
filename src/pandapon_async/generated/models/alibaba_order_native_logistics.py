# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderNativeLogistics")


@_attrs_define
class AlibabaOrderNativeLogistics:
    """Domestic delivery information of a 1688 order (fields from the v2 batch-create example).

    Attributes:
        address (str | None): Street address (the example joins town and address).
        area (str | None): District name.
        area_code (str | None): District code.
        city (str | None): City name.
        contact_person (str | None): Receiver name.
        fax (Any): Shown only as null in the example; type not documented.
        mobile (str | None): Mobile number.
        province (str | None): Province name.
        telephone (str | None): Telephone.
        zip_ (str | None): Postcode.
        logistics_items (Any): Shown only as null in the example; type not documented.
        town_code (Any): Shown only as null in the example; type not documented.
        town (Any): Shown only as null in the example; type not documented.
        caid (Any): Shown only as null in the example; type not documented.
        real_logistics_company_no (Any): Shown only as null in the example; type not documented.
    """

    address: str | None = None
    area: str | None = None
    area_code: str | None = None
    city: str | None = None
    contact_person: str | None = None
    fax: Any = None
    mobile: str | None = None
    province: str | None = None
    telephone: str | None = None
    zip_: str | None = None
    logistics_items: Any = None
    town_code: Any = None
    town: Any = None
    caid: Any = None
    real_logistics_company_no: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.address is not None or "address" in present:
            field_dict["address"] = self.address
        if self.area is not None or "area" in present:
            field_dict["area"] = self.area
        if self.area_code is not None or "areaCode" in present:
            field_dict["areaCode"] = self.area_code
        if self.city is not None or "city" in present:
            field_dict["city"] = self.city
        if self.contact_person is not None or "contactPerson" in present:
            field_dict["contactPerson"] = self.contact_person
        if self.fax is not None or "fax" in present:
            field_dict["fax"] = self.fax
        if self.mobile is not None or "mobile" in present:
            field_dict["mobile"] = self.mobile
        if self.province is not None or "province" in present:
            field_dict["province"] = self.province
        if self.telephone is not None or "telephone" in present:
            field_dict["telephone"] = self.telephone
        if self.zip_ is not None or "zip" in present:
            field_dict["zip"] = self.zip_
        if self.logistics_items is not None or "logisticsItems" in present:
            field_dict["logisticsItems"] = self.logistics_items
        if self.town_code is not None or "townCode" in present:
            field_dict["townCode"] = self.town_code
        if self.town is not None or "town" in present:
            field_dict["town"] = self.town
        if self.caid is not None or "caid" in present:
            field_dict["caid"] = self.caid
        if self.real_logistics_company_no is not None or "realLogisticsCompanyNo" in present:
            field_dict["realLogisticsCompanyNo"] = self.real_logistics_company_no
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        address = d.pop("address", None)
        area = d.pop("area", None)
        area_code = d.pop("areaCode", None)
        city = d.pop("city", None)
        contact_person = d.pop("contactPerson", None)
        fax = d.pop("fax", None)
        mobile = d.pop("mobile", None)
        province = d.pop("province", None)
        telephone = d.pop("telephone", None)
        zip_ = d.pop("zip", None)
        logistics_items = d.pop("logisticsItems", None)
        town_code = d.pop("townCode", None)
        town = d.pop("town", None)
        caid = d.pop("caid", None)
        real_logistics_company_no = d.pop("realLogisticsCompanyNo", None)
        alibaba_order_native_logistics = cls(
            address,
            area,
            area_code,
            city,
            contact_person,
            fax,
            mobile,
            province,
            telephone,
            zip_,
            logistics_items,
            town_code,
            town,
            caid,
            real_logistics_company_no,
        )
        alibaba_order_native_logistics.additional_properties = d
        alibaba_order_native_logistics._present = tuple(src_dict)
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
