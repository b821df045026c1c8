# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoBatchCheckGoodsData")


@_attrs_define
class TaobaoBatchCheckGoodsData:
    """
    Attributes:
        mp_products (list[TaobaoGoodsMpProduct] | None): 返回供销商品信息 (distribution products found)
        no_mp_product_item_ids (list[str] | None): Item ids that have no distribution product.
        no_mp_reason_list (list[TaobaoGoodsNoMpReason] | None): 错误原因列表 (list of failure reasons)
    """

    mp_products: list[TaobaoGoodsMpProduct] | None = None
    no_mp_product_item_ids: list[str] | None = None
    no_mp_reason_list: list[TaobaoGoodsNoMpReason] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        mp_products: object = self.mp_products
        if mp_products is not None or "mpProducts" in present:
            field_dict["mpProducts"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoGoodsMpProduct) else item
                    for item in cast("list[object]", mp_products)
                ]
                if isinstance(mp_products, list)
                else mp_products
            )
        if self.no_mp_product_item_ids is not None or "noMpProductItemIds" in present:
            field_dict["noMpProductItemIds"] = self.no_mp_product_item_ids
        no_mp_reason_list: object = self.no_mp_reason_list
        if no_mp_reason_list is not None or "noMpReasonList" in present:
            field_dict["noMpReasonList"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoGoodsNoMpReason) else item
                    for item in cast("list[object]", no_mp_reason_list)
                ]
                if isinstance(no_mp_reason_list, list)
                else no_mp_reason_list
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _mp_products = d.pop("mpProducts", None)
        mp_products = (
            [TaobaoGoodsMpProduct.from_dict(item) if item.__class__ is dict else item for item in _mp_products]
            if _mp_products.__class__ is list
            else _mp_products
        )
        no_mp_product_item_ids = d.pop("noMpProductItemIds", None)
        _no_mp_reason_list = d.pop("noMpReasonList", None)
        no_mp_reason_list = (
            [TaobaoGoodsNoMpReason.from_dict(item) if item.__class__ is dict else item for item in _no_mp_reason_list]
            if _no_mp_reason_list.__class__ is list
            else _no_mp_reason_list
        )
        taobao_batch_check_goods_data = cls(
            mp_products,
            no_mp_product_item_ids,
            no_mp_reason_list,
        )
        taobao_batch_check_goods_data.additional_properties = d
        taobao_batch_check_goods_data._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.taobao_goods_mp_product import TaobaoGoodsMpProduct  # noqa: E402
from ..models.taobao_goods_no_mp_reason import TaobaoGoodsNoMpReason  # noqa: E402
