# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate


T = TypeVar("T", bound="TaobaoRefundCancelData")


@_attrs_define
class TaobaoRefundCancelData:
    """Cancellation result; mirrors the reverse-order query data plus cancelSuccess.

    Attributes:
        cancel_success (bool | None | Unset): 取消成功标志 (whether the cancellation succeeded)
        currency (None | str | Unset): 币种 (currency)
        distributor_id (int | None | str | Unset): 分销商id (distributor id)
        refund_order_aggregate (None | TaobaoRefundOrderAggregate | Unset): 逆向集合信息 (reverse-order aggregate)
    """

    cancel_success: bool | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    distributor_id: int | str | Unset | None = UNSET
    refund_order_aggregate: TaobaoRefundOrderAggregate | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate

        cancel_success: bool | Unset | None
        if isinstance(self.cancel_success, Unset):
            cancel_success = UNSET
        else:
            cancel_success = self.cancel_success

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        distributor_id: int | str | Unset | None
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

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
        if cancel_success is not UNSET:
            field_dict["cancelSuccess"] = cancel_success
        if currency is not UNSET:
            field_dict["currency"] = currency
        if distributor_id is not UNSET:
            field_dict["distributorId"] = distributor_id
        if refund_order_aggregate is not UNSET:
            field_dict["refundOrderAggregate"] = refund_order_aggregate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_order_aggregate import TaobaoRefundOrderAggregate

        d = dict(src_dict)
        cancel_success = d.pop("cancelSuccess", UNSET)

        currency = d.pop("currency", UNSET)

        distributor_id = d.pop("distributorId", UNSET)

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

        taobao_refund_cancel_data = cls(
            cancel_success=cancel_success,
            currency=currency,
            distributor_id=distributor_id,
            refund_order_aggregate=refund_order_aggregate,
        )

        taobao_refund_cancel_data.additional_properties = d
        return taobao_refund_cancel_data

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
