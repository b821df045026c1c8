# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderCreatedOrder")


@_attrs_define
class AlibabaOrderCreatedOrder:
    """A 1688 order as returned by batch create; further fields arrive in `additional_properties`.

    Attributes:
        guarantees_terms (Any): Shown only as null in the example; type not documented.
        international_logistics (Any): Shown only as null in the example; type not documented.
        native_logistics (AlibabaOrderNativeLogistics | None): Domestic (China) delivery address of the order.
        product_items (list[AlibabaOrderProductItem] | None): Products of the order.
    """

    guarantees_terms: Any = None
    international_logistics: Any = None
    native_logistics: AlibabaOrderNativeLogistics | None = None
    product_items: list[AlibabaOrderProductItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.guarantees_terms is not None or "guaranteesTerms" in present:
            field_dict["guaranteesTerms"] = self.guarantees_terms
        if self.international_logistics is not None or "internationalLogistics" in present:
            field_dict["internationalLogistics"] = self.international_logistics
        native_logistics: object = self.native_logistics
        if native_logistics is not None or "nativeLogistics" in present:
            field_dict["nativeLogistics"] = (
                native_logistics.to_dict()
                if isinstance(native_logistics, AlibabaOrderNativeLogistics)
                else native_logistics
            )
        product_items: object = self.product_items
        if product_items is not None or "productItems" in present:
            field_dict["productItems"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaOrderProductItem) else item
                    for item in cast("list[object]", product_items)
                ]
                if isinstance(product_items, list)
                else product_items
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        guarantees_terms = d.pop("guaranteesTerms", None)
        international_logistics = d.pop("internationalLogistics", None)
        _native_logistics = d.pop("nativeLogistics", None)
        native_logistics = (
            AlibabaOrderNativeLogistics.from_dict(_native_logistics)
            if _native_logistics.__class__ is dict
            else _native_logistics
        )
        _product_items = d.pop("productItems", None)
        product_items = (
            [AlibabaOrderProductItem.from_dict(item) if item.__class__ is dict else item for item in _product_items]
            if _product_items.__class__ is list
            else _product_items
        )
        alibaba_order_created_order = cls(
            guarantees_terms,
            international_logistics,
            native_logistics,
            product_items,
        )
        alibaba_order_created_order.additional_properties = d
        alibaba_order_created_order._present = tuple(src_dict)
        return alibaba_order_created_order

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
from ..models.alibaba_order_native_logistics import AlibabaOrderNativeLogistics  # noqa: E402
from ..models.alibaba_order_product_item import AlibabaOrderProductItem  # noqa: E402
