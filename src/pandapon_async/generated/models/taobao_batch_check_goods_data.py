# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_goods_mp_product import TaobaoGoodsMpProduct
    from ..models.taobao_goods_no_mp_reason import TaobaoGoodsNoMpReason


T = TypeVar("T", bound="TaobaoBatchCheckGoodsData")


@_attrs_define
class TaobaoBatchCheckGoodsData:
    """
    Attributes:
        mp_products (list[TaobaoGoodsMpProduct] | None | Unset): 返回供销商品信息 (distribution products found)
        no_mp_product_item_ids (list[str] | None | Unset): Item ids that have no distribution product.
        no_mp_reason_list (list[TaobaoGoodsNoMpReason] | None | Unset): 错误原因列表 (list of failure reasons)
    """

    mp_products: list[TaobaoGoodsMpProduct] | Unset | None = UNSET
    no_mp_product_item_ids: list[str] | Unset | None = UNSET
    no_mp_reason_list: list[TaobaoGoodsNoMpReason] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mp_products: list[dict[str, Any]] | Unset | None
        if isinstance(self.mp_products, Unset):
            mp_products = UNSET
        elif isinstance(self.mp_products, list):
            mp_products = []
            for mp_products_type_0_item_data in self.mp_products:
                mp_products_type_0_item = mp_products_type_0_item_data.to_dict()
                mp_products.append(mp_products_type_0_item)

        else:
            mp_products = self.mp_products

        no_mp_product_item_ids: list[str] | Unset | None
        if isinstance(self.no_mp_product_item_ids, Unset):
            no_mp_product_item_ids = UNSET
        elif isinstance(self.no_mp_product_item_ids, list):
            no_mp_product_item_ids = self.no_mp_product_item_ids

        else:
            no_mp_product_item_ids = self.no_mp_product_item_ids

        no_mp_reason_list: list[dict[str, Any]] | Unset | None
        if isinstance(self.no_mp_reason_list, Unset):
            no_mp_reason_list = UNSET
        elif isinstance(self.no_mp_reason_list, list):
            no_mp_reason_list = []
            for no_mp_reason_list_type_0_item_data in self.no_mp_reason_list:
                no_mp_reason_list_type_0_item = no_mp_reason_list_type_0_item_data.to_dict()
                no_mp_reason_list.append(no_mp_reason_list_type_0_item)

        else:
            no_mp_reason_list = self.no_mp_reason_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mp_products is not UNSET:
            field_dict["mpProducts"] = mp_products
        if no_mp_product_item_ids is not UNSET:
            field_dict["noMpProductItemIds"] = no_mp_product_item_ids
        if no_mp_reason_list is not UNSET:
            field_dict["noMpReasonList"] = no_mp_reason_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_goods_mp_product import TaobaoGoodsMpProduct
        from ..models.taobao_goods_no_mp_reason import TaobaoGoodsNoMpReason

        d = dict(src_dict)

        def _parse_mp_products(data: object) -> list[TaobaoGoodsMpProduct] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mp_products_type_0 = []
                _mp_products_type_0 = data
                for mp_products_type_0_item_data in _mp_products_type_0:
                    mp_products_type_0_item = TaobaoGoodsMpProduct.from_dict(mp_products_type_0_item_data)

                    mp_products_type_0.append(mp_products_type_0_item)

                return mp_products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoGoodsMpProduct] | None | Unset, data)

        mp_products = _parse_mp_products(d.pop("mpProducts", UNSET))

        def _parse_no_mp_product_item_ids(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                no_mp_product_item_ids_type_0 = cast(list[str], data)

                return no_mp_product_item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        no_mp_product_item_ids = _parse_no_mp_product_item_ids(d.pop("noMpProductItemIds", UNSET))

        def _parse_no_mp_reason_list(data: object) -> list[TaobaoGoodsNoMpReason] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                no_mp_reason_list_type_0 = []
                _no_mp_reason_list_type_0 = data
                for no_mp_reason_list_type_0_item_data in _no_mp_reason_list_type_0:
                    no_mp_reason_list_type_0_item = TaobaoGoodsNoMpReason.from_dict(no_mp_reason_list_type_0_item_data)

                    no_mp_reason_list_type_0.append(no_mp_reason_list_type_0_item)

                return no_mp_reason_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoGoodsNoMpReason] | None | Unset, data)

        no_mp_reason_list = _parse_no_mp_reason_list(d.pop("noMpReasonList", UNSET))

        taobao_batch_check_goods_data = cls(
            mp_products=mp_products,
            no_mp_product_item_ids=no_mp_product_item_ids,
            no_mp_reason_list=no_mp_reason_list,
        )

        taobao_batch_check_goods_data.additional_properties = d
        return taobao_batch_check_goods_data

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
