# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoUpdateOrderWarehouseRequest")


@_attrs_define
class TaobaoUpdateOrderWarehouseRequest:
    """
    Attributes:
        warehouse_address (str | Unset): 前置仓地址 (pre-warehouse address)
        warehouse_name (str | Unset): 前置仓名称 (pre-warehouse name)
        order_id (str | Unset): 订单id (order id)
    """

    warehouse_address: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_address = self.warehouse_address

        warehouse_name = self.warehouse_name

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_address is not UNSET:
            field_dict["warehouseAddress"] = warehouse_address
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warehouse_address = d.pop("warehouseAddress", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        order_id = d.pop("orderId", UNSET)

        taobao_update_order_warehouse_request = cls(
            warehouse_address=warehouse_address,
            warehouse_name=warehouse_name,
            order_id=order_id,
        )

        taobao_update_order_warehouse_request.additional_properties = d
        return taobao_update_order_warehouse_request

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
