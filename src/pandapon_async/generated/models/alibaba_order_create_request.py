# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_order_create_address_param import AlibabaOrderCreateAddressParam
    from ..models.alibaba_order_create_cargo import AlibabaOrderCreateCargo


T = TypeVar("T", bound="AlibabaOrderCreateRequest")


@_attrs_define
class AlibabaOrderCreateRequest:
    """
    Attributes:
        flow (str): Order flow.
        address_param (AlibabaOrderCreateAddressParam): 收货地址信息 (receiving address).
        cargo_param_list (list[AlibabaOrderCreateCargo]): 商品信息不能为空 (goods lines; must not be empty)
        message (None | str | Unset): 订单备注 (order remark)
        shop_promotion_id (None | str | Unset): 可选 (shop promotion id)
        trade_type (None | str | Unset): 可选 (trade type)
    """

    flow: str
    address_param: AlibabaOrderCreateAddressParam
    cargo_param_list: list[AlibabaOrderCreateCargo]
    message: str | Unset | None = UNSET
    shop_promotion_id: str | Unset | None = UNSET
    trade_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow = self.flow

        address_param = self.address_param.to_dict()

        cargo_param_list = []
        for cargo_param_list_item_data in self.cargo_param_list:
            cargo_param_list_item = cargo_param_list_item_data.to_dict()
            cargo_param_list.append(cargo_param_list_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow": flow,
                "addressParam": address_param,
                "cargoParamList": cargo_param_list,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if shop_promotion_id is not UNSET:
            field_dict["shopPromotionId"] = shop_promotion_id
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_create_address_param import AlibabaOrderCreateAddressParam
        from ..models.alibaba_order_create_cargo import AlibabaOrderCreateCargo

        d = dict(src_dict)
        flow = d.pop("flow")

        address_param = AlibabaOrderCreateAddressParam.from_dict(d.pop("addressParam"))

        cargo_param_list = []
        _cargo_param_list = d.pop("cargoParamList")
        for cargo_param_list_item_data in _cargo_param_list:
            cargo_param_list_item = AlibabaOrderCreateCargo.from_dict(cargo_param_list_item_data)

            cargo_param_list.append(cargo_param_list_item)

        message = d.pop("message", UNSET)

        shop_promotion_id = d.pop("shopPromotionId", UNSET)

        trade_type = d.pop("tradeType", UNSET)

        alibaba_order_create_request = cls(
            flow=flow,
            address_param=address_param,
            cargo_param_list=cargo_param_list,
            message=message,
            shop_promotion_id=shop_promotion_id,
            trade_type=trade_type,
        )

        alibaba_order_create_request.additional_properties = d
        return alibaba_order_create_request

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
