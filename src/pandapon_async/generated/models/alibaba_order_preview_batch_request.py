# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alibaba_order_preview_batch_address_param import AlibabaOrderPreviewBatchAddressParam
    from ..models.alibaba_order_preview_batch_cargo import AlibabaOrderPreviewBatchCargo


T = TypeVar("T", bound="AlibabaOrderPreviewBatchRequest")


@_attrs_define
class AlibabaOrderPreviewBatchRequest:
    """
    Attributes:
        address_param (AlibabaOrderPreviewBatchAddressParam): 收货地址信息 (receiving address).
        cargo_param_list (list[AlibabaOrderPreviewBatchCargo]): 商品信息不能为空 (goods lines; must not be empty)
    """

    address_param: AlibabaOrderPreviewBatchAddressParam
    cargo_param_list: list[AlibabaOrderPreviewBatchCargo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_param = self.address_param.to_dict()

        cargo_param_list = []
        for cargo_param_list_item_data in self.cargo_param_list:
            cargo_param_list_item = cargo_param_list_item_data.to_dict()
            cargo_param_list.append(cargo_param_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressParam": address_param,
                "cargoParamList": cargo_param_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_preview_batch_address_param import AlibabaOrderPreviewBatchAddressParam
        from ..models.alibaba_order_preview_batch_cargo import AlibabaOrderPreviewBatchCargo

        d = dict(src_dict)
        address_param = AlibabaOrderPreviewBatchAddressParam.from_dict(d.pop("addressParam"))

        cargo_param_list = []
        _cargo_param_list = d.pop("cargoParamList")
        for cargo_param_list_item_data in _cargo_param_list:
            cargo_param_list_item = AlibabaOrderPreviewBatchCargo.from_dict(cargo_param_list_item_data)

            cargo_param_list.append(cargo_param_list_item)

        alibaba_order_preview_batch_request = cls(
            address_param=address_param,
            cargo_param_list=cargo_param_list,
        )

        alibaba_order_preview_batch_request.additional_properties = d
        return alibaba_order_preview_batch_request

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
