# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsRelatedRecommendRequest")


@_attrs_define
class AlibabaGoodsRelatedRecommendRequest:
    """Body of the related-goods recommendation.

    Attributes:
        offer_id (str | Unset): 商品ID (product id)
        page_no (int | Unset): 页码 (page number)
        page_size (int | Unset): 每页大小 (page size)
        language (str | Unset): 语种(en,vi) (language, `en` or `vi`)
    """

    offer_id: str | Unset = UNSET
    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        page_no = self.page_no

        page_size = self.page_size

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId", UNSET)

        page_no = d.pop("pageNo", UNSET)

        page_size = d.pop("pageSize", UNSET)

        language = d.pop("language", UNSET)

        alibaba_goods_related_recommend_request = cls(
            offer_id=offer_id,
            page_no=page_no,
            page_size=page_size,
            language=language,
        )

        alibaba_goods_related_recommend_request.additional_properties = d
        return alibaba_goods_related_recommend_request

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
