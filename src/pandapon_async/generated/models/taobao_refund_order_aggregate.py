# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_logistics import TaobaoRefundLogistics
    from ..models.taobao_refund_order import TaobaoRefundOrder
    from ..models.taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine


T = TypeVar("T", bound="TaobaoRefundOrderAggregate")


@_attrs_define
class TaobaoRefundOrderAggregate:
    """逆向聚合信息 (reverse-order aggregate); its children are shown only through the examples.

    Attributes:
        logistics (None | TaobaoRefundLogistics | Unset): Return logistics
        refund_order (None | TaobaoRefundOrder | Unset): The reverse order
        purchase_order_line (None | TaobaoRefundPurchaseOrderLine | Unset): The purchase-order line the reverse order
            refers to
    """

    logistics: TaobaoRefundLogistics | Unset | None = UNSET
    refund_order: TaobaoRefundOrder | Unset | None = UNSET
    purchase_order_line: TaobaoRefundPurchaseOrderLine | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_logistics import TaobaoRefundLogistics
        from ..models.taobao_refund_order import TaobaoRefundOrder
        from ..models.taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine

        logistics: dict[str, Any] | Unset | None
        if isinstance(self.logistics, Unset):
            logistics = UNSET
        elif isinstance(self.logistics, TaobaoRefundLogistics):
            logistics = self.logistics.to_dict()
        else:
            logistics = self.logistics

        refund_order: dict[str, Any] | Unset | None
        if isinstance(self.refund_order, Unset):
            refund_order = UNSET
        elif isinstance(self.refund_order, TaobaoRefundOrder):
            refund_order = self.refund_order.to_dict()
        else:
            refund_order = self.refund_order

        purchase_order_line: dict[str, Any] | Unset | None
        if isinstance(self.purchase_order_line, Unset):
            purchase_order_line = UNSET
        elif isinstance(self.purchase_order_line, TaobaoRefundPurchaseOrderLine):
            purchase_order_line = self.purchase_order_line.to_dict()
        else:
            purchase_order_line = self.purchase_order_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics is not UNSET:
            field_dict["logistics"] = logistics
        if refund_order is not UNSET:
            field_dict["refundOrder"] = refund_order
        if purchase_order_line is not UNSET:
            field_dict["purchaseOrderLine"] = purchase_order_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_logistics import TaobaoRefundLogistics
        from ..models.taobao_refund_order import TaobaoRefundOrder
        from ..models.taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine

        d = dict(src_dict)

        def _parse_logistics(data: object) -> TaobaoRefundLogistics | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logistics_type_0 = TaobaoRefundLogistics.from_dict(data)

                return logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundLogistics | Unset, data)

        logistics = _parse_logistics(d.pop("logistics", UNSET))

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

        def _parse_purchase_order_line(data: object) -> TaobaoRefundPurchaseOrderLine | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchase_order_line_type_0 = TaobaoRefundPurchaseOrderLine.from_dict(data)

                return purchase_order_line_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundPurchaseOrderLine | Unset, data)

        purchase_order_line = _parse_purchase_order_line(d.pop("purchaseOrderLine", UNSET))

        taobao_refund_order_aggregate = cls(
            logistics=logistics,
            refund_order=refund_order,
            purchase_order_line=purchase_order_line,
        )

        taobao_refund_order_aggregate.additional_properties = d
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
