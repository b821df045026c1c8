# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoOrderLogisticsReceiver")


@_attrs_define
class TaobaoOrderLogisticsReceiver:
    """Receiver of the package (from the v2 example).

    Attributes:
        zip_code (str | None): Postcode.
        address (str | None): Address.
        province (str | None): Province.
        city (str | None): City.
        district (str | None): District.
        phone (str | None): Phone.
        name (str | None): Name.
    """

    zip_code: str | None = None
    address: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    phone: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.zip_code is not None or "zipCode" in present:
            field_dict["zipCode"] = self.zip_code
        if self.address is not None or "address" in present:
            field_dict["address"] = self.address
        if self.province is not None or "province" in present:
            field_dict["province"] = self.province
        if self.city is not None or "city" in present:
            field_dict["city"] = self.city
        if self.district is not None or "district" in present:
            field_dict["district"] = self.district
        if self.phone is not None or "phone" in present:
            field_dict["phone"] = self.phone
        if self.name is not None or "name" in present:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        zip_code = d.pop("zipCode", None)
        address = d.pop("address", None)
        province = d.pop("province", None)
        city = d.pop("city", None)
        district = d.pop("district", None)
        phone = d.pop("phone", None)
        name = d.pop("name", None)
        taobao_order_logistics_receiver = cls(
            zip_code,
            address,
            province,
            city,
            district,
            phone,
            name,
        )
        taobao_order_logistics_receiver.additional_properties = d
        taobao_order_logistics_receiver._present = tuple(src_dict)
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
