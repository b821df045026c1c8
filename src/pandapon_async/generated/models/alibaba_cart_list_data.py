# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_shop_item import AlibabaCartShopItem


T = TypeVar("T", bound="AlibabaCartListData")


@_attrs_define
class AlibabaCartListData:
    """The 1688 shopping cart (v2 `AlibabaCartV2VO`).

    Attributes:
        disable_list (list[AlibabaCartShopItem] | None | Unset): 失效购物车商品列表 (invalid cart entries, grouped by shop;
            defaults to an empty list)
        enable_list (list[AlibabaCartShopItem] | None | Unset): 有效购物车商品列表 (valid cart entries, grouped by shop; defaults
            to an empty list)
    """

    disable_list: list[AlibabaCartShopItem] | Unset | None = UNSET
    enable_list: list[AlibabaCartShopItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_list: list[dict[str, Any]] | Unset | None
        if isinstance(self.disable_list, Unset):
            disable_list = UNSET
        elif isinstance(self.disable_list, list):
            disable_list = []
            for disable_list_type_0_item_data in self.disable_list:
                disable_list_type_0_item = disable_list_type_0_item_data.to_dict()
                disable_list.append(disable_list_type_0_item)

        else:
            disable_list = self.disable_list

        enable_list: list[dict[str, Any]] | Unset | None
        if isinstance(self.enable_list, Unset):
            enable_list = UNSET
        elif isinstance(self.enable_list, list):
            enable_list = []
            for enable_list_type_0_item_data in self.enable_list:
                enable_list_type_0_item = enable_list_type_0_item_data.to_dict()
                enable_list.append(enable_list_type_0_item)

        else:
            enable_list = self.enable_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_list is not UNSET:
            field_dict["disableList"] = disable_list
        if enable_list is not UNSET:
            field_dict["enableList"] = enable_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_shop_item import AlibabaCartShopItem

        d = dict(src_dict)

        def _parse_disable_list(data: object) -> list[AlibabaCartShopItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disable_list_type_0 = []
                _disable_list_type_0 = data
                for disable_list_type_0_item_data in _disable_list_type_0:
                    disable_list_type_0_item = AlibabaCartShopItem.from_dict(disable_list_type_0_item_data)

                    disable_list_type_0.append(disable_list_type_0_item)

                return disable_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCartShopItem] | None | Unset, data)

        disable_list = _parse_disable_list(d.pop("disableList", UNSET))

        def _parse_enable_list(data: object) -> list[AlibabaCartShopItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enable_list_type_0 = []
                _enable_list_type_0 = data
                for enable_list_type_0_item_data in _enable_list_type_0:
                    enable_list_type_0_item = AlibabaCartShopItem.from_dict(enable_list_type_0_item_data)

                    enable_list_type_0.append(enable_list_type_0_item)

                return enable_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCartShopItem] | None | Unset, data)

        enable_list = _parse_enable_list(d.pop("enableList", UNSET))

        alibaba_cart_list_data = cls(
            disable_list=disable_list,
            enable_list=enable_list,
        )

        alibaba_cart_list_data.additional_properties = d
        return alibaba_cart_list_data

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
