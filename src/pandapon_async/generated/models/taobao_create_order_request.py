# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoCreateOrderRequest")


@_attrs_define
class TaobaoCreateOrderRequest:
    """
    Attributes:
        order_line_list (str): Order lines: JSON-encoded array of `{"itemId", "orderLineNo", "quantity", "price",
            "currency", "skuId"}` objects, every value a string in the example (currency `CNY`).
        purchase_amount (int): 预算金额(分) (budget amount, in fen = 1/100 CNY)
        receiver (str): Receiver: JSON-encoded object with keys `zip`, `country`, `address`, `city`, `phone`,
            `mobile_phone`, `district`, `name`, `state`.
        order_source (str | Unset): 买方电子商务平台 (buyer's e-commerce platform, e.g. `lazada`). Optional.
        seller_order_number (str | Unset): 买方电商平台订单号 (order number on the buyer's e-commerce platform). Optional.
    """

    order_line_list: str
    purchase_amount: int
    receiver: str
    order_source: str | Unset = UNSET
    seller_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_line_list = self.order_line_list

        purchase_amount = self.purchase_amount

        receiver = self.receiver

        order_source = self.order_source

        seller_order_number = self.seller_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderLineList": order_line_list,
                "purchaseAmount": purchase_amount,
                "receiver": receiver,
            }
        )
        if order_source is not UNSET:
            field_dict["orderSource"] = order_source
        if seller_order_number is not UNSET:
            field_dict["sellerOrderNumber"] = seller_order_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_line_list = d.pop("orderLineList")

        purchase_amount = d.pop("purchaseAmount")

        receiver = d.pop("receiver")

        order_source = d.pop("orderSource", UNSET)

        seller_order_number = d.pop("sellerOrderNumber", UNSET)

        taobao_create_order_request = cls(
            order_line_list=order_line_list,
            purchase_amount=purchase_amount,
            receiver=receiver,
            order_source=order_source,
            seller_order_number=seller_order_number,
        )

        taobao_create_order_request.additional_properties = d
        return taobao_create_order_request

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
