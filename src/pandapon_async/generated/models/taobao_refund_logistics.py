# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundLogistics")


@_attrs_define
class TaobaoRefundLogistics:
    """Return logistics of a reverse order (fields from the query and cancel examples).

    Attributes:
        receiver_address (str | TaobaoRefundReceiverAddress | None): Return receiver address: an object `{detailAddress, phone, receiver}` or a string; both are
            accepted.
        return_goods_desc (str | None): Return-goods description
        buyer_phone (str | None): Buyer's phone
        logistics_company (TaobaoRefundLogisticsCompany | None): Return carrier
        logistics_no (str | None): Return tracking number (only in the cancel example)
        seller_agree_return_describe (str | None): Seller's note when agreeing to the return
    """

    receiver_address: str | TaobaoRefundReceiverAddress | None = None
    return_goods_desc: str | None = None
    buyer_phone: str | None = None
    logistics_company: TaobaoRefundLogisticsCompany | None = None
    logistics_no: str | None = None
    seller_agree_return_describe: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        receiver_address: object = self.receiver_address
        if receiver_address is not None or "receiverAddress" in present:
            field_dict["receiverAddress"] = (
                receiver_address.to_dict()
                if isinstance(receiver_address, TaobaoRefundReceiverAddress)
                else receiver_address
            )
        if self.return_goods_desc is not None or "returnGoodsDesc" in present:
            field_dict["returnGoodsDesc"] = self.return_goods_desc
        if self.buyer_phone is not None or "buyerPhone" in present:
            field_dict["buyerPhone"] = self.buyer_phone
        logistics_company: object = self.logistics_company
        if logistics_company is not None or "logisticsCompany" in present:
            field_dict["logisticsCompany"] = (
                logistics_company.to_dict()
                if isinstance(logistics_company, TaobaoRefundLogisticsCompany)
                else logistics_company
            )
        if self.logistics_no is not None or "logisticsNo" in present:
            field_dict["logisticsNo"] = self.logistics_no
        if self.seller_agree_return_describe is not None or "sellerAgreeReturnDescribe" in present:
            field_dict["sellerAgreeReturnDescribe"] = self.seller_agree_return_describe
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _receiver_address = d.pop("receiverAddress", None)
        receiver_address = (
            TaobaoRefundReceiverAddress.from_dict(_receiver_address)
            if _receiver_address.__class__ is dict
            else _receiver_address
        )
        return_goods_desc = d.pop("returnGoodsDesc", None)
        buyer_phone = d.pop("buyerPhone", None)
        _logistics_company = d.pop("logisticsCompany", None)
        logistics_company = (
            TaobaoRefundLogisticsCompany.from_dict(_logistics_company)
            if _logistics_company.__class__ is dict
            else _logistics_company
        )
        logistics_no = d.pop("logisticsNo", None)
        seller_agree_return_describe = d.pop("sellerAgreeReturnDescribe", None)
        taobao_refund_logistics = cls(
            receiver_address,
            return_goods_desc,
            buyer_phone,
            logistics_company,
            logistics_no,
            seller_agree_return_describe,
        )
        taobao_refund_logistics.additional_properties = d
        taobao_refund_logistics._present = tuple(src_dict)
        return taobao_refund_logistics

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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.taobao_refund_logistics_company import TaobaoRefundLogisticsCompany  # noqa: E402
from ..models.taobao_refund_receiver_address import TaobaoRefundReceiverAddress  # noqa: E402
