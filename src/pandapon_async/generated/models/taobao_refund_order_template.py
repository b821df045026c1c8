# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundOrderTemplate")


@_attrs_define
class TaobaoRefundOrderTemplate:
    """RefundOrderTemplate: the draft reverse order and its limits.

    Attributes:
        refund_reasons (list[TaobaoRefundReason] | None): Selectable refund reasons
        goods_status_list (list[str] | None): Selectable goods statuses (strings in the example)
        refund_order (TaobaoRefundOrder | None): The draft reverse order
        max_refund_fee (TaobaoRefundMaxRefundFee | None): Refundable fee limits
    """

    refund_reasons: list[TaobaoRefundReason] | None = None
    goods_status_list: list[str] | None = None
    refund_order: TaobaoRefundOrder | None = None
    max_refund_fee: TaobaoRefundMaxRefundFee | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        refund_reasons: object = self.refund_reasons
        if refund_reasons is not None or "refundReasons" in present:
            field_dict["refundReasons"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoRefundReason) else item
                    for item in cast("list[object]", refund_reasons)
                ]
                if isinstance(refund_reasons, list)
                else refund_reasons
            )
        if self.goods_status_list is not None or "goodsStatusList" in present:
            field_dict["goodsStatusList"] = self.goods_status_list
        refund_order: object = self.refund_order
        if refund_order is not None or "refundOrder" in present:
            field_dict["refundOrder"] = (
                refund_order.to_dict() if isinstance(refund_order, TaobaoRefundOrder) else refund_order
            )
        max_refund_fee: object = self.max_refund_fee
        if max_refund_fee is not None or "maxRefundFee" in present:
            field_dict["maxRefundFee"] = (
                max_refund_fee.to_dict() if isinstance(max_refund_fee, TaobaoRefundMaxRefundFee) else max_refund_fee
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _refund_reasons = d.pop("refundReasons", None)
        refund_reasons = (
            [TaobaoRefundReason.from_dict(item) if item.__class__ is dict else item for item in _refund_reasons]
            if _refund_reasons.__class__ is list
            else _refund_reasons
        )
        goods_status_list = d.pop("goodsStatusList", None)
        _refund_order = d.pop("refundOrder", None)
        refund_order = TaobaoRefundOrder.from_dict(_refund_order) if _refund_order.__class__ is dict else _refund_order
        _max_refund_fee = d.pop("maxRefundFee", None)
        max_refund_fee = (
            TaobaoRefundMaxRefundFee.from_dict(_max_refund_fee)
            if _max_refund_fee.__class__ is dict
            else _max_refund_fee
        )
        taobao_refund_order_template = cls(
            refund_reasons,
            goods_status_list,
            refund_order,
            max_refund_fee,
        )
        taobao_refund_order_template.additional_properties = d
        taobao_refund_order_template._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.taobao_refund_max_refund_fee import TaobaoRefundMaxRefundFee  # noqa: E402
from ..models.taobao_refund_order import TaobaoRefundOrder  # noqa: E402
from ..models.taobao_refund_reason import TaobaoRefundReason  # noqa: E402
