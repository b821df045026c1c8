# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoSearchGoodsByKeywordRequest")


@_attrs_define
class TaobaoSearchGoodsByKeywordRequest:
    """Keyword search body.

    Attributes:
        keyword (None | str | Unset): 搜索关键词 (search keyword)
        page_size (int | None | Unset): Page size, >= 1 and <= 40. Optional.
        page_no (int | None | Unset): 页码 (page number)
        sort (None | str | Unset): Sort order. Optional; values are not documented (the example uses `tk_rate_desc`).
    """

    keyword: str | Unset | None = UNSET
    page_size: int | Unset | None = UNSET
    page_no: int | Unset | None = UNSET
    sort: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword: str | Unset | None
        if isinstance(self.keyword, Unset):
            keyword = UNSET
        else:
            keyword = self.keyword

        page_size: int | Unset | None
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        page_no: int | Unset | None
        if isinstance(self.page_no, Unset):
            page_no = UNSET
        else:
            page_no = self.page_no

        sort: str | Unset | None
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        page_size = d.pop("pageSize", UNSET)

        page_no = d.pop("pageNo", UNSET)

        sort = d.pop("sort", UNSET)

        taobao_search_goods_by_keyword_request = cls(
            keyword=keyword,
            page_size=page_size,
            page_no=page_no,
            sort=sort,
        )

        taobao_search_goods_by_keyword_request.additional_properties = d
        return taobao_search_goods_by_keyword_request

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
