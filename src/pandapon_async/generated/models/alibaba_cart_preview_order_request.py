# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_address_param import AlibabaCartAddressParam


T = TypeVar("T", bound="AlibabaCartPreviewOrderRequest")


@_attrs_define
class AlibabaCartPreviewOrderRequest:
    """Body of the 1688 cart order preview.

    Attributes:
        cart_ids (list[int]): The shopping-cart entry ids to preview
        address_param (AlibabaCartAddressParam | Unset): 收货地址信息 (`FastAdress`, the receiving address). No field is
            required by every account; the cart preview may require `fullName`, `mobile`, `phone`, `cityText`,
            `provinceText` and `address`.
    """

    cart_ids: list[int]
    address_param: AlibabaCartAddressParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cart_ids = self.cart_ids

        address_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_param, Unset):
            address_param = self.address_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cartIds": cart_ids,
            }
        )
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_address_param import AlibabaCartAddressParam

        d = dict(src_dict)
        cart_ids = cast(list[int], d.pop("cartIds"))

        _address_param = d.pop("addressParam", UNSET)
        address_param: AlibabaCartAddressParam | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = AlibabaCartAddressParam.from_dict(_address_param)

        alibaba_cart_preview_order_request = cls(
            cart_ids=cart_ids,
            address_param=address_param,
        )

        alibaba_cart_preview_order_request.additional_properties = d
        return alibaba_cart_preview_order_request

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
