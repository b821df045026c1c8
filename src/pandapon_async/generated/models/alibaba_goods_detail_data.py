# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaGoodsDetailData")


@_attrs_define
class AlibabaGoodsDetailData:
    """A 1688 product's details.

    Attributes:
        offer_id (int | str | None): ID Hàng hóa (product ID)
        category_id (int | str | None): ID Phân loại (category ID)
        category_name (str | None): Category name
        subject (str | None): Original (Chinese) title
        subject_trans (str | None): Tiêu đề tiếng nước ngoài (translated title)
        description (str | None): Product description as HTML
    """

    offer_id: int | str | None = None
    category_id: int | str | None = None
    category_name: str | None = None
    subject: str | None = None
    subject_trans: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.offer_id is not None or "offerId" in present:
            field_dict["offerId"] = self.offer_id
        if self.category_id is not None or "categoryId" in present:
            field_dict["categoryId"] = self.category_id
        if self.category_name is not None or "categoryName" in present:
            field_dict["categoryName"] = self.category_name
        if self.subject is not None or "subject" in present:
            field_dict["subject"] = self.subject
        if self.subject_trans is not None or "subjectTrans" in present:
            field_dict["subjectTrans"] = self.subject_trans
        if self.description is not None or "description" in present:
            field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        offer_id = d.pop("offerId", None)
        category_id = d.pop("categoryId", None)
        category_name = d.pop("categoryName", None)
        subject = d.pop("subject", None)
        subject_trans = d.pop("subjectTrans", None)
        description = d.pop("description", None)
        alibaba_goods_detail_data = cls(
            offer_id,
            category_id,
            category_name,
            subject,
            subject_trans,
            description,
        )
        alibaba_goods_detail_data.additional_properties = d
        alibaba_goods_detail_data._present = tuple(src_dict)
        return alibaba_goods_detail_data

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
