# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundOrderAggregate")


@_attrs_define
class TaobaoRefundOrderAggregate:
    """逆向聚合信息 (reverse-order aggregate); its children are shown only through the examples.

    Attributes:
        logistics (TaobaoRefundLogistics | None): Return logistics
        refund_order (TaobaoRefundOrder | None): The reverse order
        purchase_order_line (TaobaoRefundPurchaseOrderLine | None): The purchase-order line the reverse order refers to
    """

    logistics: TaobaoRefundLogistics | None = None
    refund_order: TaobaoRefundOrder | None = None
    purchase_order_line: TaobaoRefundPurchaseOrderLine | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        logistics: object = self.logistics
        if logistics is not None or "logistics" in present:
            field_dict["logistics"] = logistics.to_dict() if isinstance(logistics, TaobaoRefundLogistics) else logistics
        refund_order: object = self.refund_order
        if refund_order is not None or "refundOrder" in present:
            field_dict["refundOrder"] = (
                refund_order.to_dict() if isinstance(refund_order, TaobaoRefundOrder) else refund_order
            )
        purchase_order_line: object = self.purchase_order_line
        if purchase_order_line is not None or "purchaseOrderLine" in present:
            field_dict["purchaseOrderLine"] = (
                purchase_order_line.to_dict()
                if isinstance(purchase_order_line, TaobaoRefundPurchaseOrderLine)
                else purchase_order_line
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _logistics = d.pop("logistics", None)
        logistics = TaobaoRefundLogistics.from_dict(_logistics) if _logistics.__class__ is dict else _logistics
        _refund_order = d.pop("refundOrder", None)
        refund_order = TaobaoRefundOrder.from_dict(_refund_order) if _refund_order.__class__ is dict else _refund_order
        _purchase_order_line = d.pop("purchaseOrderLine", None)
        purchase_order_line = (
            TaobaoRefundPurchaseOrderLine.from_dict(_purchase_order_line)
            if _purchase_order_line.__class__ is dict
            else _purchase_order_line
        )
        taobao_refund_order_aggregate = cls(
            logistics,
            refund_order,
            purchase_order_line,
        )
        taobao_refund_order_aggregate.additional_properties = d
        taobao_refund_order_aggregate._present = tuple(src_dict)
        return taobao_refund_order_aggregate

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
from ..models.taobao_refund_logistics import TaobaoRefundLogistics  # noqa: E402
from ..models.taobao_refund_order import TaobaoRefundOrder  # noqa: E402
from ..models.taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine  # noqa: E402
