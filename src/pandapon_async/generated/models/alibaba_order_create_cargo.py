# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AlibabaOrderCreateCargo")


@_attrs_define
class AlibabaOrderCreateCargo:
    """One goods line (v1 shape, single merchant).

    Attributes:
        offer_id (int): 商品id (1688 offer id)
        spec_id (str): 商品规格id (SKU spec id)
        quantity (float): Quantity (documented as number).
    """

    offer_id: int
    spec_id: str
    quantity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        spec_id = self.spec_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerId": offer_id,
                "specId": spec_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId")

        spec_id = d.pop("specId")

        quantity = d.pop("quantity")

        alibaba_order_create_cargo = cls(
            offer_id=offer_id,
            spec_id=spec_id,
            quantity=quantity,
        )

        alibaba_order_create_cargo.additional_properties = d
        return alibaba_order_create_cargo

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
