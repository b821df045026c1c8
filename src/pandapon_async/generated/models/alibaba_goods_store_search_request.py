# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsStoreSearchRequest")


@_attrs_define
class AlibabaGoodsStoreSearchRequest:
    """Body of the 1688 store search (same fields on the v1 and v2 paths).

    Attributes:
        keyword (str | Unset): 关键词 (keyword)
        begin_page (int | Unset): 分页 (page number, from 1)
        page_size (int | Unset): 分页 (page size)
        filter_ (str | Unset): 可选 / 详情见常见问题 (optional; comma-separated filters, see the FAQ on store-search filters)
        sort (str | Unset): 可选 (optional); 排序参数, a JSON object in a string, e.g. `{"price":"desc"}`
        out_member_id (str | Unset): 可选 (optional); 外部用户id (external user id)
        price_start (str | Unset): 批发价开始 (minimum wholesale price, as a decimal string)
        price_end (str | Unset): 批发价结束 (maximum wholesale price, as a decimal string)
        category_id (int | Unset): 类目id (category id)
        country (str | Unset): 默认 en (language; defaults to `en`)
        seller_open_id (str | Unset): 商家店铺id (the shop's open id)
    """

    keyword: str | Unset = UNSET
    begin_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    filter_: str | Unset = UNSET
    sort: str | Unset = UNSET
    out_member_id: str | Unset = UNSET
    price_start: str | Unset = UNSET
    price_end: str | Unset = UNSET
    category_id: int | Unset = UNSET
    country: str | Unset = UNSET
    seller_open_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        begin_page = self.begin_page

        page_size = self.page_size

        filter_ = self.filter_

        sort = self.sort

        out_member_id = self.out_member_id

        price_start = self.price_start

        price_end = self.price_end

        category_id = self.category_id

        country = self.country

        seller_open_id = self.seller_open_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
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
        if country is not UNSET:
            field_dict["country"] = country
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        begin_page = d.pop("beginPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        filter_ = d.pop("filter", UNSET)

        sort = d.pop("sort", UNSET)

        out_member_id = d.pop("outMemberId", UNSET)

        price_start = d.pop("priceStart", UNSET)

        price_end = d.pop("priceEnd", UNSET)

        category_id = d.pop("categoryId", UNSET)

        country = d.pop("country", UNSET)

        seller_open_id = d.pop("sellerOpenId", UNSET)

        alibaba_goods_store_search_request = cls(
            keyword=keyword,
            begin_page=begin_page,
            page_size=page_size,
            filter_=filter_,
            sort=sort,
            out_member_id=out_member_id,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
            country=country,
            seller_open_id=seller_open_id,
        )

        alibaba_goods_store_search_request.additional_properties = d
        return alibaba_goods_store_search_request

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
