# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoRefundListRequest")


@_attrs_define
class TaobaoRefundListRequest:
    """Filter and paging of the reverse-order list (逆向单列表查询).

    Attributes:
        page_size (int): Page size (required)
        refund_id (str | Unset): 逆向单id (reverse-order id), optional filter
        purchase_order_id (str | Unset): Purchase-order id, optional filter
        sales_order_id (str | Unset): Sales-order id, optional filter
        refund_status (int | Unset): Reverse-order status, optional filter; the values are not documented
        refund_start_time (int | Unset): Start of the time range, optional; unit not stated (the example sends
            121312131313)
        refund_end_time (int | Unset): End of the time range, optional; unit not stated (the example sends 3323232)
        page_no (int | Unset): Số trang (page number).
    """

    page_size: int
    refund_id: str | Unset = UNSET
    purchase_order_id: str | Unset = UNSET
    sales_order_id: str | Unset = UNSET
    refund_status: int | Unset = UNSET
    refund_start_time: int | Unset = UNSET
    refund_end_time: int | Unset = UNSET
    page_no: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        refund_id = self.refund_id

        purchase_order_id = self.purchase_order_id

        sales_order_id = self.sales_order_id

        refund_status = self.refund_status

        refund_start_time = self.refund_start_time

        refund_end_time = self.refund_end_time

        page_no = self.page_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageSize": page_size,
            }
        )
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if refund_start_time is not UNSET:
            field_dict["refundStartTime"] = refund_start_time
        if refund_end_time is not UNSET:
            field_dict["refundEndTime"] = refund_end_time
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_size = d.pop("pageSize")

        refund_id = d.pop("refundId", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        sales_order_id = d.pop("salesOrderId", UNSET)

        refund_status = d.pop("refundStatus", UNSET)

        refund_start_time = d.pop("refundStartTime", UNSET)

        refund_end_time = d.pop("refundEndTime", UNSET)

        page_no = d.pop("pageNo", UNSET)

        taobao_refund_list_request = cls(
            page_size=page_size,
            refund_id=refund_id,
            purchase_order_id=purchase_order_id,
            sales_order_id=sales_order_id,
            refund_status=refund_status,
            refund_start_time=refund_start_time,
            refund_end_time=refund_end_time,
            page_no=page_no,
        )

        taobao_refund_list_request.additional_properties = d
        return taobao_refund_list_request

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
