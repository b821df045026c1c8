# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_order_native_logistics import AlibabaOrderNativeLogistics
    from ..models.alibaba_order_product_item import AlibabaOrderProductItem


T = TypeVar("T", bound="AlibabaOrderCreatedOrder")


@_attrs_define
class AlibabaOrderCreatedOrder:
    """A 1688 order as returned by batch create; further fields arrive in `additional_properties`.

    Attributes:
        guarantees_terms (Any | Unset): Shown only as null in the example; type not documented.
        international_logistics (Any | Unset): Shown only as null in the example; type not documented.
        native_logistics (AlibabaOrderNativeLogistics | None | Unset): Domestic (China) delivery address of the order.
        product_items (list[AlibabaOrderProductItem] | None | Unset): Products of the order.
    """

    guarantees_terms: Any | Unset = UNSET
    international_logistics: Any | Unset = UNSET
    native_logistics: AlibabaOrderNativeLogistics | Unset | None = UNSET
    product_items: list[AlibabaOrderProductItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.alibaba_order_native_logistics import AlibabaOrderNativeLogistics

        guarantees_terms = self.guarantees_terms

        international_logistics = self.international_logistics

        native_logistics: dict[str, Any] | Unset | None
        if isinstance(self.native_logistics, Unset):
            native_logistics = UNSET
        elif isinstance(self.native_logistics, AlibabaOrderNativeLogistics):
            native_logistics = self.native_logistics.to_dict()
        else:
            native_logistics = self.native_logistics

        product_items: list[dict[str, Any]] | Unset | None
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = product_items_type_0_item_data.to_dict()
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guarantees_terms is not UNSET:
            field_dict["guaranteesTerms"] = guarantees_terms
        if international_logistics is not UNSET:
            field_dict["internationalLogistics"] = international_logistics
        if native_logistics is not UNSET:
            field_dict["nativeLogistics"] = native_logistics
        if product_items is not UNSET:
            field_dict["productItems"] = product_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_native_logistics import AlibabaOrderNativeLogistics
        from ..models.alibaba_order_product_item import AlibabaOrderProductItem

        d = dict(src_dict)
        guarantees_terms = d.pop("guaranteesTerms", UNSET)

        international_logistics = d.pop("internationalLogistics", UNSET)

        def _parse_native_logistics(data: object) -> AlibabaOrderNativeLogistics | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                native_logistics_type_0 = AlibabaOrderNativeLogistics.from_dict(data)

                return native_logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderNativeLogistics | None | Unset, data)

        native_logistics = _parse_native_logistics(d.pop("nativeLogistics", UNSET))

        def _parse_product_items(data: object) -> list[AlibabaOrderProductItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = AlibabaOrderProductItem.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("productItems", UNSET))

        alibaba_order_created_order = cls(
            guarantees_terms=guarantees_terms,
            international_logistics=international_logistics,
            native_logistics=native_logistics,
            product_items=product_items,
        )

        alibaba_order_created_order.additional_properties = d
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
