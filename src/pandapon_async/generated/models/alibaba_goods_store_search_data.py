# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_goods_store_offer_item import AlibabaGoodsStoreOfferItem


T = TypeVar("T", bound="AlibabaGoodsStoreSearchData")


@_attrs_define
class AlibabaGoodsStoreSearchData:
    """One page of a shop's goods (v2 `AlibabaBasePageVOProductSearchQuerySellerOfferListV2VO`).

    Attributes:
        total_records (int | None | Unset): 总记录数 (total records)
        total_page (int | None | Unset): 总页数 (total pages)
        page_size (int | None | Unset): 分页大小 (page size)
        current_page (int | None | Unset): 第几页 (current page)
        data (list[AlibabaGoodsStoreOfferItem] | None | Unset): 分页数据 (the goods of this result page)
    """

    total_records: int | Unset | None = UNSET
    total_page: int | Unset | None = UNSET
    page_size: int | Unset | None = UNSET
    current_page: int | Unset | None = UNSET
    data: list[AlibabaGoodsStoreOfferItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_records: int | Unset | None
        if isinstance(self.total_records, Unset):
            total_records = UNSET
        else:
            total_records = self.total_records

        total_page: int | Unset | None
        if isinstance(self.total_page, Unset):
            total_page = UNSET
        else:
            total_page = self.total_page

        page_size: int | Unset | None
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        current_page: int | Unset | None
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        data: list[dict[str, Any]] | Unset | None
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records
        if total_page is not UNSET:
            field_dict["totalPage"] = total_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_goods_store_offer_item import AlibabaGoodsStoreOfferItem

        d = dict(src_dict)
        total_records = d.pop("totalRecords", UNSET)

        total_page = d.pop("totalPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        current_page = d.pop("currentPage", UNSET)

        def _parse_data(data: object) -> list[AlibabaGoodsStoreOfferItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = AlibabaGoodsStoreOfferItem.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaGoodsStoreOfferItem] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        alibaba_goods_store_search_data = cls(
            total_records=total_records,
            total_page=total_page,
            page_size=page_size,
            current_page=current_page,
            data=data,
        )

        alibaba_goods_store_search_data.additional_properties = d
        return alibaba_goods_store_search_data

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
