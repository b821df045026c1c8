# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoGetGoodsData")


@_attrs_define
class TaobaoGetGoodsData:
    """Goods detail (v2 names it TaoBaoProductDetailsV2VO).

    Attributes:
        begin_amount (int | None): Minimum purchase quantity (meaning inferred from the name).
        category_id (int | str | None): Category id.
        category_name (str | None): Category name.
        category_path (str | None): Category path.
        description (str | None): Chi tiết (vi, details)
        item_id (int | str | None): Item id.
        item_type (str | None): Item type.
        mp_id (int | str | None): Distribution (供销) product id.
        pic_urls (list[str] | None): Hình ảnh (vi, images)
        price (int | None): Giá (vi, price); integer, unit not stated (other endpoints use fen).
        product_unit (str | None): Đơn vị (vi, unit)
        quantity (int | None): 库存 (stock).
    """

    begin_amount: int | None = None
    category_id: int | str | None = None
    category_name: str | None = None
    category_path: str | None = None
    description: str | None = None
    item_id: int | str | None = None
    item_type: str | None = None
    mp_id: int | str | None = None
    pic_urls: list[str] | None = None
    price: int | None = None
    product_unit: str | None = None
    quantity: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.begin_amount is not None or "beginAmount" in present:
            field_dict["beginAmount"] = self.begin_amount
        if self.category_id is not None or "categoryId" in present:
            field_dict["categoryId"] = self.category_id
        if self.category_name is not None or "categoryName" in present:
            field_dict["categoryName"] = self.category_name
        if self.category_path is not None or "categoryPath" in present:
            field_dict["categoryPath"] = self.category_path
        if self.description is not None or "description" in present:
            field_dict["description"] = self.description
        if self.item_id is not None or "itemId" in present:
            field_dict["itemId"] = self.item_id
        if self.item_type is not None or "itemType" in present:
            field_dict["itemType"] = self.item_type
        if self.mp_id is not None or "mpId" in present:
            field_dict["mpId"] = self.mp_id
        if self.pic_urls is not None or "picUrls" in present:
            field_dict["picUrls"] = self.pic_urls
        if self.price is not None or "price" in present:
            field_dict["price"] = self.price
        if self.product_unit is not None or "productUnit" in present:
            field_dict["productUnit"] = self.product_unit
        if self.quantity is not None or "quantity" in present:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        begin_amount = d.pop("beginAmount", None)
        category_id = d.pop("categoryId", None)
        category_name = d.pop("categoryName", None)
        category_path = d.pop("categoryPath", None)
        description = d.pop("description", None)
        item_id = d.pop("itemId", None)
        item_type = d.pop("itemType", None)
        mp_id = d.pop("mpId", None)
        pic_urls = d.pop("picUrls", None)
        price = d.pop("price", None)
        product_unit = d.pop("productUnit", None)
        quantity = d.pop("quantity", None)
        taobao_get_goods_data = cls(
            begin_amount,
            category_id,
            category_name,
            category_path,
            description,
            item_id,
            item_type,
            mp_id,
            pic_urls,
            price,
            product_unit,
            quantity,
        )
        taobao_get_goods_data.additional_properties = d
        taobao_get_goods_data._present = tuple(src_dict)
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
