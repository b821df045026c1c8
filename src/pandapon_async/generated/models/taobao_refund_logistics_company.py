# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundLogisticsCompany")


@_attrs_define
class TaobaoRefundLogisticsCompany:
    """Return carrier. The code key is spelled logisticsCompanyCode or logisticCompanyCode.

    Attributes:
        logistics_company_code (None | str | Unset): Carrier code
        logistic_company_code (None | str | Unset): Carrier code
        logistics_company_name (None | str | Unset): Carrier name (e.g. 顺丰快递)
    """

    logistics_company_code: str | Unset | None = UNSET
    logistic_company_code: str | Unset | None = UNSET
    logistics_company_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_company_code: str | Unset | None
        if isinstance(self.logistics_company_code, Unset):
            logistics_company_code = UNSET
        else:
            logistics_company_code = self.logistics_company_code

        logistic_company_code: str | Unset | None
        if isinstance(self.logistic_company_code, Unset):
            logistic_company_code = UNSET
        else:
            logistic_company_code = self.logistic_company_code

        logistics_company_name: str | Unset | None
        if isinstance(self.logistics_company_name, Unset):
            logistics_company_name = UNSET
        else:
            logistics_company_name = self.logistics_company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics_company_code is not UNSET:
            field_dict["logisticsCompanyCode"] = logistics_company_code
        if logistic_company_code is not UNSET:
            field_dict["logisticCompanyCode"] = logistic_company_code
        if logistics_company_name is not UNSET:
            field_dict["logisticsCompanyName"] = logistics_company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_company_code = d.pop("logisticsCompanyCode", UNSET)

        logistic_company_code = d.pop("logisticCompanyCode", UNSET)

        logistics_company_name = d.pop("logisticsCompanyName", UNSET)

        taobao_refund_logistics_company = cls(
            logistics_company_code=logistics_company_code,
            logistic_company_code=logistic_company_code,
            logistics_company_name=logistics_company_name,
        )

        taobao_refund_logistics_company.additional_properties = d
        return taobao_refund_logistics_company

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
