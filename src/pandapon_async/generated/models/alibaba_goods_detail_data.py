# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsDetailData")


@_attrs_define
class AlibabaGoodsDetailData:
    """A 1688 product's details.

    Attributes:
        offer_id (int | None | str | Unset): ID Hàng hóa (product ID)
        category_id (int | None | str | Unset): ID Phân loại (category ID)
        category_name (None | str | Unset): Category name
        subject (None | str | Unset): Original (Chinese) title
        subject_trans (None | str | Unset): Tiêu đề tiếng nước ngoài (translated title)
        description (None | str | Unset): Product description as HTML
    """

    offer_id: int | str | Unset | None = UNSET
    category_id: int | str | Unset | None = UNSET
    category_name: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    subject_trans: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id: int | str | Unset | None
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        category_id: int | str | Unset | None
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category_name: str | Unset | None
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        subject_trans: str | Unset | None
        if isinstance(self.subject_trans, Unset):
            subject_trans = UNSET
        else:
            subject_trans = self.subject_trans

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category_name is not UNSET:
            field_dict["categoryName"] = category_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_trans is not UNSET:
            field_dict["subjectTrans"] = subject_trans
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId", UNSET)

        category_id = d.pop("categoryId", UNSET)

        category_name = d.pop("categoryName", UNSET)

        subject = d.pop("subject", UNSET)

        subject_trans = d.pop("subjectTrans", UNSET)

        description = d.pop("description", UNSET)

        alibaba_goods_detail_data = cls(
            offer_id=offer_id,
            category_id=category_id,
            category_name=category_name,
            subject=subject,
            subject_trans=subject_trans,
            description=description,
        )

        alibaba_goods_detail_data.additional_properties = d
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
