# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoOrderLogisticsPartner")


@_attrs_define
class TaobaoOrderLogisticsPartner:
    """A carrier of the package (from the v2 example).

    Attributes:
        company_image_url (None | str | Unset): Carrier logo URL.
        company (None | str | Unset): Carrier name.
        company_contact (None | str | Unset): Carrier contact.
    """

    company_image_url: str | Unset | None = UNSET
    company: str | Unset | None = UNSET
    company_contact: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_image_url: str | Unset | None
        if isinstance(self.company_image_url, Unset):
            company_image_url = UNSET
        else:
            company_image_url = self.company_image_url

        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        company_contact: str | Unset | None
        if isinstance(self.company_contact, Unset):
            company_contact = UNSET
        else:
            company_contact = self.company_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_image_url is not UNSET:
            field_dict["companyImageUrl"] = company_image_url
        if company is not UNSET:
            field_dict["company"] = company
        if company_contact is not UNSET:
            field_dict["companyContact"] = company_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_image_url = d.pop("companyImageUrl", UNSET)

        company = d.pop("company", UNSET)

        company_contact = d.pop("companyContact", UNSET)

        taobao_order_logistics_partner = cls(
            company_image_url=company_image_url,
            company=company,
            company_contact=company_contact,
        )

        taobao_order_logistics_partner.additional_properties = d
        return taobao_order_logistics_partner

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
