# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundQueryData")


@_attrs_define
class TaobaoRefundQueryData:
    """One reverse order (逆向单) with its aggregate.

    Attributes:
        distributor_id (int | str | None): 分销商id (distributor id)
        currency (str | None): 币种 (currency)
        refund_order_aggregate (TaobaoRefundOrderAggregate | None): 逆向聚合信息 (reverse-order aggregate)
    """

    distributor_id: int | str | None = None
    currency: str | None = None
    refund_order_aggregate: TaobaoRefundOrderAggregate | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.distributor_id is not None or "distributorId" in present:
            field_dict["distributorId"] = self.distributor_id
        if self.currency is not None or "currency" in present:
            field_dict["currency"] = self.currency
        refund_order_aggregate: object = self.refund_order_aggregate
        if refund_order_aggregate is not None or "refundOrderAggregate" in present:
            field_dict["refundOrderAggregate"] = (
                refund_order_aggregate.to_dict()
                if isinstance(refund_order_aggregate, TaobaoRefundOrderAggregate)
                else refund_order_aggregate
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        distributor_id = d.pop("distributorId", None)
        currency = d.pop("currency", None)
        _refund_order_aggregate = d.pop("refundOrderAggregate", None)
        refund_order_aggregate = (
            TaobaoRefundOrderAggregate.from_dict(_refund_order_aggregate)
            if _refund_order_aggregate.__class__ is dict
            else _refund_order_aggregate
        )
        taobao_refund_query_data = cls(
            distributor_id,
            currency,
            refund_order_aggregate,
        )
        taobao_refund_query_data.additional_properties = d
        taobao_refund_query_data._present = tuple(src_dict)
        return taobao_refund_query_data

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
from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate  # noqa: E402
