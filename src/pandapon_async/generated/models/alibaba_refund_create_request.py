# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_refund_order_entry_count import AlibabaRefundOrderEntryCount


T = TypeVar("T", bound="AlibabaRefundCreateRequest")


@_attrs_define
class AlibabaRefundCreateRequest:
    """Body of the 1688 refund / return application (same fields on the v1 and v2 paths).

    Attributes:
        order_id (int | str): A 64-bit 1688 order or sub-order id, sent as a JSON integer or as the string of its
            decimal digits. Ids exceed 2^53 (e.g. 2542285634920880794): integers that large are exact in Python, but a
            JavaScript number rounds them, so JavaScript callers send the string form (or serialise with a BigInt-aware JSON
            library).
        dispute_request (str): Dispute request type (required); the allowed values are not stated.
        apply_payment (int): Requested refund (required; an amount, unit not stated).
        apply_carriage (int): Requested freight refund (required; an amount, unit not stated).
        apply_reason_id (int): Refund reason id (required).
        description (str): Description of the request (required).
        goods_status (str): Goods status (required); the allowed values are not stated.
        order_entry_ids (list[int | str] | Unset): 子订单id (sub-order ids)
        vouchers (list[str] | None | Unset): Vouchers (optional).
        order_entry_count_list (list[AlibabaRefundOrderEntryCount] | None | Unset): Quantities per sub-order (optional;
            `OrderEntryCount[]`).
    """

    order_id: int | str
    dispute_request: str
    apply_payment: int
    apply_carriage: int
    apply_reason_id: int
    description: str
    goods_status: str
    order_entry_ids: list[int | str] | Unset = UNSET
    vouchers: list[str] | Unset | None = UNSET
    order_entry_count_list: list[AlibabaRefundOrderEntryCount] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | str
        order_id = self.order_id

        dispute_request = self.dispute_request

        apply_payment = self.apply_payment

        apply_carriage = self.apply_carriage

        apply_reason_id = self.apply_reason_id

        description = self.description

        goods_status = self.goods_status

        order_entry_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.order_entry_ids, Unset):
            order_entry_ids = []
            for order_entry_ids_item_data in self.order_entry_ids:
                order_entry_ids_item: int | str
                order_entry_ids_item = order_entry_ids_item_data
                order_entry_ids.append(order_entry_ids_item)

        vouchers: list[str] | Unset | None
        if isinstance(self.vouchers, Unset):
            vouchers = UNSET
        elif isinstance(self.vouchers, list):
            vouchers = self.vouchers

        else:
            vouchers = self.vouchers

        order_entry_count_list: list[dict[str, Any]] | Unset | None
        if isinstance(self.order_entry_count_list, Unset):
            order_entry_count_list = UNSET
        elif isinstance(self.order_entry_count_list, list):
            order_entry_count_list = []
            for order_entry_count_list_type_0_item_data in self.order_entry_count_list:
                order_entry_count_list_type_0_item = order_entry_count_list_type_0_item_data.to_dict()
                order_entry_count_list.append(order_entry_count_list_type_0_item)

        else:
            order_entry_count_list = self.order_entry_count_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "disputeRequest": dispute_request,
                "applyPayment": apply_payment,
                "applyCarriage": apply_carriage,
                "applyReasonId": apply_reason_id,
                "description": description,
                "goodsStatus": goods_status,
            }
        )
        if order_entry_ids is not UNSET:
            field_dict["orderEntryIds"] = order_entry_ids
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if order_entry_count_list is not UNSET:
            field_dict["orderEntryCountList"] = order_entry_count_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_refund_order_entry_count import AlibabaRefundOrderEntryCount

        d = dict(src_dict)
        order_id = d.pop("orderId")

        dispute_request = d.pop("disputeRequest")

        apply_payment = d.pop("applyPayment")

        apply_carriage = d.pop("applyCarriage")

        apply_reason_id = d.pop("applyReasonId")

        description = d.pop("description")

        goods_status = d.pop("goodsStatus")

        _order_entry_ids = d.pop("orderEntryIds", UNSET)
        order_entry_ids: list[int | str] | Unset = UNSET
        if _order_entry_ids is not UNSET:
            order_entry_ids = []
            for order_entry_ids_item_data in _order_entry_ids:
                order_entry_ids_item = order_entry_ids_item_data

                order_entry_ids.append(order_entry_ids_item)

        def _parse_vouchers(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vouchers_type_0 = cast(list[str], data)

                return vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vouchers = _parse_vouchers(d.pop("vouchers", UNSET))

        def _parse_order_entry_count_list(data: object) -> list[AlibabaRefundOrderEntryCount] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_entry_count_list_type_0 = []
                _order_entry_count_list_type_0 = data
                for order_entry_count_list_type_0_item_data in _order_entry_count_list_type_0:
                    order_entry_count_list_type_0_item = AlibabaRefundOrderEntryCount.from_dict(
                        order_entry_count_list_type_0_item_data
                    )

                    order_entry_count_list_type_0.append(order_entry_count_list_type_0_item)

                return order_entry_count_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaRefundOrderEntryCount] | None | Unset, data)

        order_entry_count_list = _parse_order_entry_count_list(d.pop("orderEntryCountList", UNSET))

        alibaba_refund_create_request = cls(
            order_id=order_id,
            dispute_request=dispute_request,
            apply_payment=apply_payment,
            apply_carriage=apply_carriage,
            apply_reason_id=apply_reason_id,
            description=description,
            goods_status=goods_status,
            order_entry_ids=order_entry_ids,
            vouchers=vouchers,
            order_entry_count_list=order_entry_count_list,
        )

        alibaba_refund_create_request.additional_properties = d
        return alibaba_refund_create_request

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
