# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_max_refund_fee import TaobaoRefundMaxRefundFee
    from ..models.taobao_refund_order import TaobaoRefundOrder
    from ..models.taobao_refund_reason import TaobaoRefundReason


T = TypeVar("T", bound="TaobaoRefundOrderTemplate")


@_attrs_define
class TaobaoRefundOrderTemplate:
    """RefundOrderTemplate: the draft reverse order and its limits.

    Attributes:
        refund_reasons (list[TaobaoRefundReason] | None | Unset): Selectable refund reasons
        goods_status_list (list[str] | None | Unset): Selectable goods statuses (strings in the example)
        refund_order (None | TaobaoRefundOrder | Unset): The draft reverse order
        max_refund_fee (None | TaobaoRefundMaxRefundFee | Unset): Refundable fee limits
    """

    refund_reasons: list[TaobaoRefundReason] | Unset | None = UNSET
    goods_status_list: list[str] | Unset | None = UNSET
    refund_order: TaobaoRefundOrder | Unset | None = UNSET
    max_refund_fee: TaobaoRefundMaxRefundFee | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_max_refund_fee import TaobaoRefundMaxRefundFee
        from ..models.taobao_refund_order import TaobaoRefundOrder

        refund_reasons: list[dict[str, Any]] | Unset | None
        if isinstance(self.refund_reasons, Unset):
            refund_reasons = UNSET
        elif isinstance(self.refund_reasons, list):
            refund_reasons = []
            for refund_reasons_type_0_item_data in self.refund_reasons:
                refund_reasons_type_0_item = refund_reasons_type_0_item_data.to_dict()
                refund_reasons.append(refund_reasons_type_0_item)

        else:
            refund_reasons = self.refund_reasons

        goods_status_list: list[str] | Unset | None
        if isinstance(self.goods_status_list, Unset):
            goods_status_list = UNSET
        elif isinstance(self.goods_status_list, list):
            goods_status_list = self.goods_status_list

        else:
            goods_status_list = self.goods_status_list

        refund_order: dict[str, Any] | Unset | None
        if isinstance(self.refund_order, Unset):
            refund_order = UNSET
        elif isinstance(self.refund_order, TaobaoRefundOrder):
            refund_order = self.refund_order.to_dict()
        else:
            refund_order = self.refund_order

        max_refund_fee: dict[str, Any] | Unset | None
        if isinstance(self.max_refund_fee, Unset):
            max_refund_fee = UNSET
        elif isinstance(self.max_refund_fee, TaobaoRefundMaxRefundFee):
            max_refund_fee = self.max_refund_fee.to_dict()
        else:
            max_refund_fee = self.max_refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_reasons is not UNSET:
            field_dict["refundReasons"] = refund_reasons
        if goods_status_list is not UNSET:
            field_dict["goodsStatusList"] = goods_status_list
        if refund_order is not UNSET:
            field_dict["refundOrder"] = refund_order
        if max_refund_fee is not UNSET:
            field_dict["maxRefundFee"] = max_refund_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_max_refund_fee import TaobaoRefundMaxRefundFee
        from ..models.taobao_refund_order import TaobaoRefundOrder
        from ..models.taobao_refund_reason import TaobaoRefundReason

        d = dict(src_dict)

        def _parse_refund_reasons(data: object) -> list[TaobaoRefundReason] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_reasons_type_0 = []
                _refund_reasons_type_0 = data
                for refund_reasons_type_0_item_data in _refund_reasons_type_0:
                    refund_reasons_type_0_item = TaobaoRefundReason.from_dict(refund_reasons_type_0_item_data)

                    refund_reasons_type_0.append(refund_reasons_type_0_item)

                return refund_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoRefundReason] | None | Unset, data)

        refund_reasons = _parse_refund_reasons(d.pop("refundReasons", UNSET))

        def _parse_goods_status_list(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goods_status_list_type_0 = cast(list[str], data)

                return goods_status_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        goods_status_list = _parse_goods_status_list(d.pop("goodsStatusList", UNSET))

        def _parse_refund_order(data: object) -> TaobaoRefundOrder | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_type_0 = TaobaoRefundOrder.from_dict(data)

                return refund_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundOrder | Unset, data)

        refund_order = _parse_refund_order(d.pop("refundOrder", UNSET))

        def _parse_max_refund_fee(data: object) -> TaobaoRefundMaxRefundFee | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_refund_fee_type_0 = TaobaoRefundMaxRefundFee.from_dict(data)

                return max_refund_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundMaxRefundFee | Unset, data)

        max_refund_fee = _parse_max_refund_fee(d.pop("maxRefundFee", UNSET))

        taobao_refund_order_template = cls(
            refund_reasons=refund_reasons,
            goods_status_list=goods_status_list,
            refund_order=refund_order,
            max_refund_fee=max_refund_fee,
        )

        taobao_refund_order_template.additional_properties = d
        return taobao_refund_order_template

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
