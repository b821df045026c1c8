# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_order_preview_address_param import AlibabaOrderPreviewAddressParam
    from ..models.alibaba_order_preview_cargo import AlibabaOrderPreviewCargo


T = TypeVar("T", bound="AlibabaOrderPreviewRequest")


@_attrs_define
class AlibabaOrderPreviewRequest:
    """
    Attributes:
        address_param (AlibabaOrderPreviewAddressParam | Unset): 收货地址信息 (receiving address). v2 adds districtCode.
        cargo_param_list (list[AlibabaOrderPreviewCargo] | Unset): 商品信息不能为空 (goods lines)
    """

    address_param: AlibabaOrderPreviewAddressParam | Unset = UNSET
    cargo_param_list: list[AlibabaOrderPreviewCargo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param
        if cargo_param_list is not UNSET:
            field_dict["cargoParamList"] = cargo_param_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_preview_address_param import AlibabaOrderPreviewAddressParam
        from ..models.alibaba_order_preview_cargo import AlibabaOrderPreviewCargo

        d = dict(src_dict)
        _address_param = d.pop("addressParam", UNSET)
        address_param: AlibabaOrderPreviewAddressParam | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = AlibabaOrderPreviewAddressParam.from_dict(_address_param)

        _cargo_param_list = d.pop("cargoParamList", UNSET)
        cargo_param_list: list[AlibabaOrderPreviewCargo] | Unset = UNSET
        if _cargo_param_list is not UNSET:
            cargo_param_list = []
            for cargo_param_list_item_data in _cargo_param_list:
                cargo_param_list_item = AlibabaOrderPreviewCargo.from_dict(cargo_param_list_item_data)

                cargo_param_list.append(cargo_param_list_item)

        alibaba_order_preview_request = cls(
            address_param=address_param,
            cargo_param_list=cargo_param_list,
        )

        alibaba_order_preview_request.additional_properties = d
        return alibaba_order_preview_request

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
