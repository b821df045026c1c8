# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundLogisticsCompany")


@_attrs_define
class TaobaoRefundLogisticsCompany:
    """Return carrier. The code key is spelled logisticsCompanyCode or logisticCompanyCode.

    Attributes:
        logistics_company_code (str | None): Carrier code
        logistic_company_code (str | None): Carrier code
        logistics_company_name (str | None): Carrier name (e.g. 顺丰快递)
    """

    logistics_company_code: str | None = None
    logistic_company_code: str | None = None
    logistics_company_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.logistics_company_code is not None or "logisticsCompanyCode" in present:
            field_dict["logisticsCompanyCode"] = self.logistics_company_code
        if self.logistic_company_code is not None or "logisticCompanyCode" in present:
            field_dict["logisticCompanyCode"] = self.logistic_company_code
        if self.logistics_company_name is not None or "logisticsCompanyName" in present:
            field_dict["logisticsCompanyName"] = self.logistics_company_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        logistics_company_code = d.pop("logisticsCompanyCode", None)
        logistic_company_code = d.pop("logisticCompanyCode", None)
        logistics_company_name = d.pop("logisticsCompanyName", None)
        taobao_refund_logistics_company = cls(
            logistics_company_code,
            logistic_company_code,
            logistics_company_name,
        )
        taobao_refund_logistics_company.additional_properties = d
        taobao_refund_logistics_company._present = tuple(src_dict)
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
