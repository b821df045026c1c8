# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="CallbackTaobaoSubOrder")


@_attrs_define
class CallbackTaobaoSubOrder:
    """One sub-order of the Taobao price message (snake_case keys, unlike the envelope); further fields arrive in
    `additional_properties`.

        Attributes:
            purchase_order_outer_id (int | str | None): Purchase order outer id ("74" in the example).
            purchase_order_line_outer_id (int | str | None): Purchase order line outer id ("50" in the example).
            close_time_without_payment (str | None): Close time when unpaid ("2002-07-21 12:14:43" in the example; time zone not stated).
            detail_error_code (int | str | None): Detail error code ("95" in the example).
            product_amount (int | str | None): Product amount ("69", a string, in the example; unit not stated).
            logistic_company_name (str | None): Logistics company name.
            logistic_number (str | None): Logistics (tracking) number ("10" in the example).
            quantity (int | None): Quantity.
    """

    purchase_order_outer_id: int | str | None = None
    purchase_order_line_outer_id: int | str | None = None
    close_time_without_payment: str | None = None
    detail_error_code: int | str | None = None
    product_amount: int | str | None = None
    logistic_company_name: str | None = None
    logistic_number: str | None = None
    quantity: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.purchase_order_outer_id is not None or "purchase_order_outer_id" in present:
            field_dict["purchase_order_outer_id"] = self.purchase_order_outer_id
        if self.purchase_order_line_outer_id is not None or "purchase_order_line_outer_id" in present:
            field_dict["purchase_order_line_outer_id"] = self.purchase_order_line_outer_id
        if self.close_time_without_payment is not None or "close_time_without_payment" in present:
            field_dict["close_time_without_payment"] = self.close_time_without_payment
        if self.detail_error_code is not None or "detail_error_code" in present:
            field_dict["detail_error_code"] = self.detail_error_code
        if self.product_amount is not None or "product_amount" in present:
            field_dict["product_amount"] = self.product_amount
        if self.logistic_company_name is not None or "logistic_company_name" in present:
            field_dict["logistic_company_name"] = self.logistic_company_name
        if self.logistic_number is not None or "logistic_number" in present:
            field_dict["logistic_number"] = self.logistic_number
        if self.quantity is not None or "quantity" in present:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        purchase_order_outer_id = d.pop("purchase_order_outer_id", None)
        purchase_order_line_outer_id = d.pop("purchase_order_line_outer_id", None)
        close_time_without_payment = d.pop("close_time_without_payment", None)
        detail_error_code = d.pop("detail_error_code", None)
        product_amount = d.pop("product_amount", None)
        logistic_company_name = d.pop("logistic_company_name", None)
        logistic_number = d.pop("logistic_number", None)
        quantity = d.pop("quantity", None)
        callback_taobao_sub_order = cls(
            purchase_order_outer_id,
            purchase_order_line_outer_id,
            close_time_without_payment,
            detail_error_code,
            product_amount,
            logistic_company_name,
            logistic_number,
            quantity,
        )
        callback_taobao_sub_order.additional_properties = d
        callback_taobao_sub_order._present = tuple(src_dict)
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
