# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaRefundInfoData")


@_attrs_define
class AlibabaRefundInfoData:
    """A 1688 after-sales record (`AlibabaRefundInfo`); further fields arrive in `additional_properties`.

    Attributes:
        id (int | str | None): Record id.
        create_by (str | None): Created by.
        create_by_id (int | str | None): Id of the creator.
        create_time (str | None): Creation time.
        update_by (str | None): Last updated by.
        update_by_id (int | str | None): Id of the last updater.
        update_time (str | None): Last update time.
        remark (str | None): Remark.
        alipay_payment_id (str | None): 支付宝交易号 (Alipay transaction number)
        apply_carriage (int | None): Requested freight refund (an amount; unit not stated).
        apply_expect (int | None): Expected refund (an amount; unit not stated).
        apply_payment (int | None): Requested refund (an amount; unit not stated).
        apply_reason (str | None): 申请原因 (reason for the application)
        apply_reason_id (int | str | None): 申请原因ID (reason id)
        apply_sub_reason (str | None): 二级退款原因 (secondary refund reason)
        apply_sub_reason_id (int | str | None): 二级退款原因Id (secondary refund reason id)
        buyer_alipay_id (str | None): 买家支付宝ID (buyer's Alipay id)
        buyer_logistics_name (str | None): 买家退货物流公司名 (the buyer's return logistics company)
        buyer_member_id (str | None): 买家会员ID (buyer's member id)
        buyer_send_goods (bool | None): Whether the buyer has sent the goods back.
        buyer_user_id (int | str | None): Buyer user id.
    """

    id: int | str | None = None
    create_by: str | None = None
    create_by_id: int | str | None = None
    create_time: str | None = None
    update_by: str | None = None
    update_by_id: int | str | None = None
    update_time: str | None = None
    remark: str | None = None
    alipay_payment_id: str | None = None
    apply_carriage: int | None = None
    apply_expect: int | None = None
    apply_payment: int | None = None
    apply_reason: str | None = None
    apply_reason_id: int | str | None = None
    apply_sub_reason: str | None = None
    apply_sub_reason_id: int | str | None = None
    buyer_alipay_id: str | None = None
    buyer_logistics_name: str | None = None
    buyer_member_id: str | None = None
    buyer_send_goods: bool | None = None
    buyer_user_id: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.id is not None or "id" in present:
            field_dict["id"] = self.id
        if self.create_by is not None or "createBy" in present:
            field_dict["createBy"] = self.create_by
        if self.create_by_id is not None or "createById" in present:
            field_dict["createById"] = self.create_by_id
        if self.create_time is not None or "createTime" in present:
            field_dict["createTime"] = self.create_time
        if self.update_by is not None or "updateBy" in present:
            field_dict["updateBy"] = self.update_by
        if self.update_by_id is not None or "updateById" in present:
            field_dict["updateById"] = self.update_by_id
        if self.update_time is not None or "updateTime" in present:
            field_dict["updateTime"] = self.update_time
        if self.remark is not None or "remark" in present:
            field_dict["remark"] = self.remark
        if self.alipay_payment_id is not None or "alipayPaymentId" in present:
            field_dict["alipayPaymentId"] = self.alipay_payment_id
        if self.apply_carriage is not None or "applyCarriage" in present:
            field_dict["applyCarriage"] = self.apply_carriage
        if self.apply_expect is not None or "applyExpect" in present:
            field_dict["applyExpect"] = self.apply_expect
        if self.apply_payment is not None or "applyPayment" in present:
            field_dict["applyPayment"] = self.apply_payment
        if self.apply_reason is not None or "applyReason" in present:
            field_dict["applyReason"] = self.apply_reason
        if self.apply_reason_id is not None or "applyReasonId" in present:
            field_dict["applyReasonId"] = self.apply_reason_id
        if self.apply_sub_reason is not None or "applySubReason" in present:
            field_dict["applySubReason"] = self.apply_sub_reason
        if self.apply_sub_reason_id is not None or "applySubReasonId" in present:
            field_dict["applySubReasonId"] = self.apply_sub_reason_id
        if self.buyer_alipay_id is not None or "buyerAlipayId" in present:
            field_dict["buyerAlipayId"] = self.buyer_alipay_id
        if self.buyer_logistics_name is not None or "buyerLogisticsName" in present:
            field_dict["buyerLogisticsName"] = self.buyer_logistics_name
        if self.buyer_member_id is not None or "buyerMemberId" in present:
            field_dict["buyerMemberId"] = self.buyer_member_id
        if self.buyer_send_goods is not None or "buyerSendGoods" in present:
            field_dict["buyerSendGoods"] = self.buyer_send_goods
        if self.buyer_user_id is not None or "buyerUserId" in present:
            field_dict["buyerUserId"] = self.buyer_user_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        create_by = d.pop("createBy", None)
        create_by_id = d.pop("createById", None)
        create_time = d.pop("createTime", None)
        update_by = d.pop("updateBy", None)
        update_by_id = d.pop("updateById", None)
        update_time = d.pop("updateTime", None)
        remark = d.pop("remark", None)
        alipay_payment_id = d.pop("alipayPaymentId", None)
        apply_carriage = d.pop("applyCarriage", None)
        apply_expect = d.pop("applyExpect", None)
        apply_payment = d.pop("applyPayment", None)
        apply_reason = d.pop("applyReason", None)
        apply_reason_id = d.pop("applyReasonId", None)
        apply_sub_reason = d.pop("applySubReason", None)
        apply_sub_reason_id = d.pop("applySubReasonId", None)
        buyer_alipay_id = d.pop("buyerAlipayId", None)
        buyer_logistics_name = d.pop("buyerLogisticsName", None)
        buyer_member_id = d.pop("buyerMemberId", None)
        buyer_send_goods = d.pop("buyerSendGoods", None)
        buyer_user_id = d.pop("buyerUserId", None)
        alibaba_refund_info_data = cls(
            id,
            create_by,
            create_by_id,
            create_time,
            update_by,
            update_by_id,
            update_time,
            remark,
            alipay_payment_id,
            apply_carriage,
            apply_expect,
            apply_payment,
            apply_reason,
            apply_reason_id,
            apply_sub_reason,
            apply_sub_reason_id,
            buyer_alipay_id,
            buyer_logistics_name,
            buyer_member_id,
            buyer_send_goods,
            buyer_user_id,
        )
        alibaba_refund_info_data.additional_properties = d
        alibaba_refund_info_data._present = tuple(src_dict)
        return alibaba_refund_info_data

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
