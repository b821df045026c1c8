# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoAddCartItemRequest")


@_attrs_define
class TaobaoAddCartItemRequest:
    """
    Attributes:
        mp_id (str): Distribution (供销) product id; required.
        mp_sku_id (str): Distribution (供销) sku id; required.
        user_id (None | str | Unset): 平台userId (platform user id)
        platform (int | None | Unset): Platform; optional, meaning not documented (the example sends 1).
        item_id (int | Unset): 商品ID (item id)
        sku_id (str | Unset): skuId
        item_title (str | Unset): 商品标题 (item title)
        item_pic (str | Unset): 商品图片 (item picture URL)
        price (int | Unset): 商品价格 (item price; integer, unit not stated)
        promotion_price (int | None | Unset): 商品优惠后价格 (price after discount; integer, unit not stated)
        properties (None | str | Unset): sku属性 (sku properties): JSON-encoded array of `{"valueId", "valueName",
            "propId", "propName"}` objects.
        quantity (int | Unset): 数量 (quantity)
        shop_id (int | Unset): 店铺ID (shop id)
        shop_name (str | Unset): 店铺名称 (shop name)
        sku_quantity (None | str | Unset): sku对应的库存 (stock of the sku, as a string)
        user_nick (None | str | Unset): userNick (user nickname)
    """

    mp_id: str
    mp_sku_id: str
    user_id: str | Unset | None = UNSET
    platform: int | Unset | None = UNSET
    item_id: int | Unset = UNSET
    sku_id: str | Unset = UNSET
    item_title: str | Unset = UNSET
    item_pic: str | Unset = UNSET
    price: int | Unset = UNSET
    promotion_price: int | Unset | None = UNSET
    properties: str | Unset | None = UNSET
    quantity: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    shop_name: str | Unset = UNSET
    sku_quantity: str | Unset | None = UNSET
    user_nick: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mp_id = self.mp_id

        mp_sku_id = self.mp_sku_id

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        platform: int | Unset | None
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        item_id = self.item_id

        sku_id = self.sku_id

        item_title = self.item_title

        item_pic = self.item_pic

        price = self.price

        promotion_price: int | Unset | None
        if isinstance(self.promotion_price, Unset):
            promotion_price = UNSET
        else:
            promotion_price = self.promotion_price

        properties: str | Unset | None
        if isinstance(self.properties, Unset):
            properties = UNSET
        else:
            properties = self.properties

        quantity = self.quantity

        shop_id = self.shop_id

        shop_name = self.shop_name

        sku_quantity: str | Unset | None
        if isinstance(self.sku_quantity, Unset):
            sku_quantity = UNSET
        else:
            sku_quantity = self.sku_quantity

        user_nick: str | Unset | None
        if isinstance(self.user_nick, Unset):
            user_nick = UNSET
        else:
            user_nick = self.user_nick

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mpId": mp_id,
                "mpSkuId": mp_sku_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if item_pic is not UNSET:
            field_dict["itemPic"] = item_pic
        if price is not UNSET:
            field_dict["price"] = price
        if promotion_price is not UNSET:
            field_dict["promotionPrice"] = promotion_price
        if properties is not UNSET:
            field_dict["properties"] = properties
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if shop_id is not UNSET:
            field_dict["shopId"] = shop_id
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if sku_quantity is not UNSET:
            field_dict["skuQuantity"] = sku_quantity
        if user_nick is not UNSET:
            field_dict["userNick"] = user_nick

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mp_id = d.pop("mpId")

        mp_sku_id = d.pop("mpSkuId")

        user_id = d.pop("userId", UNSET)

        platform = d.pop("platform", UNSET)

        item_id = d.pop("itemId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        item_title = d.pop("itemTitle", UNSET)

        item_pic = d.pop("itemPic", UNSET)

        price = d.pop("price", UNSET)

        promotion_price = d.pop("promotionPrice", UNSET)

        properties = d.pop("properties", UNSET)

        quantity = d.pop("quantity", UNSET)

        shop_id = d.pop("shopId", UNSET)

        shop_name = d.pop("shopName", UNSET)

        sku_quantity = d.pop("skuQuantity", UNSET)

        user_nick = d.pop("userNick", UNSET)

        taobao_add_cart_item_request = cls(
            mp_id=mp_id,
            mp_sku_id=mp_sku_id,
            user_id=user_id,
            platform=platform,
            item_id=item_id,
            sku_id=sku_id,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            promotion_price=promotion_price,
            properties=properties,
            quantity=quantity,
            shop_id=shop_id,
            shop_name=shop_name,
            sku_quantity=sku_quantity,
            user_nick=user_nick,
        )

        taobao_add_cart_item_request.additional_properties = d
        return taobao_add_cart_item_request

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
