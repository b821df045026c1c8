# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaOrderReceiveGoodsRequest")


@_attrs_define
class AlibabaOrderReceiveGoodsRequest:
    """
    Attributes:
        order_id (int | str | Unset): A 64-bit 1688 order or sub-order id, sent as a JSON integer or as the string of
            its decimal digits. Ids exceed 2^53 (e.g. 2542285634920880794): integers that large are exact in Python, but a
            JavaScript number rounds them, so JavaScript callers send the string form (or serialise with a BigInt-aware JSON
            library).
        order_entry_ids (list[int | str] | Unset): 子订单ID (sub-order ids)
    """

    order_id: int | str | Unset = UNSET
    order_entry_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        order_entry_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.order_entry_ids, Unset):
            order_entry_ids = []
            for order_entry_ids_item_data in self.order_entry_ids:
                order_entry_ids_item: int | str
                order_entry_ids_item = order_entry_ids_item_data
                order_entry_ids.append(order_entry_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_entry_ids is not UNSET:
            field_dict["orderEntryIds"] = order_entry_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        _order_entry_ids = d.pop("orderEntryIds", UNSET)
        order_entry_ids: list[int | str] | Unset = UNSET
        if _order_entry_ids is not UNSET:
            order_entry_ids = []
            for order_entry_ids_item_data in _order_entry_ids:
                order_entry_ids_item = order_entry_ids_item_data

                order_entry_ids.append(order_entry_ids_item)

        alibaba_order_receive_goods_request = cls(
            order_id=order_id,
            order_entry_ids=order_entry_ids,
        )

        alibaba_order_receive_goods_request.additional_properties = d
        return alibaba_order_receive_goods_request

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
