# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_freight_info import WarehouseFreightInfo


T = TypeVar("T", bound="WarehouseLineItem")


@_attrs_define
class WarehouseLineItem:
    """One order line of an international logistics order.

    Attributes:
        item_id (None | str | Unset): Item id
        sku_id (None | str | Unset): SKU id
        quantity (int | None | Unset): Quantity
        title (None | str | Unset): Item title
        image_url (None | str | Unset): Item image URL
        freight_info (WarehouseFreightInfo | Unset): FreightInfoTO, the chosen freight service (all fields are strings).
        currency (None | str | Unset): Currency
        price (None | str | Unset): Price, a string
    """

    item_id: str | Unset | None = UNSET
    sku_id: str | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    title: str | Unset | None = UNSET
    image_url: str | Unset | None = UNSET
    freight_info: WarehouseFreightInfo | Unset = UNSET
    currency: str | Unset | None = UNSET
    price: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: str | Unset | None
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: str | Unset | None
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        image_url: str | Unset | None
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        freight_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_info, Unset):
            freight_info = self.freight_info.to_dict()

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        price: str | Unset | None
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

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
        if freight_info is not UNSET:
            field_dict["freightInfo"] = freight_info
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_freight_info import WarehouseFreightInfo

        d = dict(src_dict)
        item_id = d.pop("itemId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        quantity = d.pop("quantity", UNSET)

        title = d.pop("title", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        _freight_info = d.pop("freightInfo", UNSET)
        freight_info: WarehouseFreightInfo | Unset
        if isinstance(_freight_info, Unset):
            freight_info = UNSET
        else:
            freight_info = WarehouseFreightInfo.from_dict(_freight_info)

        currency = d.pop("currency", UNSET)

        price = d.pop("price", UNSET)

        warehouse_line_item = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            title=title,
            image_url=image_url,
            freight_info=freight_info,
            currency=currency,
            price=price,
        )

        warehouse_line_item.additional_properties = d
        return warehouse_line_item

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
