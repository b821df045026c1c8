# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_order_pnm_logistics_detail import TaobaoOrderPnmLogisticsDetail


T = TypeVar("T", bound="TaobaoGetOrderLogisticsDetailData")


@_attrs_define
class TaobaoGetOrderLogisticsDetailData:
    """
    Attributes:
        purchase_order_outer_id (int | None | str | Unset): 淘宝子订单ID (Taobao sub-order id); may exceed 2^53.
        pnm_logistics_details (list[TaobaoOrderPnmLogisticsDetail] | None | Unset): 物流包裹清单 (list of logistics packages)
    """

    purchase_order_outer_id: int | str | Unset | None = UNSET
    pnm_logistics_details: list[TaobaoOrderPnmLogisticsDetail] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_order_outer_id: int | str | Unset | None
        if isinstance(self.purchase_order_outer_id, Unset):
            purchase_order_outer_id = UNSET
        else:
            purchase_order_outer_id = self.purchase_order_outer_id

        pnm_logistics_details: list[dict[str, Any]] | Unset | None
        if isinstance(self.pnm_logistics_details, Unset):
            pnm_logistics_details = UNSET
        elif isinstance(self.pnm_logistics_details, list):
            pnm_logistics_details = []
            for pnm_logistics_details_type_0_item_data in self.pnm_logistics_details:
                pnm_logistics_details_type_0_item = pnm_logistics_details_type_0_item_data.to_dict()
                pnm_logistics_details.append(pnm_logistics_details_type_0_item)

        else:
            pnm_logistics_details = self.pnm_logistics_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_order_outer_id is not UNSET:
            field_dict["purchaseOrderOuterId"] = purchase_order_outer_id
        if pnm_logistics_details is not UNSET:
            field_dict["pnmLogisticsDetails"] = pnm_logistics_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_order_pnm_logistics_detail import TaobaoOrderPnmLogisticsDetail

        d = dict(src_dict)
        purchase_order_outer_id = d.pop("purchaseOrderOuterId", UNSET)

        def _parse_pnm_logistics_details(data: object) -> list[TaobaoOrderPnmLogisticsDetail] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pnm_logistics_details_type_0 = []
                _pnm_logistics_details_type_0 = data
                for pnm_logistics_details_type_0_item_data in _pnm_logistics_details_type_0:
                    pnm_logistics_details_type_0_item = TaobaoOrderPnmLogisticsDetail.from_dict(
                        pnm_logistics_details_type_0_item_data
                    )

                    pnm_logistics_details_type_0.append(pnm_logistics_details_type_0_item)

                return pnm_logistics_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderPnmLogisticsDetail] | None | Unset, data)

        pnm_logistics_details = _parse_pnm_logistics_details(d.pop("pnmLogisticsDetails", UNSET))

        taobao_get_order_logistics_detail_data = cls(
            purchase_order_outer_id=purchase_order_outer_id,
            pnm_logistics_details=pnm_logistics_details,
        )

        taobao_get_order_logistics_detail_data.additional_properties = d
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
