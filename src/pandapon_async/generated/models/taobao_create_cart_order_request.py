# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_cart_order_address import TaobaoCartOrderAddress


T = TypeVar("T", bound="TaobaoCreateCartOrderRequest")


@_attrs_define
class TaobaoCreateCartOrderRequest:
    """
    Attributes:
        ids (list[int] | Unset): 购物车记录id (cart record ids)
        order_address (TaobaoCartOrderAddress | Unset): 创建订单地址 (address of the order to create; OrderAddress)
        user_id (None | str | Unset): userId (platform user id)
    """

    ids: list[int] | Unset = UNSET
    order_address: TaobaoCartOrderAddress | Unset = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        order_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_address, Unset):
            order_address = self.order_address.to_dict()

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if order_address is not UNSET:
            field_dict["orderAddress"] = order_address
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_cart_order_address import TaobaoCartOrderAddress

        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        _order_address = d.pop("orderAddress", UNSET)
        order_address: TaobaoCartOrderAddress | Unset
        if isinstance(_order_address, Unset):
            order_address = UNSET
        else:
            order_address = TaobaoCartOrderAddress.from_dict(_order_address)

        user_id = d.pop("userId", UNSET)

        taobao_create_cart_order_request = cls(
            ids=ids,
            order_address=order_address,
            user_id=user_id,
        )

        taobao_create_cart_order_request.additional_properties = d
        return taobao_create_cart_order_request

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
