# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate


T = TypeVar("T", bound="TaobaoRefundQueryData")


@_attrs_define
class TaobaoRefundQueryData:
    """One reverse order (逆向单) with its aggregate.

    Attributes:
        distributor_id (int | None | str | Unset): 分销商id (distributor id)
        currency (None | str | Unset): 币种 (currency)
        refund_order_aggregate (None | TaobaoRefundOrderAggregate | Unset): 逆向聚合信息 (reverse-order aggregate)
    """

    distributor_id: int | str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    refund_order_aggregate: TaobaoRefundOrderAggregate | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate

        distributor_id: int | str | Unset | None
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        refund_order_aggregate: dict[str, Any] | Unset | None
        if isinstance(self.refund_order_aggregate, Unset):
            refund_order_aggregate = UNSET
        elif isinstance(self.refund_order_aggregate, TaobaoRefundOrderAggregate):
            refund_order_aggregate = self.refund_order_aggregate.to_dict()
        else:
            refund_order_aggregate = self.refund_order_aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributor_id is not UNSET:
            field_dict["distributorId"] = distributor_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if refund_order_aggregate is not UNSET:
            field_dict["refundOrderAggregate"] = refund_order_aggregate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate

        d = dict(src_dict)
        distributor_id = d.pop("distributorId", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_refund_order_aggregate(data: object) -> TaobaoRefundOrderAggregate | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_aggregate_type_0 = TaobaoRefundOrderAggregate.from_dict(data)

                return refund_order_aggregate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundOrderAggregate | Unset, data)

        refund_order_aggregate = _parse_refund_order_aggregate(d.pop("refundOrderAggregate", UNSET))

        taobao_refund_query_data = cls(
            distributor_id=distributor_id,
            currency=currency,
            refund_order_aggregate=refund_order_aggregate,
        )

        taobao_refund_query_data.additional_properties = d
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
