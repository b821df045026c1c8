# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_inner_logistic_info import WarehouseInnerLogisticInfo
    from ..models.warehouse_logistic_line_item import WarehouseLogisticLineItem


T = TypeVar("T", bound="WarehouseLogisticInfo")


@_attrs_define
class WarehouseLogisticInfo:
    """Logistics of one order line.

    Attributes:
        line_item (WarehouseLogisticLineItem | Unset): The order line a logistics record belongs to.
        logistic_numer (None | str | Unset): Tracking number of the line (field name spelled logisticNumer, sic); the
            example values look like international/warehouse tracking numbers (an interpretation)
        domestic_logistic_info (list[WarehouseInnerLogisticInfo] | None | Unset): Domestic shipments of the line
            (InnerLogisticInfoTO)
    """

    line_item: WarehouseLogisticLineItem | Unset = UNSET
    logistic_numer: str | Unset | None = UNSET
    domestic_logistic_info: list[WarehouseInnerLogisticInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_item, Unset):
            line_item = self.line_item.to_dict()

        logistic_numer: str | Unset | None
        if isinstance(self.logistic_numer, Unset):
            logistic_numer = UNSET
        else:
            logistic_numer = self.logistic_numer

        domestic_logistic_info: list[dict[str, Any]] | Unset | None
        if isinstance(self.domestic_logistic_info, Unset):
            domestic_logistic_info = UNSET
        elif isinstance(self.domestic_logistic_info, list):
            domestic_logistic_info = []
            for domestic_logistic_info_type_0_item_data in self.domestic_logistic_info:
                domestic_logistic_info_type_0_item = domestic_logistic_info_type_0_item_data.to_dict()
                domestic_logistic_info.append(domestic_logistic_info_type_0_item)

        else:
            domestic_logistic_info = self.domestic_logistic_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if logistic_numer is not UNSET:
            field_dict["logisticNumer"] = logistic_numer
        if domestic_logistic_info is not UNSET:
            field_dict["domesticLogisticInfo"] = domestic_logistic_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_inner_logistic_info import WarehouseInnerLogisticInfo
        from ..models.warehouse_logistic_line_item import WarehouseLogisticLineItem

        d = dict(src_dict)
        _line_item = d.pop("lineItem", UNSET)
        line_item: WarehouseLogisticLineItem | Unset
        if isinstance(_line_item, Unset):
            line_item = UNSET
        else:
            line_item = WarehouseLogisticLineItem.from_dict(_line_item)

        logistic_numer = d.pop("logisticNumer", UNSET)

        def _parse_domestic_logistic_info(data: object) -> list[WarehouseInnerLogisticInfo] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domestic_logistic_info_type_0 = []
                _domestic_logistic_info_type_0 = data
                for domestic_logistic_info_type_0_item_data in _domestic_logistic_info_type_0:
                    domestic_logistic_info_type_0_item = WarehouseInnerLogisticInfo.from_dict(
                        domestic_logistic_info_type_0_item_data
                    )

                    domestic_logistic_info_type_0.append(domestic_logistic_info_type_0_item)

                return domestic_logistic_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarehouseInnerLogisticInfo] | None | Unset, data)

        domestic_logistic_info = _parse_domestic_logistic_info(d.pop("domesticLogisticInfo", UNSET))

        warehouse_logistic_info = cls(
            line_item=line_item,
            logistic_numer=logistic_numer,
            domestic_logistic_info=domestic_logistic_info,
        )

        warehouse_logistic_info.additional_properties = d
        return warehouse_logistic_info

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
