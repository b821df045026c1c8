# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_order_batch_create_address_param import AlibabaOrderBatchCreateAddressParam
    from ..models.alibaba_order_batch_create_cargo import AlibabaOrderBatchCreateCargo


T = TypeVar("T", bound="AlibabaOrderBatchCreateRequest")


@_attrs_define
class AlibabaOrderBatchCreateRequest:
    """
    Attributes:
        flow (None | str | Unset): Order flow, e.g. `general`; send it: the `/v2/` path requires it.
        message (None | str | Unset): 订单备注 (order remark)
        shop_promotion_id (None | str | Unset): 可选 (shop promotion id)
        trade_type (None | str | Unset): 可选 (trade type)
        address_param (AlibabaOrderBatchCreateAddressParam | Unset): 收货地址信息 (receiving address). v2 adds districtCode.
        cargo_param_list (list[AlibabaOrderBatchCreateCargo] | Unset): 商品信息不能为空 (goods lines)
    """

    flow: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    shop_promotion_id: str | Unset | None = UNSET
    trade_type: str | Unset | None = UNSET
    address_param: AlibabaOrderBatchCreateAddressParam | Unset = UNSET
    cargo_param_list: list[AlibabaOrderBatchCreateCargo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow: str | Unset | None
        if isinstance(self.flow, Unset):
            flow = UNSET
        else:
            flow = self.flow

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

        cargo_param_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cargo_param_list, Unset):
            cargo_param_list = []
            for cargo_param_list_item_data in self.cargo_param_list:
                cargo_param_list_item = cargo_param_list_item_data.to_dict()
                cargo_param_list.append(cargo_param_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow is not UNSET:
            field_dict["flow"] = flow
        if message is not UNSET:
            field_dict["message"] = message
        if shop_promotion_id is not UNSET:
            field_dict["shopPromotionId"] = shop_promotion_id
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param
        if cargo_param_list is not UNSET:
            field_dict["cargoParamList"] = cargo_param_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_batch_create_address_param import AlibabaOrderBatchCreateAddressParam
        from ..models.alibaba_order_batch_create_cargo import AlibabaOrderBatchCreateCargo

        d = dict(src_dict)
        flow = d.pop("flow", UNSET)

        message = d.pop("message", UNSET)

        shop_promotion_id = d.pop("shopPromotionId", UNSET)

        trade_type = d.pop("tradeType", UNSET)

        _address_param = d.pop("addressParam", UNSET)
        address_param: AlibabaOrderBatchCreateAddressParam | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = AlibabaOrderBatchCreateAddressParam.from_dict(_address_param)

        _cargo_param_list = d.pop("cargoParamList", UNSET)
        cargo_param_list: list[AlibabaOrderBatchCreateCargo] | Unset = UNSET
        if _cargo_param_list is not UNSET:
            cargo_param_list = []
            for cargo_param_list_item_data in _cargo_param_list:
                cargo_param_list_item = AlibabaOrderBatchCreateCargo.from_dict(cargo_param_list_item_data)

                cargo_param_list.append(cargo_param_list_item)

        alibaba_order_batch_create_request = cls(
            flow=flow,
            message=message,
            shop_promotion_id=shop_promotion_id,
            trade_type=trade_type,
            address_param=address_param,
            cargo_param_list=cargo_param_list,
        )

        alibaba_order_batch_create_request.additional_properties = d
        return alibaba_order_batch_create_request

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
