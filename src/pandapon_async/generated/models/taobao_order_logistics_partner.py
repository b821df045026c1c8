# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoOrderLogisticsPartner")


@_attrs_define
class TaobaoOrderLogisticsPartner:
    """A carrier of the package (from the v2 example).

    Attributes:
        company_image_url (str | None): Carrier logo URL.
        company (str | None): Carrier name.
        company_contact (str | None): Carrier contact.
    """

    company_image_url: str | None = None
    company: str | None = None
    company_contact: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.company_image_url is not None or "companyImageUrl" in present:
            field_dict["companyImageUrl"] = self.company_image_url
        if self.company is not None or "company" in present:
            field_dict["company"] = self.company
        if self.company_contact is not None or "companyContact" in present:
            field_dict["companyContact"] = self.company_contact
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        company_image_url = d.pop("companyImageUrl", None)
        company = d.pop("company", None)
        company_contact = d.pop("companyContact", None)
        taobao_order_logistics_partner = cls(
            company_image_url,
            company,
            company_contact,
        )
        taobao_order_logistics_partner.additional_properties = d
        taobao_order_logistics_partner._present = tuple(src_dict)
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
