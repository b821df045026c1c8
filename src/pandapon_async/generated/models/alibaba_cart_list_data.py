# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaCartListData")


@_attrs_define
class AlibabaCartListData:
    """The 1688 shopping cart (v2 `AlibabaCartV2VO`).

    Attributes:
        disable_list (list[AlibabaCartShopItem] | None): 失效购物车商品列表 (invalid cart entries, grouped by shop; defaults to an empty list)
        enable_list (list[AlibabaCartShopItem] | None): 有效购物车商品列表 (valid cart entries, grouped by shop; defaults to an empty list)
    """

    disable_list: list[AlibabaCartShopItem] | None = None
    enable_list: list[AlibabaCartShopItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        disable_list: object = self.disable_list
        if disable_list is not None or "disableList" in present:
            field_dict["disableList"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaCartShopItem) else item
                    for item in cast("list[object]", disable_list)
                ]
                if isinstance(disable_list, list)
                else disable_list
            )
        enable_list: object = self.enable_list
        if enable_list is not None or "enableList" in present:
            field_dict["enableList"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaCartShopItem) else item
                    for item in cast("list[object]", enable_list)
                ]
                if isinstance(enable_list, list)
                else enable_list
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _disable_list = d.pop("disableList", None)
        disable_list = (
            [AlibabaCartShopItem.from_dict(item) if item.__class__ is dict else item for item in _disable_list]
            if _disable_list.__class__ is list
            else _disable_list
        )
        _enable_list = d.pop("enableList", None)
        enable_list = (
            [AlibabaCartShopItem.from_dict(item) if item.__class__ is dict else item for item in _enable_list]
            if _enable_list.__class__ is list
            else _enable_list
        )
        alibaba_cart_list_data = cls(
            disable_list,
            enable_list,
        )
        alibaba_cart_list_data.additional_properties = d
        alibaba_cart_list_data._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.alibaba_cart_shop_item import AlibabaCartShopItem  # noqa: E402
