# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundRenderRequest")


@_attrs_define
class TaobaoRefundRenderRequest:
    """Which sub-order to render a reverse order for, and the kind of reverse order.

    Attributes:
        refund_type (int): Reverse-order (refund) type; the values are not documented
        goods_status (int): Goods status; the values are not documented
        sub_order_id (str | Unset): 子订单id (sub-order id).
    """

    refund_type: int
    goods_status: int
    sub_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_type = self.refund_type

        goods_status = self.goods_status

        sub_order_id = self.sub_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundType": refund_type,
                "goodsStatus": goods_status,
            }
        )
        if sub_order_id is not UNSET:
            field_dict["subOrderId"] = sub_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_type = d.pop("refundType")

        goods_status = d.pop("goodsStatus")

        sub_order_id = d.pop("subOrderId", UNSET)

        taobao_refund_render_request = cls(
            refund_type=refund_type,
            goods_status=goods_status,
            sub_order_id=sub_order_id,
        )

        taobao_refund_render_request.additional_properties = d
        return taobao_refund_render_request

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
