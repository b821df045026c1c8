# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderBatchCreateCargo")


@_attrs_define
class AlibabaOrderBatchCreateCargo:
    """One goods line (v1 shape). v2 sends a string offerMapId instead of offerId and adds productNo and container.

    Attributes:
        quantity (float): Quantity (documented as number).
        offer_id (int | Unset): 商品id (1688 offer id)
        spec_id (str | Unset): 商品规格id (SKU spec id)
        seller_open_id (str | Unset): 商家ID (merchant open id)
        offer_map_id (str | Unset): Encrypted 1688 offer id (v2 path), sent instead of `offerId`.
    """

    quantity: float
    offer_id: int | Unset = UNSET
    spec_id: str | Unset = UNSET
    seller_open_id: str | Unset = UNSET
    offer_map_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        offer_id = self.offer_id

        spec_id = self.spec_id

        seller_open_id = self.seller_open_id

        offer_map_id = self.offer_map_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        offer_id = d.pop("offerId", UNSET)

        spec_id = d.pop("specId", UNSET)

        seller_open_id = d.pop("sellerOpenId", UNSET)

        offer_map_id = d.pop("offerMapId", UNSET)

        alibaba_order_batch_create_cargo = cls(
            quantity=quantity,
            offer_id=offer_id,
            spec_id=spec_id,
            seller_open_id=seller_open_id,
            offer_map_id=offer_map_id,
        )

        alibaba_order_batch_create_cargo.additional_properties = d
        return alibaba_order_batch_create_cargo

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
