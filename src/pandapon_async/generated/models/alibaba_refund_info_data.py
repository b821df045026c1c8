from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaRefundInfoData")


@_attrs_define
class AlibabaRefundInfoData:
    """A 1688 after-sales record (`AlibabaRefundInfo`). The page's field list is cut off after `buyerUserId`;
    the remaining fields arrive as additional properties.

        Attributes:
            id (int | None | str | Unset): No description on the page
            create_by (None | str | Unset): No description on the page
            create_by_id (int | None | str | Unset): No description on the page
            create_time (None | str | Unset): No description on the page
            update_by (None | str | Unset): No description on the page
            update_by_id (int | None | str | Unset): No description on the page
            update_time (None | str | Unset): No description on the page
            remark (None | str | Unset): No description on the page
            alipay_payment_id (None | str | Unset): 支付宝交易号 (Alipay transaction number)
            apply_carriage (int | None | Unset): No description on the page (an amount; unit not stated)
            apply_expect (int | None | Unset): No description on the page (an amount; unit not stated)
            apply_payment (int | None | Unset): No description on the page (an amount; unit not stated)
            apply_reason (None | str | Unset): 申请原因 (reason for the application)
            apply_reason_id (int | None | str | Unset): 申请原因ID (reason id)
            apply_sub_reason (None | str | Unset): 二级退款原因 (secondary refund reason)
            apply_sub_reason_id (int | None | str | Unset): 二级退款原因Id (secondary refund reason id)
            buyer_alipay_id (None | str | Unset): 买家支付宝ID (buyer's Alipay id)
            buyer_logistics_name (None | str | Unset): 买家退货物流公司名 (the buyer's return logistics company)
            buyer_member_id (None | str | Unset): 买家会员ID (buyer's member id)
            buyer_send_goods (bool | None | Unset): No description on the page
            buyer_user_id (int | None | str | Unset): No description on the page (the field list is cut off here, inside its
                type "intege…")
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

        def _parse_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_create_by(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_by = _parse_create_by(d.pop("createBy", UNSET))

        def _parse_create_by_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        create_by_id = _parse_create_by_id(d.pop("createById", UNSET))

        def _parse_create_time(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        def _parse_update_by(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_by = _parse_update_by(d.pop("updateBy", UNSET))

        def _parse_update_by_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        update_by_id = _parse_update_by_id(d.pop("updateById", UNSET))

        def _parse_update_time(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_time = _parse_update_time(d.pop("updateTime", UNSET))

        def _parse_remark(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remark = _parse_remark(d.pop("remark", UNSET))

        def _parse_alipay_payment_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alipay_payment_id = _parse_alipay_payment_id(d.pop("alipayPaymentId", UNSET))

        def _parse_apply_carriage(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        apply_carriage = _parse_apply_carriage(d.pop("applyCarriage", UNSET))

        def _parse_apply_expect(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        apply_expect = _parse_apply_expect(d.pop("applyExpect", UNSET))

        def _parse_apply_payment(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        apply_payment = _parse_apply_payment(d.pop("applyPayment", UNSET))

        def _parse_apply_reason(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apply_reason = _parse_apply_reason(d.pop("applyReason", UNSET))

        def _parse_apply_reason_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        apply_reason_id = _parse_apply_reason_id(d.pop("applyReasonId", UNSET))

        def _parse_apply_sub_reason(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apply_sub_reason = _parse_apply_sub_reason(d.pop("applySubReason", UNSET))

        def _parse_apply_sub_reason_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        apply_sub_reason_id = _parse_apply_sub_reason_id(d.pop("applySubReasonId", UNSET))

        def _parse_buyer_alipay_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_alipay_id = _parse_buyer_alipay_id(d.pop("buyerAlipayId", UNSET))

        def _parse_buyer_logistics_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_logistics_name = _parse_buyer_logistics_name(d.pop("buyerLogisticsName", UNSET))

        def _parse_buyer_member_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_member_id = _parse_buyer_member_id(d.pop("buyerMemberId", UNSET))

        def _parse_buyer_send_goods(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        buyer_send_goods = _parse_buyer_send_goods(d.pop("buyerSendGoods", UNSET))

        def _parse_buyer_user_id(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        buyer_user_id = _parse_buyer_user_id(d.pop("buyerUserId", UNSET))

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
