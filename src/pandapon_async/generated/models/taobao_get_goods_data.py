# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoGetGoodsData")


@_attrs_define
class TaobaoGetGoodsData:
    """Goods detail (v2 names it TaoBaoProductDetailsV2VO).

    Attributes:
        begin_amount (int | None | Unset): Minimum purchase quantity (meaning inferred from the name).
        category_id (int | None | str | Unset): Category id.
        category_name (None | str | Unset): Category name.
        category_path (None | str | Unset): Category path.
        description (None | str | Unset): Chi tiết (vi, details)
        item_id (int | None | str | Unset): Item id.
        item_type (None | str | Unset): Item type.
        mp_id (int | None | str | Unset): Distribution (供销) product id.
        pic_urls (list[str] | None | Unset): Hình ảnh (vi, images)
        price (int | None | Unset): Giá (vi, price); integer, unit not stated (other endpoints use fen).
        product_unit (None | str | Unset): Đơn vị (vi, unit)
        quantity (int | None | Unset): 库存 (stock).
    """

    begin_amount: int | Unset | None = UNSET
    category_id: int | str | Unset | None = UNSET
    category_name: str | Unset | None = UNSET
    category_path: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    item_id: int | str | Unset | None = UNSET
    item_type: str | Unset | None = UNSET
    mp_id: int | str | Unset | None = UNSET
    pic_urls: list[str] | Unset | None = UNSET
    price: int | Unset | None = UNSET
    product_unit: str | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_amount: int | Unset | None
        if isinstance(self.begin_amount, Unset):
            begin_amount = UNSET
        else:
            begin_amount = self.begin_amount

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

        category_path: str | Unset | None
        if isinstance(self.category_path, Unset):
            category_path = UNSET
        else:
            category_path = self.category_path

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        item_id: int | str | Unset | None
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        item_type: str | Unset | None
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        else:
            item_type = self.item_type

        mp_id: int | str | Unset | None
        if isinstance(self.mp_id, Unset):
            mp_id = UNSET
        else:
            mp_id = self.mp_id

        pic_urls: list[str] | Unset | None
        if isinstance(self.pic_urls, Unset):
            pic_urls = UNSET
        elif isinstance(self.pic_urls, list):
            pic_urls = self.pic_urls

        else:
            pic_urls = self.pic_urls

        price: int | Unset | None
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        product_unit: str | Unset | None
        if isinstance(self.product_unit, Unset):
            product_unit = UNSET
        else:
            product_unit = self.product_unit

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_amount is not UNSET:
            field_dict["beginAmount"] = begin_amount
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category_name is not UNSET:
            field_dict["categoryName"] = category_name
        if category_path is not UNSET:
            field_dict["categoryPath"] = category_path
        if description is not UNSET:
            field_dict["description"] = description
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if mp_id is not UNSET:
            field_dict["mpId"] = mp_id
        if pic_urls is not UNSET:
            field_dict["picUrls"] = pic_urls
        if price is not UNSET:
            field_dict["price"] = price
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        begin_amount = d.pop("beginAmount", UNSET)

        category_id = d.pop("categoryId", UNSET)

        category_name = d.pop("categoryName", UNSET)

        category_path = d.pop("categoryPath", UNSET)

        description = d.pop("description", UNSET)

        item_id = d.pop("itemId", UNSET)

        item_type = d.pop("itemType", UNSET)

        mp_id = d.pop("mpId", UNSET)

        def _parse_pic_urls(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pic_urls_type_0 = cast(list[str], data)

                return pic_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pic_urls = _parse_pic_urls(d.pop("picUrls", UNSET))

        price = d.pop("price", UNSET)

        product_unit = d.pop("productUnit", UNSET)

        quantity = d.pop("quantity", UNSET)

        taobao_get_goods_data = cls(
            begin_amount=begin_amount,
            category_id=category_id,
            category_name=category_name,
            category_path=category_path,
            description=description,
            item_id=item_id,
            item_type=item_type,
            mp_id=mp_id,
            pic_urls=pic_urls,
            price=price,
            product_unit=product_unit,
            quantity=quantity,
        )

        taobao_get_goods_data.additional_properties = d
        return taobao_get_goods_data

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
