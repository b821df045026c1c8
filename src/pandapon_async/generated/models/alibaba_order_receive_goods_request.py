from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, new_json_object

T = TypeVar("T", bound="AlibabaOrderReceiveGoodsRequest")


@_attrs_define
class AlibabaOrderReceiveGoodsRequest:
    """
    Attributes:
        order_id (int | Unset): 订单ID (1688 order id)
        order_entry_ids (list[int] | Unset): 子订单ID (sub-order ids)
    """

    order_id: int | Unset = UNSET
    order_entry_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_entry_ids: list[int] | Unset = UNSET
        if not isinstance(self.order_entry_ids, Unset):
            order_entry_ids = self.order_entry_ids

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

        order_entry_ids = cast(list[int], d.pop("orderEntryIds", UNSET))

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
