# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundOrder")


@_attrs_define
class TaobaoRefundOrder:
    """A reverse order (refund/return), as in the query, cancel and render examples.

    Attributes:
        refund_fee (int | None): Refund amount (integer; unit not stated)
        pay_order_id (int | str | None): Payment order id (a 19-digit string in the example)
        timeout_type (str | None): Timeout type (e.g. sAgreeRefundT); values not documented
        seller_refuse_reason (str | None): Seller's refusal reason
        refund_status (int | str | None): Reverse-order status; a string in the query ("100") and render ("") examples, an integer on a v2
            query example; values not documented
        can_edit_fee (bool | None): Whether the refund fee can be edited
        remaining_time (str | None): Remaining time
        refund_type (int | None): Reverse-order (refund) type; values not documented
        fee_tips (str | None): Fee tips
        reason_desc (str | None): Refund reason text (e.g. 我不想要了)
        goods_status (int | None): Goods status; values not documented
        refund_desc (str | None): Buyer's refund description
        reason_id (int | str | None): Refund reason id
        timeout_date (int | str | None): Timeout time, epoch milliseconds (a string in the example)
        seller_refuse_reason_describe (str | None): Seller's refusal description
        refund_id (int | str | None): 逆向单id (reverse-order id)
    """

    refund_fee: int | None = None
    pay_order_id: int | str | None = None
    timeout_type: str | None = None
    seller_refuse_reason: str | None = None
    refund_status: int | str | None = None
    can_edit_fee: bool | None = None
    remaining_time: str | None = None
    refund_type: int | None = None
    fee_tips: str | None = None
    reason_desc: str | None = None
    goods_status: int | None = None
    refund_desc: str | None = None
    reason_id: int | str | None = None
    timeout_date: int | str | None = None
    seller_refuse_reason_describe: str | None = None
    refund_id: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.refund_fee is not None or "refundFee" in present:
            field_dict["refundFee"] = self.refund_fee
        if self.pay_order_id is not None or "payOrderId" in present:
            field_dict["payOrderId"] = self.pay_order_id
        if self.timeout_type is not None or "timeoutType" in present:
            field_dict["timeoutType"] = self.timeout_type
        if self.seller_refuse_reason is not None or "sellerRefuseReason" in present:
            field_dict["sellerRefuseReason"] = self.seller_refuse_reason
        if self.refund_status is not None or "refundStatus" in present:
            field_dict["refundStatus"] = self.refund_status
        if self.can_edit_fee is not None or "canEditFee" in present:
            field_dict["canEditFee"] = self.can_edit_fee
        if self.remaining_time is not None or "remainingTime" in present:
            field_dict["remainingTime"] = self.remaining_time
        if self.refund_type is not None or "refundType" in present:
            field_dict["refundType"] = self.refund_type
        if self.fee_tips is not None or "feeTips" in present:
            field_dict["feeTips"] = self.fee_tips
        if self.reason_desc is not None or "reasonDesc" in present:
            field_dict["reasonDesc"] = self.reason_desc
        if self.goods_status is not None or "goodsStatus" in present:
            field_dict["goodsStatus"] = self.goods_status
        if self.refund_desc is not None or "refundDesc" in present:
            field_dict["refundDesc"] = self.refund_desc
        if self.reason_id is not None or "reasonId" in present:
            field_dict["reasonId"] = self.reason_id
        if self.timeout_date is not None or "timeoutDate" in present:
            field_dict["timeoutDate"] = self.timeout_date
        if self.seller_refuse_reason_describe is not None or "sellerRefuseReasonDescribe" in present:
            field_dict["sellerRefuseReasonDescribe"] = self.seller_refuse_reason_describe
        if self.refund_id is not None or "refundId" in present:
            field_dict["refundId"] = self.refund_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        refund_fee = d.pop("refundFee", None)
        pay_order_id = d.pop("payOrderId", None)
        timeout_type = d.pop("timeoutType", None)
        seller_refuse_reason = d.pop("sellerRefuseReason", None)
        refund_status = d.pop("refundStatus", None)
        can_edit_fee = d.pop("canEditFee", None)
        remaining_time = d.pop("remainingTime", None)
        refund_type = d.pop("refundType", None)
        fee_tips = d.pop("feeTips", None)
        reason_desc = d.pop("reasonDesc", None)
        goods_status = d.pop("goodsStatus", None)
        refund_desc = d.pop("refundDesc", None)
        reason_id = d.pop("reasonId", None)
        timeout_date = d.pop("timeoutDate", None)
        seller_refuse_reason_describe = d.pop("sellerRefuseReasonDescribe", None)
        refund_id = d.pop("refundId", None)
        taobao_refund_order = cls(
            refund_fee,
            pay_order_id,
            timeout_type,
            seller_refuse_reason,
            refund_status,
            can_edit_fee,
            remaining_time,
            refund_type,
            fee_tips,
            reason_desc,
            goods_status,
            refund_desc,
            reason_id,
            timeout_date,
            seller_refuse_reason_describe,
            refund_id,
        )
        taobao_refund_order.additional_properties = d
        taobao_refund_order._present = tuple(src_dict)
        return taobao_refund_order

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
