# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_item_info import AlibabaCartItemInfo


T = TypeVar("T", bound="AlibabaCartShopItem")


@_attrs_define
class AlibabaCartShopItem:
    """One shop's entries in the cart (`CartShopItem`).

    Attributes:
        seller_open_id (None | str | Unset): The shop's open id
        seller_nick_name (None | str | Unset): The shop's nickname
        cart_item_infos (list[AlibabaCartItemInfo] | None | Unset): The shop's cart entries
    """

    seller_open_id: str | Unset | None = UNSET
    seller_nick_name: str | Unset | None = UNSET
    cart_item_infos: list[AlibabaCartItemInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_open_id: str | Unset | None
        if isinstance(self.seller_open_id, Unset):
            seller_open_id = UNSET
        else:
            seller_open_id = self.seller_open_id

        seller_nick_name: str | Unset | None
        if isinstance(self.seller_nick_name, Unset):
            seller_nick_name = UNSET
        else:
            seller_nick_name = self.seller_nick_name

        cart_item_infos: list[dict[str, Any]] | Unset | None
        if isinstance(self.cart_item_infos, Unset):
            cart_item_infos = UNSET
        elif isinstance(self.cart_item_infos, list):
            cart_item_infos = []
            for cart_item_infos_type_0_item_data in self.cart_item_infos:
                cart_item_infos_type_0_item = cart_item_infos_type_0_item_data.to_dict()
                cart_item_infos.append(cart_item_infos_type_0_item)

        else:
            cart_item_infos = self.cart_item_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if seller_nick_name is not UNSET:
            field_dict["sellerNickName"] = seller_nick_name
        if cart_item_infos is not UNSET:
            field_dict["cartItemInfos"] = cart_item_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_item_info import AlibabaCartItemInfo

        d = dict(src_dict)
        seller_open_id = d.pop("sellerOpenId", UNSET)

        seller_nick_name = d.pop("sellerNickName", UNSET)

        def _parse_cart_item_infos(data: object) -> list[AlibabaCartItemInfo] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cart_item_infos_type_0 = []
                _cart_item_infos_type_0 = data
                for cart_item_infos_type_0_item_data in _cart_item_infos_type_0:
                    cart_item_infos_type_0_item = AlibabaCartItemInfo.from_dict(cart_item_infos_type_0_item_data)

                    cart_item_infos_type_0.append(cart_item_infos_type_0_item)

                return cart_item_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCartItemInfo] | None | Unset, data)

        cart_item_infos = _parse_cart_item_infos(d.pop("cartItemInfos", UNSET))

        alibaba_cart_shop_item = cls(
            seller_open_id=seller_open_id,
            seller_nick_name=seller_nick_name,
            cart_item_infos=cart_item_infos,
        )

        alibaba_cart_shop_item.additional_properties = d
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
