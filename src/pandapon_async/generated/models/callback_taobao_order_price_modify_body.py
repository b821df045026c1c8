# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="CallbackTaobaoOrderPriceModifyBody")


@_attrs_define
class CallbackTaobaoOrderPriceModifyBody:
    """Body of the Taobao order price modification message.

    Attributes:
        sales_order_id (int | str | None): 淘宝订单号 (Taobao order number); a string in the example.
        sub_orders (list[CallbackTaobaoSubOrder] | None): 子单信息 (sub-orders).
        purchase_order_price_dto (CallbackTaobaoPurchaseOrderPrice | None): 货单价格 (purchase order price); its fields are not shown.
    """

    sales_order_id: int | str | None = None
    sub_orders: list[CallbackTaobaoSubOrder] | None = None
    purchase_order_price_dto: CallbackTaobaoPurchaseOrderPrice | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.sales_order_id is not None or "salesOrderId" in present:
            field_dict["salesOrderId"] = self.sales_order_id
        sub_orders: object = self.sub_orders
        if sub_orders is not None or "subOrders" in present:
            field_dict["subOrders"] = (
                [
                    item.to_dict() if isinstance(item, CallbackTaobaoSubOrder) else item
                    for item in cast("list[object]", sub_orders)
                ]
                if isinstance(sub_orders, list)
                else sub_orders
            )
        purchase_order_price_dto: object = self.purchase_order_price_dto
        if purchase_order_price_dto is not None or "purchaseOrderPriceDTO" in present:
            field_dict["purchaseOrderPriceDTO"] = (
                purchase_order_price_dto.to_dict()
                if isinstance(purchase_order_price_dto, CallbackTaobaoPurchaseOrderPrice)
                else purchase_order_price_dto
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        sales_order_id = d.pop("salesOrderId", None)
        _sub_orders = d.pop("subOrders", None)
        sub_orders = (
            [CallbackTaobaoSubOrder.from_dict(item) if item.__class__ is dict else item for item in _sub_orders]
            if _sub_orders.__class__ is list
            else _sub_orders
        )
        _purchase_order_price_dto = d.pop("purchaseOrderPriceDTO", None)
        purchase_order_price_dto = (
            CallbackTaobaoPurchaseOrderPrice.from_dict(_purchase_order_price_dto)
            if _purchase_order_price_dto.__class__ is dict
            else _purchase_order_price_dto
        )
        callback_taobao_order_price_modify_body = cls(
            sales_order_id,
            sub_orders,
            purchase_order_price_dto,
        )
        callback_taobao_order_price_modify_body.additional_properties = d
        callback_taobao_order_price_modify_body._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.callback_taobao_purchase_order_price import CallbackTaobaoPurchaseOrderPrice  # noqa: E402
from ..models.callback_taobao_sub_order import CallbackTaobaoSubOrder  # noqa: E402
