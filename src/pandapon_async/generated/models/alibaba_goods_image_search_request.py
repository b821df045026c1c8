# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaGoodsImageSearchRequest")


@_attrs_define
class AlibabaGoodsImageSearchRequest:
    """Body of the 1688 image search (same fields on the v1 and v2 paths).

    Attributes:
        image_base_64 (None | str): The image, base64-encoded
        begin_page (int | None | Unset): 第几页 (page number, from 1)
        page_size (int | None | Unset): 分页大小 (page size)
        country (None | str | Unset): 目前固定传 en (currently always `en`)
        region (None | str | Unset): 主体选择 (subject/entity selection; empty string in the example)
        filter_ (None | str | Unset): 可选 (optional); comma-separated filters, e.g. `shipInToday,ksCiphertext`
        sort (None | str | Unset): 可选 (optional); a JSON object in a string, e.g. `{"price":"asc"}`
        price_start (None | str | Unset): 最小批发价 (minimum wholesale price, as a decimal string)
        price_end (None | str | Unset): 最大批发价 (maximum wholesale price, as a decimal string)
        category_id (int | None | Unset): 类目id (category id)
        image_address (None | str | Unset): 可选 (optional); the image URL
        out_member_id (None | str | Unset): 外部用户id (external user id)
    """

    image_base_64: str | None
    begin_page: int | Unset | None = UNSET
    page_size: int | Unset | None = UNSET
    country: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    filter_: str | Unset | None = UNSET
    sort: str | Unset | None = UNSET
    price_start: str | Unset | None = UNSET
    price_end: str | Unset | None = UNSET
    category_id: int | Unset | None = UNSET
    image_address: str | Unset | None = UNSET
    out_member_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_base_64: str | None
        image_base_64 = self.image_base_64

        begin_page: int | Unset | None
        if isinstance(self.begin_page, Unset):
            begin_page = UNSET
        else:
            begin_page = self.begin_page

        page_size: int | Unset | None
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: str | Unset | None
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

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

        category_id: int | Unset | None
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        image_address: str | Unset | None
        if isinstance(self.image_address, Unset):
            image_address = UNSET
        else:
            image_address = self.image_address

        out_member_id: str | Unset | None
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageBase64": image_base_64,
            }
        )
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if price_start is not UNSET:
            field_dict["priceStart"] = price_start
        if price_end is not UNSET:
            field_dict["priceEnd"] = price_end
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if image_address is not UNSET:
            field_dict["imageAddress"] = image_address
        if out_member_id is not UNSET:
            field_dict["outMemberId"] = out_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_base_64 = d.pop("imageBase64")

        begin_page = d.pop("beginPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        filter_ = d.pop("filter", UNSET)

        sort = d.pop("sort", UNSET)

        price_start = d.pop("priceStart", UNSET)

        price_end = d.pop("priceEnd", UNSET)

        category_id = d.pop("categoryId", UNSET)

        image_address = d.pop("imageAddress", UNSET)

        out_member_id = d.pop("outMemberId", UNSET)

        alibaba_goods_image_search_request = cls(
            image_base_64=image_base_64,
            begin_page=begin_page,
            page_size=page_size,
            country=country,
            region=region,
            filter_=filter_,
            sort=sort,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
            image_address=image_address,
            out_member_id=out_member_id,
        )

        alibaba_goods_image_search_request.additional_properties = d
        return alibaba_goods_image_search_request

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
