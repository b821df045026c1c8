# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaRefundReturnGoodsRequest")


@_attrs_define
class AlibabaRefundReturnGoodsRequest:
    """Body of the buyer's return-shipment submission.

    Attributes:
        logistics_company_no (str): The logistics company's code
        freight_bill (str): The waybill number
        refund_id (str | Unset): 退款单号,TQ开头 (refund number, starts with TQ)
        description (None | str | Unset): Description (optional).
        vouchers (list[str] | None | Unset): Vouchers (optional).
    """

    logistics_company_no: str
    freight_bill: str
    refund_id: str | Unset = UNSET
    description: str | Unset | None = UNSET
    vouchers: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_company_no = self.logistics_company_no

        freight_bill = self.freight_bill

        refund_id = self.refund_id

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        vouchers: list[str] | Unset | None
        if isinstance(self.vouchers, Unset):
            vouchers = UNSET
        elif isinstance(self.vouchers, list):
            vouchers = self.vouchers

        else:
            vouchers = self.vouchers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logisticsCompanyNo": logistics_company_no,
                "freightBill": freight_bill,
            }
        )
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if description is not UNSET:
            field_dict["description"] = description
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_company_no = d.pop("logisticsCompanyNo")

        freight_bill = d.pop("freightBill")

        refund_id = d.pop("refundId", UNSET)

        description = d.pop("description", UNSET)

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

        alibaba_refund_return_goods_request = cls(
            logistics_company_no=logistics_company_no,
            freight_bill=freight_bill,
            refund_id=refund_id,
            description=description,
            vouchers=vouchers,
        )

        alibaba_refund_return_goods_request.additional_properties = d
        return alibaba_refund_return_goods_request

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
