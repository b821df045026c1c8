# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsKeywordSearchRequest")


@_attrs_define
class AlibabaGoodsKeywordSearchRequest:
    """Body of the 1688 keyword search (same fields on the v1 and v2 paths).

    Attributes:
        keyword (str | Unset): 关键词 (keyword)
        begin_page (int | Unset): 第几页 (page number, from 1)
        page_size (int | Unset): 分页大小 (page size)
        country (str | Unset): 目前固定传 en (currently always `en`)
        filter_ (None | str | Unset): 可选 (optional); comma-separated filters, e.g. `shipInToday,ksCiphertext`
        sort (None | str | Unset): 可选 (optional); a JSON object in a string, e.g. `{"price":"desc"}`
        out_member_id (None | str | Unset): 外部用户id (external user id)
        price_start (None | str | Unset): 最小批发价 (minimum wholesale price, as a decimal string)
        price_end (None | str | Unset): 最大批发价 (maximum wholesale price, as a decimal string)
        category_id (None | str | Unset): 类目id (category id)
    """

    keyword: str | Unset = UNSET
    begin_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    country: str | Unset = UNSET
    filter_: str | Unset | None = UNSET
    sort: str | Unset | None = UNSET
    out_member_id: str | Unset | None = UNSET
    price_start: str | Unset | None = UNSET
    price_end: str | Unset | None = UNSET
    category_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        begin_page = self.begin_page

        page_size = self.page_size

        country = self.country

        filter_: str | Unset | None
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_

        sort: str | Unset | None
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        out_member_id: str | Unset | None
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        price_start: str | Unset | None
        if isinstance(self.price_start, Unset):
            price_start = UNSET
        else:
            price_start = self.price_start

        price_end: str | Unset | None
        if isinstance(self.price_end, Unset):
            price_end = UNSET
        else:
            price_end = self.price_end

        category_id: str | Unset | None
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if country is not UNSET:
            field_dict["country"] = country
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if out_member_id is not UNSET:
            field_dict["outMemberId"] = out_member_id
        if price_start is not UNSET:
            field_dict["priceStart"] = price_start
        if price_end is not UNSET:
            field_dict["priceEnd"] = price_end
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        begin_page = d.pop("beginPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        country = d.pop("country", UNSET)

        filter_ = d.pop("filter", UNSET)

        sort = d.pop("sort", UNSET)

        out_member_id = d.pop("outMemberId", UNSET)

        price_start = d.pop("priceStart", UNSET)

        price_end = d.pop("priceEnd", UNSET)

        category_id = d.pop("categoryId", UNSET)

        alibaba_goods_keyword_search_request = cls(
            keyword=keyword,
            begin_page=begin_page,
            page_size=page_size,
            country=country,
            filter_=filter_,
            sort=sort,
            out_member_id=out_member_id,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
        )

        alibaba_goods_keyword_search_request.additional_properties = d
        return alibaba_goods_keyword_search_request

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
