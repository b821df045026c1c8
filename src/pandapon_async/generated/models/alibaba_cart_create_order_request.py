# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_address_param import AlibabaCartAddressParam


T = TypeVar("T", bound="AlibabaCartCreateOrderRequest")


@_attrs_define
class AlibabaCartCreateOrderRequest:
    """Body of the 1688 cart order creation.

    Attributes:
        flow (None | str): Order flow (required); the allowed values are not stated.
        cart_ids (list[int] | None): The shopping-cart entry ids to order
        message (None | str | Unset): 订单备注 (order remark)
        shop_promotion_id (None | str | Unset): Shop promotion id (optional).
        trade_type (None | str | Unset): Trade type (optional); the allowed values are not stated.
        address_param (AlibabaCartAddressParam | Unset): 收货地址信息 (`FastAdress`, the receiving address). No field is
            required by every account; the cart preview may require `fullName`, `mobile`, `phone`, `cityText`,
            `provinceText` and `address`.
        user_id (None | str | Unset): 用户id (user id)
        staff_name (None | str | Unset): 雇员名称 (staff name)
    """

    flow: str | None
    cart_ids: list[int] | None
    message: str | Unset | None = UNSET
    shop_promotion_id: str | Unset | None = UNSET
    trade_type: str | Unset | None = UNSET
    address_param: AlibabaCartAddressParam | Unset = UNSET
    user_id: str | Unset | None = UNSET
    staff_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow: str | None
        flow = self.flow

        cart_ids: list[int] | None
        if isinstance(self.cart_ids, list):
            cart_ids = self.cart_ids

        else:
            cart_ids = self.cart_ids

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        shop_promotion_id: str | Unset | None
        if isinstance(self.shop_promotion_id, Unset):
            shop_promotion_id = UNSET
        else:
            shop_promotion_id = self.shop_promotion_id

        trade_type: str | Unset | None
        if isinstance(self.trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = self.trade_type

        address_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_param, Unset):
            address_param = self.address_param.to_dict()

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        staff_name: str | Unset | None
        if isinstance(self.staff_name, Unset):
            staff_name = UNSET
        else:
            staff_name = self.staff_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow": flow,
                "cartIds": cart_ids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if shop_promotion_id is not UNSET:
            field_dict["shopPromotionId"] = shop_promotion_id
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if staff_name is not UNSET:
            field_dict["staffName"] = staff_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_address_param import AlibabaCartAddressParam

        d = dict(src_dict)
        flow = d.pop("flow")

        def _parse_cart_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cart_ids_type_0 = cast(list[int], data)

                return cart_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        cart_ids = _parse_cart_ids(d.pop("cartIds"))

        message = d.pop("message", UNSET)

        shop_promotion_id = d.pop("shopPromotionId", UNSET)

        trade_type = d.pop("tradeType", UNSET)

        _address_param = d.pop("addressParam", UNSET)
        address_param: AlibabaCartAddressParam | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = AlibabaCartAddressParam.from_dict(_address_param)

        user_id = d.pop("userId", UNSET)

        staff_name = d.pop("staffName", UNSET)

        alibaba_cart_create_order_request = cls(
            flow=flow,
            cart_ids=cart_ids,
            message=message,
            shop_promotion_id=shop_promotion_id,
            trade_type=trade_type,
            address_param=address_param,
            user_id=user_id,
            staff_name=staff_name,
        )

        alibaba_cart_create_order_request.additional_properties = d
        return alibaba_cart_create_order_request

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
