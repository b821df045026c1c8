# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_alibaba_base_info import CallbackAlibabaBaseInfo
    from ..models.callback_alibaba_customs import CallbackAlibabaCustoms
    from ..models.callback_alibaba_ext_attribute import CallbackAlibabaExtAttribute
    from ..models.callback_alibaba_guarantees_terms import CallbackAlibabaGuaranteesTerms
    from ..models.callback_alibaba_native_logistics import CallbackAlibabaNativeLogistics
    from ..models.callback_alibaba_order_biz_info import CallbackAlibabaOrderBizInfo
    from ..models.callback_alibaba_order_invoice_info import CallbackAlibabaOrderInvoiceInfo
    from ..models.callback_alibaba_order_rate_info import CallbackAlibabaOrderRateInfo
    from ..models.callback_alibaba_overseas_extra_address import CallbackAlibabaOverseasExtraAddress
    from ..models.callback_alibaba_product_item import CallbackAlibabaProductItem
    from ..models.callback_alibaba_trade_term import CallbackAlibabaTradeTerm


T = TypeVar("T", bound="CallbackAlibabaOrderPriceModifyBody")


@_attrs_define
class CallbackAlibabaOrderPriceModifyBody:
    """Body of the 1688 order price modification message. It looks like a 1688 order-detail object.

    Attributes:
        guarantees_terms (CallbackAlibabaGuaranteesTerms | None | Unset): 保障条款 (guarantee terms)
        native_logistics (CallbackAlibabaNativeLogistics | None | Unset): Domestic (China) logistics of the order.
        product_items (list[CallbackAlibabaProductItem] | None | Unset): 商品条目信息 (product lines; 35 fields each, not
            shown)
        trade_terms (list[CallbackAlibabaTradeTerm] | None | Unset): 交易条款 (trade terms; 10 fields each, not shown)
        ext_attributes (list[CallbackAlibabaExtAttribute] | None | Unset): 订单扩展属性 (order extension attributes; 3 fields
            each, not shown)
        order_rate_info (CallbackAlibabaOrderRateInfo | None | Unset): 订单评价信息 (order rating)
        order_invoice_info (CallbackAlibabaOrderInvoiceInfo | None | Unset): 发票信息 (invoice)
        customs (CallbackAlibabaCustoms | None | Unset): 跨境报关信息 (cross-border customs declaration)
        overseas_extra_address (CallbackAlibabaOverseasExtraAddress | None | Unset): 跨境地址扩展信息 (cross-border address
            extension)
        base_info (CallbackAlibabaBaseInfo | None | Unset): 订单基础信息 (order base information)
        order_biz_info (CallbackAlibabaOrderBizInfo | None | Unset): 订单… (order business information)
    """

    guarantees_terms: CallbackAlibabaGuaranteesTerms | Unset | None = UNSET
    native_logistics: CallbackAlibabaNativeLogistics | Unset | None = UNSET
    product_items: list[CallbackAlibabaProductItem] | Unset | None = UNSET
    trade_terms: list[CallbackAlibabaTradeTerm] | Unset | None = UNSET
    ext_attributes: list[CallbackAlibabaExtAttribute] | Unset | None = UNSET
    order_rate_info: CallbackAlibabaOrderRateInfo | Unset | None = UNSET
    order_invoice_info: CallbackAlibabaOrderInvoiceInfo | Unset | None = UNSET
    customs: CallbackAlibabaCustoms | Unset | None = UNSET
    overseas_extra_address: CallbackAlibabaOverseasExtraAddress | Unset | None = UNSET
    base_info: CallbackAlibabaBaseInfo | Unset | None = UNSET
    order_biz_info: CallbackAlibabaOrderBizInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callback_alibaba_base_info import CallbackAlibabaBaseInfo
        from ..models.callback_alibaba_customs import CallbackAlibabaCustoms
        from ..models.callback_alibaba_guarantees_terms import CallbackAlibabaGuaranteesTerms
        from ..models.callback_alibaba_native_logistics import CallbackAlibabaNativeLogistics
        from ..models.callback_alibaba_order_biz_info import CallbackAlibabaOrderBizInfo
        from ..models.callback_alibaba_order_invoice_info import CallbackAlibabaOrderInvoiceInfo
        from ..models.callback_alibaba_order_rate_info import CallbackAlibabaOrderRateInfo
        from ..models.callback_alibaba_overseas_extra_address import CallbackAlibabaOverseasExtraAddress

        guarantees_terms: dict[str, Any] | Unset | None
        if isinstance(self.guarantees_terms, Unset):
            guarantees_terms = UNSET
        elif isinstance(self.guarantees_terms, CallbackAlibabaGuaranteesTerms):
            guarantees_terms = self.guarantees_terms.to_dict()
        else:
            guarantees_terms = self.guarantees_terms

        native_logistics: dict[str, Any] | Unset | None
        if isinstance(self.native_logistics, Unset):
            native_logistics = UNSET
        elif isinstance(self.native_logistics, CallbackAlibabaNativeLogistics):
            native_logistics = self.native_logistics.to_dict()
        else:
            native_logistics = self.native_logistics

        product_items: list[dict[str, Any]] | Unset | None
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = product_items_type_0_item_data.to_dict()
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

        trade_terms: list[dict[str, Any]] | Unset | None
        if isinstance(self.trade_terms, Unset):
            trade_terms = UNSET
        elif isinstance(self.trade_terms, list):
            trade_terms = []
            for trade_terms_type_0_item_data in self.trade_terms:
                trade_terms_type_0_item = trade_terms_type_0_item_data.to_dict()
                trade_terms.append(trade_terms_type_0_item)

        else:
            trade_terms = self.trade_terms

        ext_attributes: list[dict[str, Any]] | Unset | None
        if isinstance(self.ext_attributes, Unset):
            ext_attributes = UNSET
        elif isinstance(self.ext_attributes, list):
            ext_attributes = []
            for ext_attributes_type_0_item_data in self.ext_attributes:
                ext_attributes_type_0_item = ext_attributes_type_0_item_data.to_dict()
                ext_attributes.append(ext_attributes_type_0_item)

        else:
            ext_attributes = self.ext_attributes

        order_rate_info: dict[str, Any] | Unset | None
        if isinstance(self.order_rate_info, Unset):
            order_rate_info = UNSET
        elif isinstance(self.order_rate_info, CallbackAlibabaOrderRateInfo):
            order_rate_info = self.order_rate_info.to_dict()
        else:
            order_rate_info = self.order_rate_info

        order_invoice_info: dict[str, Any] | Unset | None
        if isinstance(self.order_invoice_info, Unset):
            order_invoice_info = UNSET
        elif isinstance(self.order_invoice_info, CallbackAlibabaOrderInvoiceInfo):
            order_invoice_info = self.order_invoice_info.to_dict()
        else:
            order_invoice_info = self.order_invoice_info

        customs: dict[str, Any] | Unset | None
        if isinstance(self.customs, Unset):
            customs = UNSET
        elif isinstance(self.customs, CallbackAlibabaCustoms):
            customs = self.customs.to_dict()
        else:
            customs = self.customs

        overseas_extra_address: dict[str, Any] | Unset | None
        if isinstance(self.overseas_extra_address, Unset):
            overseas_extra_address = UNSET
        elif isinstance(self.overseas_extra_address, CallbackAlibabaOverseasExtraAddress):
            overseas_extra_address = self.overseas_extra_address.to_dict()
        else:
            overseas_extra_address = self.overseas_extra_address

        base_info: dict[str, Any] | Unset | None
        if isinstance(self.base_info, Unset):
            base_info = UNSET
        elif isinstance(self.base_info, CallbackAlibabaBaseInfo):
            base_info = self.base_info.to_dict()
        else:
            base_info = self.base_info

        order_biz_info: dict[str, Any] | Unset | None
        if isinstance(self.order_biz_info, Unset):
            order_biz_info = UNSET
        elif isinstance(self.order_biz_info, CallbackAlibabaOrderBizInfo):
            order_biz_info = self.order_biz_info.to_dict()
        else:
            order_biz_info = self.order_biz_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guarantees_terms is not UNSET:
            field_dict["guaranteesTerms"] = guarantees_terms
        if native_logistics is not UNSET:
            field_dict["nativeLogistics"] = native_logistics
        if product_items is not UNSET:
            field_dict["productItems"] = product_items
        if trade_terms is not UNSET:
            field_dict["tradeTerms"] = trade_terms
        if ext_attributes is not UNSET:
            field_dict["extAttributes"] = ext_attributes
        if order_rate_info is not UNSET:
            field_dict["orderRateInfo"] = order_rate_info
        if order_invoice_info is not UNSET:
            field_dict["orderInvoiceInfo"] = order_invoice_info
        if customs is not UNSET:
            field_dict["customs"] = customs
        if overseas_extra_address is not UNSET:
            field_dict["overseasExtraAddress"] = overseas_extra_address
        if base_info is not UNSET:
            field_dict["baseInfo"] = base_info
        if order_biz_info is not UNSET:
            field_dict["orderBizInfo"] = order_biz_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_alibaba_base_info import CallbackAlibabaBaseInfo
        from ..models.callback_alibaba_customs import CallbackAlibabaCustoms
        from ..models.callback_alibaba_ext_attribute import CallbackAlibabaExtAttribute
        from ..models.callback_alibaba_guarantees_terms import CallbackAlibabaGuaranteesTerms
        from ..models.callback_alibaba_native_logistics import CallbackAlibabaNativeLogistics
        from ..models.callback_alibaba_order_biz_info import CallbackAlibabaOrderBizInfo
        from ..models.callback_alibaba_order_invoice_info import CallbackAlibabaOrderInvoiceInfo
        from ..models.callback_alibaba_order_rate_info import CallbackAlibabaOrderRateInfo
        from ..models.callback_alibaba_overseas_extra_address import CallbackAlibabaOverseasExtraAddress
        from ..models.callback_alibaba_product_item import CallbackAlibabaProductItem
        from ..models.callback_alibaba_trade_term import CallbackAlibabaTradeTerm

        d = dict(src_dict)

        def _parse_guarantees_terms(data: object) -> CallbackAlibabaGuaranteesTerms | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantees_terms_type_0 = CallbackAlibabaGuaranteesTerms.from_dict(data)

                return guarantees_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaGuaranteesTerms | None | Unset, data)

        guarantees_terms = _parse_guarantees_terms(d.pop("guaranteesTerms", UNSET))

        def _parse_native_logistics(data: object) -> CallbackAlibabaNativeLogistics | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                native_logistics_type_0 = CallbackAlibabaNativeLogistics.from_dict(data)

                return native_logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaNativeLogistics | None | Unset, data)

        native_logistics = _parse_native_logistics(d.pop("nativeLogistics", UNSET))

        def _parse_product_items(data: object) -> list[CallbackAlibabaProductItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = CallbackAlibabaProductItem.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallbackAlibabaProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("productItems", UNSET))

        def _parse_trade_terms(data: object) -> list[CallbackAlibabaTradeTerm] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_terms_type_0 = []
                _trade_terms_type_0 = data
                for trade_terms_type_0_item_data in _trade_terms_type_0:
                    trade_terms_type_0_item = CallbackAlibabaTradeTerm.from_dict(trade_terms_type_0_item_data)

                    trade_terms_type_0.append(trade_terms_type_0_item)

                return trade_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallbackAlibabaTradeTerm] | None | Unset, data)

        trade_terms = _parse_trade_terms(d.pop("tradeTerms", UNSET))

        def _parse_ext_attributes(data: object) -> list[CallbackAlibabaExtAttribute] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ext_attributes_type_0 = []
                _ext_attributes_type_0 = data
                for ext_attributes_type_0_item_data in _ext_attributes_type_0:
                    ext_attributes_type_0_item = CallbackAlibabaExtAttribute.from_dict(ext_attributes_type_0_item_data)

                    ext_attributes_type_0.append(ext_attributes_type_0_item)

                return ext_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallbackAlibabaExtAttribute] | None | Unset, data)

        ext_attributes = _parse_ext_attributes(d.pop("extAttributes", UNSET))

        def _parse_order_rate_info(data: object) -> CallbackAlibabaOrderRateInfo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_rate_info_type_0 = CallbackAlibabaOrderRateInfo.from_dict(data)

                return order_rate_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaOrderRateInfo | None | Unset, data)

        order_rate_info = _parse_order_rate_info(d.pop("orderRateInfo", UNSET))

        def _parse_order_invoice_info(data: object) -> CallbackAlibabaOrderInvoiceInfo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_invoice_info_type_0 = CallbackAlibabaOrderInvoiceInfo.from_dict(data)

                return order_invoice_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaOrderInvoiceInfo | None | Unset, data)

        order_invoice_info = _parse_order_invoice_info(d.pop("orderInvoiceInfo", UNSET))

        def _parse_customs(data: object) -> CallbackAlibabaCustoms | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customs_type_0 = CallbackAlibabaCustoms.from_dict(data)

                return customs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaCustoms | None | Unset, data)

        customs = _parse_customs(d.pop("customs", UNSET))

        def _parse_overseas_extra_address(data: object) -> CallbackAlibabaOverseasExtraAddress | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overseas_extra_address_type_0 = CallbackAlibabaOverseasExtraAddress.from_dict(data)

                return overseas_extra_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaOverseasExtraAddress | None | Unset, data)

        overseas_extra_address = _parse_overseas_extra_address(d.pop("overseasExtraAddress", UNSET))

        def _parse_base_info(data: object) -> CallbackAlibabaBaseInfo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_info_type_0 = CallbackAlibabaBaseInfo.from_dict(data)

                return base_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaBaseInfo | None | Unset, data)

        base_info = _parse_base_info(d.pop("baseInfo", UNSET))

        def _parse_order_biz_info(data: object) -> CallbackAlibabaOrderBizInfo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_biz_info_type_0 = CallbackAlibabaOrderBizInfo.from_dict(data)

                return order_biz_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAlibabaOrderBizInfo | None | Unset, data)

        order_biz_info = _parse_order_biz_info(d.pop("orderBizInfo", UNSET))

        callback_alibaba_order_price_modify_body = cls(
            guarantees_terms=guarantees_terms,
            native_logistics=native_logistics,
            product_items=product_items,
            trade_terms=trade_terms,
            ext_attributes=ext_attributes,
            order_rate_info=order_rate_info,
            order_invoice_info=order_invoice_info,
            customs=customs,
            overseas_extra_address=overseas_extra_address,
            base_info=base_info,
            order_biz_info=order_biz_info,
        )

        callback_alibaba_order_price_modify_body.additional_properties = d
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
