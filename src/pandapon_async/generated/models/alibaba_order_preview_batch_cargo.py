# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AlibabaOrderPreviewBatchCargo")


@_attrs_define
class AlibabaOrderPreviewBatchCargo:
    """One goods line; lines may come from different merchants.

    Attributes:
        offer_id (int): 商品ID (1688 offer id)
        spec_id (str): 商品规格id (SKU spec id)
        quantity (float): Quantity (documented as number).
        seller_open_id (str): 店家ID (merchant open id)
    """

    offer_id: int
    spec_id: str
    quantity: float
    seller_open_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        spec_id = self.spec_id

        quantity = self.quantity

        seller_open_id = self.seller_open_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerId": offer_id,
                "specId": spec_id,
                "quantity": quantity,
                "sellerOpenId": seller_open_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId")

        spec_id = d.pop("specId")

        quantity = d.pop("quantity")

        seller_open_id = d.pop("sellerOpenId")

        alibaba_order_preview_batch_cargo = cls(
            offer_id=offer_id,
            spec_id=spec_id,
            quantity=quantity,
            seller_open_id=seller_open_id,
        )

        alibaba_order_preview_batch_cargo.additional_properties = d
        return alibaba_order_preview_batch_cargo

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
