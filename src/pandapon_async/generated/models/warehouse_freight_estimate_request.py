# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_receiver_address import WarehouseReceiverAddress


T = TypeVar("T", bound="WarehouseFreightEstimateRequest")


@_attrs_define
class WarehouseFreightEstimateRequest:
    """One item SKU, quantity and price to estimate the overseas freight for.

    Attributes:
        item_id (str): Item id (required)
        sku_id (str): SKU id (required)
        receiver_address (WarehouseReceiverAddress): ReceiverAddressTO, the overseas receiver address. Every field is
            `string | null` and optional; none has a description.
        quantity (int): Quantity (required)
        currency (str | Unset): Currency.
        price (str | Unset): Price, a string.
    """

    item_id: str
    sku_id: str
    receiver_address: WarehouseReceiverAddress
    quantity: int
    currency: str | Unset = UNSET
    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        sku_id = self.sku_id

        receiver_address = self.receiver_address.to_dict()

        quantity = self.quantity

        currency = self.currency

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemId": item_id,
                "skuId": sku_id,
                "receiverAddress": receiver_address,
                "quantity": quantity,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_receiver_address import WarehouseReceiverAddress

        d = dict(src_dict)
        item_id = d.pop("itemId")

        sku_id = d.pop("skuId")

        receiver_address = WarehouseReceiverAddress.from_dict(d.pop("receiverAddress"))

        quantity = d.pop("quantity")

        currency = d.pop("currency", UNSET)

        price = d.pop("price", UNSET)

        warehouse_freight_estimate_request = cls(
            item_id=item_id,
            sku_id=sku_id,
            receiver_address=receiver_address,
            quantity=quantity,
            currency=currency,
            price=price,
        )

        warehouse_freight_estimate_request.additional_properties = d
        return warehouse_freight_estimate_request

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
