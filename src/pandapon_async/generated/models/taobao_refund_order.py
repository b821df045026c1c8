# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundOrder")


@_attrs_define
class TaobaoRefundOrder:
    """A reverse order (refund/return), as in the query, cancel and render examples.

    Attributes:
        refund_fee (int | None | Unset): Refund amount (integer; unit not stated)
        pay_order_id (int | None | str | Unset): Payment order id (a 19-digit string in the example)
        timeout_type (None | str | Unset): Timeout type (e.g. sAgreeRefundT); values not documented
        seller_refuse_reason (None | str | Unset): Seller's refusal reason
        refund_status (int | None | str | Unset): Reverse-order status; a string in the query ("100") and render ("")
            examples, an integer on a v2 query example; values not documented
        can_edit_fee (bool | None | Unset): Whether the refund fee can be edited
        remaining_time (None | str | Unset): Remaining time
        refund_type (int | None | Unset): Reverse-order (refund) type; values not documented
        fee_tips (None | str | Unset): Fee tips
        reason_desc (None | str | Unset): Refund reason text (e.g. 我不想要了)
        goods_status (int | None | Unset): Goods status; values not documented
        refund_desc (None | str | Unset): Buyer's refund description
        reason_id (int | None | str | Unset): Refund reason id
        timeout_date (int | None | str | Unset): Timeout time, epoch milliseconds (a string in the example)
        seller_refuse_reason_describe (None | str | Unset): Seller's refusal description
        refund_id (int | None | str | Unset): 逆向单id (reverse-order id)
    """

    refund_fee: int | Unset | None = UNSET
    pay_order_id: int | str | Unset | None = UNSET
    timeout_type: str | Unset | None = UNSET
    seller_refuse_reason: str | Unset | None = UNSET
    refund_status: int | str | Unset | None = UNSET
    can_edit_fee: bool | Unset | None = UNSET
    remaining_time: str | Unset | None = UNSET
    refund_type: int | Unset | None = UNSET
    fee_tips: str | Unset | None = UNSET
    reason_desc: str | Unset | None = UNSET
    goods_status: int | Unset | None = UNSET
    refund_desc: str | Unset | None = UNSET
    reason_id: int | str | Unset | None = UNSET
    timeout_date: int | str | Unset | None = UNSET
    seller_refuse_reason_describe: str | Unset | None = UNSET
    refund_id: int | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_fee: int | Unset | None
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        pay_order_id: int | str | Unset | None
        if isinstance(self.pay_order_id, Unset):
            pay_order_id = UNSET
        else:
            pay_order_id = self.pay_order_id

        timeout_type: str | Unset | None
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        seller_refuse_reason: str | Unset | None
        if isinstance(self.seller_refuse_reason, Unset):
            seller_refuse_reason = UNSET
        else:
            seller_refuse_reason = self.seller_refuse_reason

        refund_status: int | str | Unset | None
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        can_edit_fee: bool | Unset | None
        if isinstance(self.can_edit_fee, Unset):
            can_edit_fee = UNSET
        else:
            can_edit_fee = self.can_edit_fee

        remaining_time: str | Unset | None
        if isinstance(self.remaining_time, Unset):
            remaining_time = UNSET
        else:
            remaining_time = self.remaining_time

        refund_type: int | Unset | None
        if isinstance(self.refund_type, Unset):
            refund_type = UNSET
        else:
            refund_type = self.refund_type

        fee_tips: str | Unset | None
        if isinstance(self.fee_tips, Unset):
            fee_tips = UNSET
        else:
            fee_tips = self.fee_tips

        reason_desc: str | Unset | None
        if isinstance(self.reason_desc, Unset):
            reason_desc = UNSET
        else:
            reason_desc = self.reason_desc

        goods_status: int | Unset | None
        if isinstance(self.goods_status, Unset):
            goods_status = UNSET
        else:
            goods_status = self.goods_status

        refund_desc: str | Unset | None
        if isinstance(self.refund_desc, Unset):
            refund_desc = UNSET
        else:
            refund_desc = self.refund_desc

        reason_id: int | str | Unset | None
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        timeout_date: int | str | Unset | None
        if isinstance(self.timeout_date, Unset):
            timeout_date = UNSET
        else:
            timeout_date = self.timeout_date

        seller_refuse_reason_describe: str | Unset | None
        if isinstance(self.seller_refuse_reason_describe, Unset):
            seller_refuse_reason_describe = UNSET
        else:
            seller_refuse_reason_describe = self.seller_refuse_reason_describe

        refund_id: int | str | Unset | None
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if pay_order_id is not UNSET:
            field_dict["payOrderId"] = pay_order_id
        if timeout_type is not UNSET:
            field_dict["timeoutType"] = timeout_type
        if seller_refuse_reason is not UNSET:
            field_dict["sellerRefuseReason"] = seller_refuse_reason
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if can_edit_fee is not UNSET:
            field_dict["canEditFee"] = can_edit_fee
        if remaining_time is not UNSET:
            field_dict["remainingTime"] = remaining_time
        if refund_type is not UNSET:
            field_dict["refundType"] = refund_type
        if fee_tips is not UNSET:
            field_dict["feeTips"] = fee_tips
        if reason_desc is not UNSET:
            field_dict["reasonDesc"] = reason_desc
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status
        if refund_desc is not UNSET:
            field_dict["refundDesc"] = refund_desc
        if reason_id is not UNSET:
            field_dict["reasonId"] = reason_id
        if timeout_date is not UNSET:
            field_dict["timeoutDate"] = timeout_date
        if seller_refuse_reason_describe is not UNSET:
            field_dict["sellerRefuseReasonDescribe"] = seller_refuse_reason_describe
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_fee = d.pop("refundFee", UNSET)

        pay_order_id = d.pop("payOrderId", UNSET)

        timeout_type = d.pop("timeoutType", UNSET)

        seller_refuse_reason = d.pop("sellerRefuseReason", UNSET)

        refund_status = d.pop("refundStatus", UNSET)

        can_edit_fee = d.pop("canEditFee", UNSET)

        remaining_time = d.pop("remainingTime", UNSET)

        refund_type = d.pop("refundType", UNSET)

        fee_tips = d.pop("feeTips", UNSET)

        reason_desc = d.pop("reasonDesc", UNSET)

        goods_status = d.pop("goodsStatus", UNSET)

        refund_desc = d.pop("refundDesc", UNSET)

        reason_id = d.pop("reasonId", UNSET)

        timeout_date = d.pop("timeoutDate", UNSET)

        seller_refuse_reason_describe = d.pop("sellerRefuseReasonDescribe", UNSET)

        refund_id = d.pop("refundId", UNSET)

        taobao_refund_order = cls(
            refund_fee=refund_fee,
            pay_order_id=pay_order_id,
            timeout_type=timeout_type,
            seller_refuse_reason=seller_refuse_reason,
            refund_status=refund_status,
            can_edit_fee=can_edit_fee,
            remaining_time=remaining_time,
            refund_type=refund_type,
            fee_tips=fee_tips,
            reason_desc=reason_desc,
            goods_status=goods_status,
            refund_desc=refund_desc,
            reason_id=reason_id,
            timeout_date=timeout_date,
            seller_refuse_reason_describe=seller_refuse_reason_describe,
            refund_id=refund_id,
        )

        taobao_refund_order.additional_properties = d
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
