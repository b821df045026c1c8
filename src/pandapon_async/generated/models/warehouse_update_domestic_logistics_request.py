# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_logistic_info import WarehouseLogisticInfo


T = TypeVar("T", bound="WarehouseUpdateDomesticLogisticsRequest")


@_attrs_define
class WarehouseUpdateDomesticLogisticsRequest:
    """The order and the domestic logistics of its lines.

    Attributes:
        order_id (None | str | Unset): Order id
        tmall_order_id (None | str | Unset): Tmall order id (presumably the caller's own order id; not stated)
        logistic_infos (list[WarehouseLogisticInfo] | None | Unset): Logistics per order line
    """

    order_id: str | Unset | None = UNSET
    tmall_order_id: str | Unset | None = UNSET
    logistic_infos: list[WarehouseLogisticInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | Unset | None
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        tmall_order_id: str | Unset | None
        if isinstance(self.tmall_order_id, Unset):
            tmall_order_id = UNSET
        else:
            tmall_order_id = self.tmall_order_id

        logistic_infos: list[dict[str, Any]] | Unset | None
        if isinstance(self.logistic_infos, Unset):
            logistic_infos = UNSET
        elif isinstance(self.logistic_infos, list):
            logistic_infos = []
            for logistic_infos_type_0_item_data in self.logistic_infos:
                logistic_infos_type_0_item = logistic_infos_type_0_item_data.to_dict()
                logistic_infos.append(logistic_infos_type_0_item)

        else:
            logistic_infos = self.logistic_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if tmall_order_id is not UNSET:
            field_dict["tmallOrderId"] = tmall_order_id
        if logistic_infos is not UNSET:
            field_dict["logisticInfos"] = logistic_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_logistic_info import WarehouseLogisticInfo

        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        tmall_order_id = d.pop("tmallOrderId", UNSET)

        def _parse_logistic_infos(data: object) -> list[WarehouseLogisticInfo] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistic_infos_type_0 = []
                _logistic_infos_type_0 = data
                for logistic_infos_type_0_item_data in _logistic_infos_type_0:
                    logistic_infos_type_0_item = WarehouseLogisticInfo.from_dict(logistic_infos_type_0_item_data)

                    logistic_infos_type_0.append(logistic_infos_type_0_item)

                return logistic_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarehouseLogisticInfo] | None | Unset, data)

        logistic_infos = _parse_logistic_infos(d.pop("logisticInfos", UNSET))

        warehouse_update_domestic_logistics_request = cls(
            order_id=order_id,
            tmall_order_id=tmall_order_id,
            logistic_infos=logistic_infos,
        )

        warehouse_update_domestic_logistics_request.additional_properties = d
        return warehouse_update_domestic_logistics_request

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
