# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="CallbackAlibabaOrderPriceModifyBody")


@_attrs_define
class CallbackAlibabaOrderPriceModifyBody:
    """Body of the 1688 order price modification message. It looks like a 1688 order-detail object.

    Attributes:
        guarantees_terms (CallbackAlibabaGuaranteesTerms | None): 保障条款 (guarantee terms)
        native_logistics (CallbackAlibabaNativeLogistics | None): Domestic (China) logistics of the order.
        product_items (list[CallbackAlibabaProductItem] | None): 商品条目信息 (product lines; 35 fields each, not shown)
        trade_terms (list[CallbackAlibabaTradeTerm] | None): 交易条款 (trade terms; 10 fields each, not shown)
        ext_attributes (list[CallbackAlibabaExtAttribute] | None): 订单扩展属性 (order extension attributes; 3 fields each, not shown)
        order_rate_info (CallbackAlibabaOrderRateInfo | None): 订单评价信息 (order rating)
        order_invoice_info (CallbackAlibabaOrderInvoiceInfo | None): 发票信息 (invoice)
        customs (CallbackAlibabaCustoms | None): 跨境报关信息 (cross-border customs declaration)
        overseas_extra_address (CallbackAlibabaOverseasExtraAddress | None): 跨境地址扩展信息 (cross-border address extension)
        base_info (CallbackAlibabaBaseInfo | None): 订单基础信息 (order base information)
        order_biz_info (CallbackAlibabaOrderBizInfo | None): 订单… (order business information)
    """

    guarantees_terms: CallbackAlibabaGuaranteesTerms | None = None
    native_logistics: CallbackAlibabaNativeLogistics | None = None
    product_items: list[CallbackAlibabaProductItem] | None = None
    trade_terms: list[CallbackAlibabaTradeTerm] | None = None
    ext_attributes: list[CallbackAlibabaExtAttribute] | None = None
    order_rate_info: CallbackAlibabaOrderRateInfo | None = None
    order_invoice_info: CallbackAlibabaOrderInvoiceInfo | None = None
    customs: CallbackAlibabaCustoms | None = None
    overseas_extra_address: CallbackAlibabaOverseasExtraAddress | None = None
    base_info: CallbackAlibabaBaseInfo | None = None
    order_biz_info: CallbackAlibabaOrderBizInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        guarantees_terms: object = self.guarantees_terms
        if guarantees_terms is not None or "guaranteesTerms" in present:
            field_dict["guaranteesTerms"] = (
                guarantees_terms.to_dict()
                if isinstance(guarantees_terms, CallbackAlibabaGuaranteesTerms)
                else guarantees_terms
            )
        native_logistics: object = self.native_logistics
        if native_logistics is not None or "nativeLogistics" in present:
            field_dict["nativeLogistics"] = (
                native_logistics.to_dict()
                if isinstance(native_logistics, CallbackAlibabaNativeLogistics)
                else native_logistics
            )
        product_items: object = self.product_items
        if product_items is not None or "productItems" in present:
            field_dict["productItems"] = (
                [
                    item.to_dict() if isinstance(item, CallbackAlibabaProductItem) else item
                    for item in cast("list[object]", product_items)
                ]
                if isinstance(product_items, list)
                else product_items
            )
        trade_terms: object = self.trade_terms
        if trade_terms is not None or "tradeTerms" in present:
            field_dict["tradeTerms"] = (
                [
                    item.to_dict() if isinstance(item, CallbackAlibabaTradeTerm) else item
                    for item in cast("list[object]", trade_terms)
                ]
                if isinstance(trade_terms, list)
                else trade_terms
            )
        ext_attributes: object = self.ext_attributes
        if ext_attributes is not None or "extAttributes" in present:
            field_dict["extAttributes"] = (
                [
                    item.to_dict() if isinstance(item, CallbackAlibabaExtAttribute) else item
                    for item in cast("list[object]", ext_attributes)
                ]
                if isinstance(ext_attributes, list)
                else ext_attributes
            )
        order_rate_info: object = self.order_rate_info
        if order_rate_info is not None or "orderRateInfo" in present:
            field_dict["orderRateInfo"] = (
                order_rate_info.to_dict()
                if isinstance(order_rate_info, CallbackAlibabaOrderRateInfo)
                else order_rate_info
            )
        order_invoice_info: object = self.order_invoice_info
        if order_invoice_info is not None or "orderInvoiceInfo" in present:
            field_dict["orderInvoiceInfo"] = (
                order_invoice_info.to_dict()
                if isinstance(order_invoice_info, CallbackAlibabaOrderInvoiceInfo)
                else order_invoice_info
            )
        customs: object = self.customs
        if customs is not None or "customs" in present:
            field_dict["customs"] = customs.to_dict() if isinstance(customs, CallbackAlibabaCustoms) else customs
        overseas_extra_address: object = self.overseas_extra_address
        if overseas_extra_address is not None or "overseasExtraAddress" in present:
            field_dict["overseasExtraAddress"] = (
                overseas_extra_address.to_dict()
                if isinstance(overseas_extra_address, CallbackAlibabaOverseasExtraAddress)
                else overseas_extra_address
            )
        base_info: object = self.base_info
        if base_info is not None or "baseInfo" in present:
            field_dict["baseInfo"] = (
                base_info.to_dict() if isinstance(base_info, CallbackAlibabaBaseInfo) else base_info
            )
        order_biz_info: object = self.order_biz_info
        if order_biz_info is not None or "orderBizInfo" in present:
            field_dict["orderBizInfo"] = (
                order_biz_info.to_dict() if isinstance(order_biz_info, CallbackAlibabaOrderBizInfo) else order_biz_info
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _guarantees_terms = d.pop("guaranteesTerms", None)
        guarantees_terms = (
            CallbackAlibabaGuaranteesTerms.from_dict(_guarantees_terms)
            if _guarantees_terms.__class__ is dict
            else _guarantees_terms
        )
        _native_logistics = d.pop("nativeLogistics", None)
        native_logistics = (
            CallbackAlibabaNativeLogistics.from_dict(_native_logistics)
            if _native_logistics.__class__ is dict
            else _native_logistics
        )
        _product_items = d.pop("productItems", None)
        product_items = (
            [CallbackAlibabaProductItem.from_dict(item) if item.__class__ is dict else item for item in _product_items]
            if _product_items.__class__ is list
            else _product_items
        )
        _trade_terms = d.pop("tradeTerms", None)
        trade_terms = (
            [CallbackAlibabaTradeTerm.from_dict(item) if item.__class__ is dict else item for item in _trade_terms]
            if _trade_terms.__class__ is list
            else _trade_terms
        )
        _ext_attributes = d.pop("extAttributes", None)
        ext_attributes = (
            [
                CallbackAlibabaExtAttribute.from_dict(item) if item.__class__ is dict else item
                for item in _ext_attributes
            ]
            if _ext_attributes.__class__ is list
            else _ext_attributes
        )
        _order_rate_info = d.pop("orderRateInfo", None)
        order_rate_info = (
            CallbackAlibabaOrderRateInfo.from_dict(_order_rate_info)
            if _order_rate_info.__class__ is dict
            else _order_rate_info
        )
        _order_invoice_info = d.pop("orderInvoiceInfo", None)
        order_invoice_info = (
            CallbackAlibabaOrderInvoiceInfo.from_dict(_order_invoice_info)
            if _order_invoice_info.__class__ is dict
            else _order_invoice_info
        )
        _customs = d.pop("customs", None)
        customs = CallbackAlibabaCustoms.from_dict(_customs) if _customs.__class__ is dict else _customs
        _overseas_extra_address = d.pop("overseasExtraAddress", None)
        overseas_extra_address = (
            CallbackAlibabaOverseasExtraAddress.from_dict(_overseas_extra_address)
            if _overseas_extra_address.__class__ is dict
            else _overseas_extra_address
        )
        _base_info = d.pop("baseInfo", None)
        base_info = CallbackAlibabaBaseInfo.from_dict(_base_info) if _base_info.__class__ is dict else _base_info
        _order_biz_info = d.pop("orderBizInfo", None)
        order_biz_info = (
            CallbackAlibabaOrderBizInfo.from_dict(_order_biz_info)
            if _order_biz_info.__class__ is dict
            else _order_biz_info
        )
        callback_alibaba_order_price_modify_body = cls(
            guarantees_terms,
            native_logistics,
            product_items,
            trade_terms,
            ext_attributes,
            order_rate_info,
            order_invoice_info,
            customs,
            overseas_extra_address,
            base_info,
            order_biz_info,
        )
        callback_alibaba_order_price_modify_body.additional_properties = d
        callback_alibaba_order_price_modify_body._present = tuple(src_dict)
        return callback_alibaba_order_price_modify_body

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
from ..models.callback_alibaba_base_info import CallbackAlibabaBaseInfo  # noqa: E402
from ..models.callback_alibaba_customs import CallbackAlibabaCustoms  # noqa: E402
from ..models.callback_alibaba_ext_attribute import CallbackAlibabaExtAttribute  # noqa: E402
from ..models.callback_alibaba_guarantees_terms import CallbackAlibabaGuaranteesTerms  # noqa: E402
from ..models.callback_alibaba_native_logistics import CallbackAlibabaNativeLogistics  # noqa: E402
from ..models.callback_alibaba_order_biz_info import CallbackAlibabaOrderBizInfo  # noqa: E402
from ..models.callback_alibaba_order_invoice_info import CallbackAlibabaOrderInvoiceInfo  # noqa: E402
from ..models.callback_alibaba_order_rate_info import CallbackAlibabaOrderRateInfo  # noqa: E402
from ..models.callback_alibaba_overseas_extra_address import CallbackAlibabaOverseasExtraAddress  # noqa: E402
from ..models.callback_alibaba_product_item import CallbackAlibabaProductItem  # noqa: E402
from ..models.callback_alibaba_trade_term import CallbackAlibabaTradeTerm  # noqa: E402
