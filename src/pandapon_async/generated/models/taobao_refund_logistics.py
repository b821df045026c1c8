# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
    from ..models.taobao_refund_receiver_address import TaobaoRefundReceiverAddress


T = TypeVar("T", bound="TaobaoRefundLogistics")


@_attrs_define
class TaobaoRefundLogistics:
    """Return logistics of a reverse order (fields from the query and cancel examples).

    Attributes:
        receiver_address (None | str | TaobaoRefundReceiverAddress | Unset): Return receiver address: an object
            `{detailAddress, phone, receiver}` or a string; both are accepted.
        return_goods_desc (None | str | Unset): Return-goods description
        buyer_phone (None | str | Unset): Buyer's phone
        logistics_company (None | TaobaoRefundLogisticsCompany | Unset): Return carrier
        logistics_no (None | str | Unset): Return tracking number (only in the cancel example)
        seller_agree_return_describe (None | str | Unset): Seller's note when agreeing to the return
    """

    receiver_address: str | TaobaoRefundReceiverAddress | Unset | None = UNSET
    return_goods_desc: str | Unset | None = UNSET
    buyer_phone: str | Unset | None = UNSET
    logistics_company: TaobaoRefundLogisticsCompany | Unset | None = UNSET
    logistics_no: str | Unset | None = UNSET
    seller_agree_return_describe: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
        from ..models.taobao_refund_receiver_address import TaobaoRefundReceiverAddress

        receiver_address: dict[str, Any] | str | Unset | None
        if isinstance(self.receiver_address, Unset):
            receiver_address = UNSET
        elif isinstance(self.receiver_address, TaobaoRefundReceiverAddress):
            receiver_address = self.receiver_address.to_dict()
        else:
            receiver_address = self.receiver_address

        return_goods_desc: str | Unset | None
        if isinstance(self.return_goods_desc, Unset):
            return_goods_desc = UNSET
        else:
            return_goods_desc = self.return_goods_desc

        buyer_phone: str | Unset | None
        if isinstance(self.buyer_phone, Unset):
            buyer_phone = UNSET
        else:
            buyer_phone = self.buyer_phone

        logistics_company: dict[str, Any] | Unset | None
        if isinstance(self.logistics_company, Unset):
            logistics_company = UNSET
        elif isinstance(self.logistics_company, TaobaoRefundLogisticsCompany):
            logistics_company = self.logistics_company.to_dict()
        else:
            logistics_company = self.logistics_company

        logistics_no: str | Unset | None
        if isinstance(self.logistics_no, Unset):
            logistics_no = UNSET
        else:
            logistics_no = self.logistics_no

        seller_agree_return_describe: str | Unset | None
        if isinstance(self.seller_agree_return_describe, Unset):
            seller_agree_return_describe = UNSET
        else:
            seller_agree_return_describe = self.seller_agree_return_describe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if return_goods_desc is not UNSET:
            field_dict["returnGoodsDesc"] = return_goods_desc
        if buyer_phone is not UNSET:
            field_dict["buyerPhone"] = buyer_phone
        if logistics_company is not UNSET:
            field_dict["logisticsCompany"] = logistics_company
        if logistics_no is not UNSET:
            field_dict["logisticsNo"] = logistics_no
        if seller_agree_return_describe is not UNSET:
            field_dict["sellerAgreeReturnDescribe"] = seller_agree_return_describe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
        from ..models.taobao_refund_receiver_address import TaobaoRefundReceiverAddress

        d = dict(src_dict)

        def _parse_receiver_address(data: object) -> str | TaobaoRefundReceiverAddress | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_address_type_0 = TaobaoRefundReceiverAddress.from_dict(data)

                return receiver_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaobaoRefundReceiverAddress | Unset, data)

        receiver_address = _parse_receiver_address(d.pop("receiverAddress", UNSET))

        return_goods_desc = d.pop("returnGoodsDesc", UNSET)

        buyer_phone = d.pop("buyerPhone", UNSET)

        def _parse_logistics_company(data: object) -> TaobaoRefundLogisticsCompany | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logistics_company_type_0 = TaobaoRefundLogisticsCompany.from_dict(data)

                return logistics_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundLogisticsCompany | Unset, data)

        logistics_company = _parse_logistics_company(d.pop("logisticsCompany", UNSET))

        logistics_no = d.pop("logisticsNo", UNSET)

        seller_agree_return_describe = d.pop("sellerAgreeReturnDescribe", UNSET)

        taobao_refund_logistics = cls(
            receiver_address=receiver_address,
            return_goods_desc=return_goods_desc,
            buyer_phone=buyer_phone,
            logistics_company=logistics_company,
            logistics_no=logistics_no,
            seller_agree_return_describe=seller_agree_return_describe,
        )

        taobao_refund_logistics.additional_properties = d
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
