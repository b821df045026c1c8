# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackTaobaoSubOrder")


@_attrs_define
class CallbackTaobaoSubOrder:
    """One sub-order of the Taobao price message (snake_case keys, unlike the envelope); further fields arrive in
    `additional_properties`.

        Attributes:
            purchase_order_outer_id (int | None | str | Unset): Purchase order outer id ("74" in the example).
            purchase_order_line_outer_id (int | None | str | Unset): Purchase order line outer id ("50" in the example).
            close_time_without_payment (None | str | Unset): Close time when unpaid ("2002-07-21 12:14:43" in the example;
                time zone not stated).
            detail_error_code (int | None | str | Unset): Detail error code ("95" in the example).
            product_amount (int | None | str | Unset): Product amount ("69", a string, in the example; unit not stated).
            logistic_company_name (None | str | Unset): Logistics company name.
            logistic_number (None | str | Unset): Logistics (tracking) number ("10" in the example).
            quantity (int | None | Unset): Quantity.
    """

    purchase_order_outer_id: int | str | Unset | None = UNSET
    purchase_order_line_outer_id: int | str | Unset | None = UNSET
    close_time_without_payment: str | Unset | None = UNSET
    detail_error_code: int | str | Unset | None = UNSET
    product_amount: int | str | Unset | None = UNSET
    logistic_company_name: str | Unset | None = UNSET
    logistic_number: str | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_order_outer_id: int | str | Unset | None
        if isinstance(self.purchase_order_outer_id, Unset):
            purchase_order_outer_id = UNSET
        else:
            purchase_order_outer_id = self.purchase_order_outer_id

        purchase_order_line_outer_id: int | str | Unset | None
        if isinstance(self.purchase_order_line_outer_id, Unset):
            purchase_order_line_outer_id = UNSET
        else:
            purchase_order_line_outer_id = self.purchase_order_line_outer_id

        close_time_without_payment: str | Unset | None
        if isinstance(self.close_time_without_payment, Unset):
            close_time_without_payment = UNSET
        else:
            close_time_without_payment = self.close_time_without_payment

        detail_error_code: int | str | Unset | None
        if isinstance(self.detail_error_code, Unset):
            detail_error_code = UNSET
        else:
            detail_error_code = self.detail_error_code

        product_amount: int | str | Unset | None
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

        logistic_company_name: str | Unset | None
        if isinstance(self.logistic_company_name, Unset):
            logistic_company_name = UNSET
        else:
            logistic_company_name = self.logistic_company_name

        logistic_number: str | Unset | None
        if isinstance(self.logistic_number, Unset):
            logistic_number = UNSET
        else:
            logistic_number = self.logistic_number

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_order_outer_id is not UNSET:
            field_dict["purchase_order_outer_id"] = purchase_order_outer_id
        if purchase_order_line_outer_id is not UNSET:
            field_dict["purchase_order_line_outer_id"] = purchase_order_line_outer_id
        if close_time_without_payment is not UNSET:
            field_dict["close_time_without_payment"] = close_time_without_payment
        if detail_error_code is not UNSET:
            field_dict["detail_error_code"] = detail_error_code
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if logistic_company_name is not UNSET:
            field_dict["logistic_company_name"] = logistic_company_name
        if logistic_number is not UNSET:
            field_dict["logistic_number"] = logistic_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purchase_order_outer_id = d.pop("purchase_order_outer_id", UNSET)

        purchase_order_line_outer_id = d.pop("purchase_order_line_outer_id", UNSET)

        close_time_without_payment = d.pop("close_time_without_payment", UNSET)

        detail_error_code = d.pop("detail_error_code", UNSET)

        product_amount = d.pop("product_amount", UNSET)

        logistic_company_name = d.pop("logistic_company_name", UNSET)

        logistic_number = d.pop("logistic_number", UNSET)

        quantity = d.pop("quantity", UNSET)

        callback_taobao_sub_order = cls(
            purchase_order_outer_id=purchase_order_outer_id,
            purchase_order_line_outer_id=purchase_order_line_outer_id,
            close_time_without_payment=close_time_without_payment,
            detail_error_code=detail_error_code,
            product_amount=product_amount,
            logistic_company_name=logistic_company_name,
            logistic_number=logistic_number,
            quantity=quantity,
        )

        callback_taobao_sub_order.additional_properties = d
        return callback_taobao_sub_order

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
