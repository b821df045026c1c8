# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_taobao_purchase_order_price import CallbackTaobaoPurchaseOrderPrice
    from ..models.callback_taobao_sub_order import CallbackTaobaoSubOrder


T = TypeVar("T", bound="CallbackTaobaoOrderPriceModifyBody")


@_attrs_define
class CallbackTaobaoOrderPriceModifyBody:
    """Body of the Taobao order price modification message.

    Attributes:
        sales_order_id (int | None | str | Unset): 淘宝订单号 (Taobao order number); a string in the example.
        sub_orders (list[CallbackTaobaoSubOrder] | None | Unset): 子单信息 (sub-orders).
        purchase_order_price_dto (CallbackTaobaoPurchaseOrderPrice | None | Unset): 货单价格 (purchase order price); its
            fields are not shown.
    """

    sales_order_id: int | str | Unset | None = UNSET
    sub_orders: list[CallbackTaobaoSubOrder] | Unset | None = UNSET
    purchase_order_price_dto: CallbackTaobaoPurchaseOrderPrice | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callback_taobao_purchase_order_price import CallbackTaobaoPurchaseOrderPrice

        sales_order_id: int | str | Unset | None
        if isinstance(self.sales_order_id, Unset):
            sales_order_id = UNSET
        else:
            sales_order_id = self.sales_order_id

        sub_orders: list[dict[str, Any]] | Unset | None
        if isinstance(self.sub_orders, Unset):
            sub_orders = UNSET
        elif isinstance(self.sub_orders, list):
            sub_orders = []
            for sub_orders_type_0_item_data in self.sub_orders:
                sub_orders_type_0_item = sub_orders_type_0_item_data.to_dict()
                sub_orders.append(sub_orders_type_0_item)

        else:
            sub_orders = self.sub_orders

        purchase_order_price_dto: dict[str, Any] | Unset | None
        if isinstance(self.purchase_order_price_dto, Unset):
            purchase_order_price_dto = UNSET
        elif isinstance(self.purchase_order_price_dto, CallbackTaobaoPurchaseOrderPrice):
            purchase_order_price_dto = self.purchase_order_price_dto.to_dict()
        else:
            purchase_order_price_dto = self.purchase_order_price_dto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if sub_orders is not UNSET:
            field_dict["subOrders"] = sub_orders
        if purchase_order_price_dto is not UNSET:
            field_dict["purchaseOrderPriceDTO"] = purchase_order_price_dto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_taobao_purchase_order_price import CallbackTaobaoPurchaseOrderPrice
        from ..models.callback_taobao_sub_order import CallbackTaobaoSubOrder

        d = dict(src_dict)
        sales_order_id = d.pop("salesOrderId", UNSET)

        def _parse_sub_orders(data: object) -> list[CallbackTaobaoSubOrder] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_orders_type_0 = []
                _sub_orders_type_0 = data
                for sub_orders_type_0_item_data in _sub_orders_type_0:
                    sub_orders_type_0_item = CallbackTaobaoSubOrder.from_dict(sub_orders_type_0_item_data)

                    sub_orders_type_0.append(sub_orders_type_0_item)

                return sub_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallbackTaobaoSubOrder] | None | Unset, data)

        sub_orders = _parse_sub_orders(d.pop("subOrders", UNSET))

        def _parse_purchase_order_price_dto(data: object) -> CallbackTaobaoPurchaseOrderPrice | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchase_order_price_dto_type_0 = CallbackTaobaoPurchaseOrderPrice.from_dict(data)

                return purchase_order_price_dto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackTaobaoPurchaseOrderPrice | None | Unset, data)

        purchase_order_price_dto = _parse_purchase_order_price_dto(d.pop("purchaseOrderPriceDTO", UNSET))

        callback_taobao_order_price_modify_body = cls(
            sales_order_id=sales_order_id,
            sub_orders=sub_orders,
            purchase_order_price_dto=purchase_order_price_dto,
        )

        callback_taobao_order_price_modify_body.additional_properties = d
        return callback_taobao_order_price_modify_body

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
