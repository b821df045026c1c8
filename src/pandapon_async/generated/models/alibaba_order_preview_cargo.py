# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderPreviewCargo")


@_attrs_define
class AlibabaOrderPreviewCargo:
    """One goods line (v1 shape). v2 sends a string offerMapId instead of offerId and adds sellerOpenId, productNo and
    container.

        Attributes:
            quantity (float): Quantity (documented as number).
            offer_id (int | Unset): 商品ID (1688 offer id)
            spec_id (str | Unset): 商品规格id (SKU spec id)
    """

    quantity: float
    offer_id: int | Unset = UNSET
    spec_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        offer_id = self.offer_id

        spec_id = self.spec_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        offer_id = d.pop("offerId", UNSET)

        spec_id = d.pop("specId", UNSET)

        alibaba_order_preview_cargo = cls(
            quantity=quantity,
            offer_id=offer_id,
            spec_id=spec_id,
        )

        alibaba_order_preview_cargo.additional_properties = d
        return alibaba_order_preview_cargo

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
