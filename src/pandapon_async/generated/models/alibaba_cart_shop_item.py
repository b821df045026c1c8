# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaCartShopItem")


@_attrs_define
class AlibabaCartShopItem:
    """One shop's entries in the cart (`CartShopItem`).

    Attributes:
        seller_open_id (str | None): The shop's open id
        seller_nick_name (str | None): The shop's nickname
        cart_item_infos (list[AlibabaCartItemInfo] | None): The shop's cart entries
    """

    seller_open_id: str | None = None
    seller_nick_name: str | None = None
    cart_item_infos: list[AlibabaCartItemInfo] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.seller_open_id is not None or "sellerOpenId" in present:
            field_dict["sellerOpenId"] = self.seller_open_id
        if self.seller_nick_name is not None or "sellerNickName" in present:
            field_dict["sellerNickName"] = self.seller_nick_name
        cart_item_infos: object = self.cart_item_infos
        if cart_item_infos is not None or "cartItemInfos" in present:
            field_dict["cartItemInfos"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaCartItemInfo) else item
                    for item in cast("list[object]", cart_item_infos)
                ]
                if isinstance(cart_item_infos, list)
                else cart_item_infos
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        seller_open_id = d.pop("sellerOpenId", None)
        seller_nick_name = d.pop("sellerNickName", None)
        _cart_item_infos = d.pop("cartItemInfos", None)
        cart_item_infos = (
            [AlibabaCartItemInfo.from_dict(item) if item.__class__ is dict else item for item in _cart_item_infos]
            if _cart_item_infos.__class__ is list
            else _cart_item_infos
        )
        alibaba_cart_shop_item = cls(
            seller_open_id,
            seller_nick_name,
            cart_item_infos,
        )
        alibaba_cart_shop_item.additional_properties = d
        alibaba_cart_shop_item._present = tuple(src_dict)
        return alibaba_cart_shop_item

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
from ..models.alibaba_cart_item_info import AlibabaCartItemInfo  # noqa: E402
