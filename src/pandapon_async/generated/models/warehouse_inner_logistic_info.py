# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseInnerLogisticInfo")


@_attrs_define
class WarehouseInnerLogisticInfo:
    """InnerLogisticInfoTO, one domestic shipment; its 3 fields come from the example.

    Attributes:
        logistic_numer (str | Unset): Domestic tracking number (field name spelled logisticNumer, sic)
        logistic_company_name (str | Unset): Domestic carrier name (e.g. 顺丰, 圆通)
        rts_time (str | Unset): Ship time, epoch seconds as a 10-digit string in the example (1754342534)
    """

    logistic_numer: str | Unset = UNSET
    logistic_company_name: str | Unset = UNSET
    rts_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistic_numer = self.logistic_numer

        logistic_company_name = self.logistic_company_name

        rts_time = self.rts_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistic_numer is not UNSET:
            field_dict["logisticNumer"] = logistic_numer
        if logistic_company_name is not UNSET:
            field_dict["logisticCompanyName"] = logistic_company_name
        if rts_time is not UNSET:
            field_dict["rtsTime"] = rts_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistic_numer = d.pop("logisticNumer", UNSET)

        logistic_company_name = d.pop("logisticCompanyName", UNSET)

        rts_time = d.pop("rtsTime", UNSET)

        warehouse_inner_logistic_info = cls(
            logistic_numer=logistic_numer,
            logistic_company_name=logistic_company_name,
            rts_time=rts_time,
        )

        warehouse_inner_logistic_info.additional_properties = d
        return warehouse_inner_logistic_info

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
