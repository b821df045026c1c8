# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoGetOrderLogisticsDetailData")


@_attrs_define
class TaobaoGetOrderLogisticsDetailData:
    """
    Attributes:
        purchase_order_outer_id (int | str | None): 淘宝子订单ID (Taobao sub-order id); may exceed 2^53.
        pnm_logistics_details (list[TaobaoOrderPnmLogisticsDetail] | None): 物流包裹清单 (list of logistics packages)
    """

    purchase_order_outer_id: int | str | None = None
    pnm_logistics_details: list[TaobaoOrderPnmLogisticsDetail] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.purchase_order_outer_id is not None or "purchaseOrderOuterId" in present:
            field_dict["purchaseOrderOuterId"] = self.purchase_order_outer_id
        pnm_logistics_details: object = self.pnm_logistics_details
        if pnm_logistics_details is not None or "pnmLogisticsDetails" in present:
            field_dict["pnmLogisticsDetails"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoOrderPnmLogisticsDetail) else item
                    for item in cast("list[object]", pnm_logistics_details)
                ]
                if isinstance(pnm_logistics_details, list)
                else pnm_logistics_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        purchase_order_outer_id = d.pop("purchaseOrderOuterId", None)
        _pnm_logistics_details = d.pop("pnmLogisticsDetails", None)
        pnm_logistics_details = (
            [
                TaobaoOrderPnmLogisticsDetail.from_dict(item) if item.__class__ is dict else item
                for item in _pnm_logistics_details
            ]
            if _pnm_logistics_details.__class__ is list
            else _pnm_logistics_details
        )
        taobao_get_order_logistics_detail_data = cls(
            purchase_order_outer_id,
            pnm_logistics_details,
        )
        taobao_get_order_logistics_detail_data.additional_properties = d
        taobao_get_order_logistics_detail_data._present = tuple(src_dict)
        return taobao_get_order_logistics_detail_data

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
from ..models.taobao_order_pnm_logistics_detail import TaobaoOrderPnmLogisticsDetail  # noqa: E402
