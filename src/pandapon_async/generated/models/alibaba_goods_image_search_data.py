# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaGoodsImageSearchData")


@_attrs_define
class AlibabaGoodsImageSearchData:
    """One page of goods (v2 `AlibabaBasePageVOAlibabaProductListInfoV2VO`, as for the keyword search).

    Attributes:
        total_records (int | None): 总记录数 (total records)
        total_page (int | None): 总页数 (total pages)
        page_size (int | None): 分页大小 (page size)
        current_page (int | None): 第几页 (current page)
        data (list[AlibabaGoodsProductListItem] | None): 分页数据 (the goods of this result page)
    """

    total_records: int | None = None
    total_page: int | None = None
    page_size: int | None = None
    current_page: int | None = None
    data: list[AlibabaGoodsProductListItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.total_records is not None or "totalRecords" in present:
            field_dict["totalRecords"] = self.total_records
        if self.total_page is not None or "totalPage" in present:
            field_dict["totalPage"] = self.total_page
        if self.page_size is not None or "pageSize" in present:
            field_dict["pageSize"] = self.page_size
        if self.current_page is not None or "currentPage" in present:
            field_dict["currentPage"] = self.current_page
        data: object = self.data
        if data is not None or "data" in present:
            field_dict["data"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaGoodsProductListItem) else item
                    for item in cast("list[object]", data)
                ]
                if isinstance(data, list)
                else data
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        total_records = d.pop("totalRecords", None)
        total_page = d.pop("totalPage", None)
        page_size = d.pop("pageSize", None)
        current_page = d.pop("currentPage", None)
        _data = d.pop("data", None)
        data = (
            [AlibabaGoodsProductListItem.from_dict(item) if item.__class__ is dict else item for item in _data]
            if _data.__class__ is list
            else _data
        )
        alibaba_goods_image_search_data = cls(
            total_records,
            total_page,
            page_size,
            current_page,
            data,
        )
        alibaba_goods_image_search_data.additional_properties = d
        alibaba_goods_image_search_data._present = tuple(src_dict)
        return alibaba_goods_image_search_data

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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.alibaba_goods_product_list_item import AlibabaGoodsProductListItem  # noqa: E402
