# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaRefundInfoData")


@_attrs_define
class AlibabaRefundInfoData:
    """A 1688 after-sales record (`AlibabaRefundInfo`); further fields arrive in `additional_properties`.

    Attributes:
        id (int | None | str | Unset): Record id.
        create_by (None | str | Unset): Created by.
        create_by_id (int | None | str | Unset): Id of the creator.
        create_time (None | str | Unset): Creation time.
        update_by (None | str | Unset): Last updated by.
        update_by_id (int | None | str | Unset): Id of the last updater.
        update_time (None | str | Unset): Last update time.
        remark (None | str | Unset): Remark.
        alipay_payment_id (None | str | Unset): 支付宝交易号 (Alipay transaction number)
        apply_carriage (int | None | Unset): Requested freight refund (an amount; unit not stated).
        apply_expect (int | None | Unset): Expected refund (an amount; unit not stated).
        apply_payment (int | None | Unset): Requested refund (an amount; unit not stated).
        apply_reason (None | str | Unset): 申请原因 (reason for the application)
        apply_reason_id (int | None | str | Unset): 申请原因ID (reason id)
        apply_sub_reason (None | str | Unset): 二级退款原因 (secondary refund reason)
        apply_sub_reason_id (int | None | str | Unset): 二级退款原因Id (secondary refund reason id)
        buyer_alipay_id (None | str | Unset): 买家支付宝ID (buyer's Alipay id)
        buyer_logistics_name (None | str | Unset): 买家退货物流公司名 (the buyer's return logistics company)
        buyer_member_id (None | str | Unset): 买家会员ID (buyer's member id)
        buyer_send_goods (bool | None | Unset): Whether the buyer has sent the goods back.
        buyer_user_id (int | None | str | Unset): Buyer user id.
    """

    id: int | str | Unset | None = UNSET
    create_by: str | Unset | None = UNSET
    create_by_id: int | str | Unset | None = UNSET
    create_time: str | Unset | None = UNSET
    update_by: str | Unset | None = UNSET
    update_by_id: int | str | Unset | None = UNSET
    update_time: str | Unset | None = UNSET
    remark: str | Unset | None = UNSET
    alipay_payment_id: str | Unset | None = UNSET
    apply_carriage: int | Unset | None = UNSET
    apply_expect: int | Unset | None = UNSET
    apply_payment: int | Unset | None = UNSET
    apply_reason: str | Unset | None = UNSET
    apply_reason_id: int | str | Unset | None = UNSET
    apply_sub_reason: str | Unset | None = UNSET
    apply_sub_reason_id: int | str | Unset | None = UNSET
    buyer_alipay_id: str | Unset | None = UNSET
    buyer_logistics_name: str | Unset | None = UNSET
    buyer_member_id: str | Unset | None = UNSET
    buyer_send_goods: bool | Unset | None = UNSET
    buyer_user_id: int | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        create_by: str | Unset | None
        if isinstance(self.create_by, Unset):
            create_by = UNSET
        else:
            create_by = self.create_by

        create_by_id: int | str | Unset | None
        if isinstance(self.create_by_id, Unset):
            create_by_id = UNSET
        else:
            create_by_id = self.create_by_id

        create_time: str | Unset | None
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        update_by: str | Unset | None
        if isinstance(self.update_by, Unset):
            update_by = UNSET
        else:
            update_by = self.update_by

        update_by_id: int | str | Unset | None
        if isinstance(self.update_by_id, Unset):
            update_by_id = UNSET
        else:
            update_by_id = self.update_by_id

        update_time: str | Unset | None
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        remark: str | Unset | None
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        alipay_payment_id: str | Unset | None
        if isinstance(self.alipay_payment_id, Unset):
            alipay_payment_id = UNSET
        else:
            alipay_payment_id = self.alipay_payment_id

        apply_carriage: int | Unset | None
        if isinstance(self.apply_carriage, Unset):
            apply_carriage = UNSET
        else:
            apply_carriage = self.apply_carriage

        apply_expect: int | Unset | None
        if isinstance(self.apply_expect, Unset):
            apply_expect = UNSET
        else:
            apply_expect = self.apply_expect

        apply_payment: int | Unset | None
        if isinstance(self.apply_payment, Unset):
            apply_payment = UNSET
        else:
            apply_payment = self.apply_payment

        apply_reason: str | Unset | None
        if isinstance(self.apply_reason, Unset):
            apply_reason = UNSET
        else:
            apply_reason = self.apply_reason

        apply_reason_id: int | str | Unset | None
        if isinstance(self.apply_reason_id, Unset):
            apply_reason_id = UNSET
        else:
            apply_reason_id = self.apply_reason_id

        apply_sub_reason: str | Unset | None
        if isinstance(self.apply_sub_reason, Unset):
            apply_sub_reason = UNSET
        else:
            apply_sub_reason = self.apply_sub_reason

        apply_sub_reason_id: int | str | Unset | None
        if isinstance(self.apply_sub_reason_id, Unset):
            apply_sub_reason_id = UNSET
        else:
            apply_sub_reason_id = self.apply_sub_reason_id

        buyer_alipay_id: str | Unset | None
        if isinstance(self.buyer_alipay_id, Unset):
            buyer_alipay_id = UNSET
        else:
            buyer_alipay_id = self.buyer_alipay_id

        buyer_logistics_name: str | Unset | None
        if isinstance(self.buyer_logistics_name, Unset):
            buyer_logistics_name = UNSET
        else:
            buyer_logistics_name = self.buyer_logistics_name

        buyer_member_id: str | Unset | None
        if isinstance(self.buyer_member_id, Unset):
            buyer_member_id = UNSET
        else:
            buyer_member_id = self.buyer_member_id

        buyer_send_goods: bool | Unset | None
        if isinstance(self.buyer_send_goods, Unset):
            buyer_send_goods = UNSET
        else:
            buyer_send_goods = self.buyer_send_goods

        buyer_user_id: int | str | Unset | None
        if isinstance(self.buyer_user_id, Unset):
            buyer_user_id = UNSET
        else:
            buyer_user_id = self.buyer_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_by_id is not UNSET:
            field_dict["createById"] = create_by_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_by is not UNSET:
            field_dict["updateBy"] = update_by
        if update_by_id is not UNSET:
            field_dict["updateById"] = update_by_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if remark is not UNSET:
            field_dict["remark"] = remark
        if alipay_payment_id is not UNSET:
            field_dict["alipayPaymentId"] = alipay_payment_id
        if apply_carriage is not UNSET:
            field_dict["applyCarriage"] = apply_carriage
        if apply_expect is not UNSET:
            field_dict["applyExpect"] = apply_expect
        if apply_payment is not UNSET:
            field_dict["applyPayment"] = apply_payment
        if apply_reason is not UNSET:
            field_dict["applyReason"] = apply_reason
        if apply_reason_id is not UNSET:
            field_dict["applyReasonId"] = apply_reason_id
        if apply_sub_reason is not UNSET:
            field_dict["applySubReason"] = apply_sub_reason
        if apply_sub_reason_id is not UNSET:
            field_dict["applySubReasonId"] = apply_sub_reason_id
        if buyer_alipay_id is not UNSET:
            field_dict["buyerAlipayId"] = buyer_alipay_id
        if buyer_logistics_name is not UNSET:
            field_dict["buyerLogisticsName"] = buyer_logistics_name
        if buyer_member_id is not UNSET:
            field_dict["buyerMemberId"] = buyer_member_id
        if buyer_send_goods is not UNSET:
            field_dict["buyerSendGoods"] = buyer_send_goods
        if buyer_user_id is not UNSET:
            field_dict["buyerUserId"] = buyer_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        create_by = d.pop("createBy", UNSET)

        create_by_id = d.pop("createById", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_by = d.pop("updateBy", UNSET)

        update_by_id = d.pop("updateById", UNSET)

        update_time = d.pop("updateTime", UNSET)

        remark = d.pop("remark", UNSET)

        alipay_payment_id = d.pop("alipayPaymentId", UNSET)

        apply_carriage = d.pop("applyCarriage", UNSET)

        apply_expect = d.pop("applyExpect", UNSET)

        apply_payment = d.pop("applyPayment", UNSET)

        apply_reason = d.pop("applyReason", UNSET)

        apply_reason_id = d.pop("applyReasonId", UNSET)

        apply_sub_reason = d.pop("applySubReason", UNSET)

        apply_sub_reason_id = d.pop("applySubReasonId", UNSET)

        buyer_alipay_id = d.pop("buyerAlipayId", UNSET)

        buyer_logistics_name = d.pop("buyerLogisticsName", UNSET)

        buyer_member_id = d.pop("buyerMemberId", UNSET)

        buyer_send_goods = d.pop("buyerSendGoods", UNSET)

        buyer_user_id = d.pop("buyerUserId", UNSET)

        alibaba_refund_info_data = cls(
            id=id,
            create_by=create_by,
            create_by_id=create_by_id,
            create_time=create_time,
            update_by=update_by,
            update_by_id=update_by_id,
            update_time=update_time,
            remark=remark,
            alipay_payment_id=alipay_payment_id,
            apply_carriage=apply_carriage,
            apply_expect=apply_expect,
            apply_payment=apply_payment,
            apply_reason=apply_reason,
            apply_reason_id=apply_reason_id,
            apply_sub_reason=apply_sub_reason,
            apply_sub_reason_id=apply_sub_reason_id,
            buyer_alipay_id=buyer_alipay_id,
            buyer_logistics_name=buyer_logistics_name,
            buyer_member_id=buyer_member_id,
            buyer_send_goods=buyer_send_goods,
            buyer_user_id=buyer_user_id,
        )

        alibaba_refund_info_data.additional_properties = d
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
