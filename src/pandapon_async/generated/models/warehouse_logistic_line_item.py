# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseLogisticLineItem")


@_attrs_define
class WarehouseLogisticLineItem:
    """The order line a logistics record belongs to.

    Attributes:
        item_id (str | Unset): Item id
        sku_id (str | Unset): SKU id
        quantity (int | Unset): Quantity
        title (str | Unset): Item title
        image_url (str | Unset): Item image URL
    """

    item_id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    title: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        sku_id = self.sku_id

        quantity = self.quantity

        title = self.title

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if title is not UNSET:
            field_dict["title"] = title
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("itemId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        quantity = d.pop("quantity", UNSET)

        title = d.pop("title", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        warehouse_logistic_line_item = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            title=title,
            image_url=image_url,
        )

        warehouse_logistic_line_item.additional_properties = d
        return warehouse_logistic_line_item

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
