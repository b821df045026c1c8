# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseFreightInfo")


@_attrs_define
class WarehouseFreightInfo:
    """FreightInfoTO, the chosen freight service (all fields are strings).

    Attributes:
        service_id (str | Unset): Freight service id
        company_name (str | Unset): Carrier company name
        service_category (str | Unset): Service category
    """

    service_id: str | Unset = UNSET
    company_name: str | Unset = UNSET
    service_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        company_name = self.company_name

        service_category = self.service_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if service_category is not UNSET:
            field_dict["serviceCategory"] = service_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("serviceId", UNSET)

        company_name = d.pop("companyName", UNSET)

        service_category = d.pop("serviceCategory", UNSET)

        warehouse_freight_info = cls(
            service_id=service_id,
            company_name=company_name,
            service_category=service_category,
        )

        warehouse_freight_info.additional_properties = d
        return warehouse_freight_info

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
