# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_line_item import WarehouseLineItem
    from ..models.warehouse_receiver_address import WarehouseReceiverAddress
    from ..models.warehouse_tmall_order_info import WarehouseTmallOrderInfo


T = TypeVar("T", bound="WarehouseCreateInternationalLogisticsOrderRequest")


@_attrs_define
class WarehouseCreateInternationalLogisticsOrderRequest:
    """The international logistics order to book.

    Attributes:
        render_id (None | str | Unset): Render id (e.g. FF2024080200007), presumably from the orderRenderFreight preview
            (not stated)
        receiver_address (WarehouseReceiverAddress | Unset): ReceiverAddressTO, the overseas receiver address. Every
            field is `string | null` and optional; none has a description.
        line_items (list[WarehouseLineItem] | None | Unset): Order lines, each with its chosen freight service
        tmall_order_info (WarehouseTmallOrderInfo | Unset): TmallOrderInfoTO.
        remark (None | str | Unset): Remark
    """

    render_id: str | Unset | None = UNSET
    receiver_address: WarehouseReceiverAddress | Unset = UNSET
    line_items: list[WarehouseLineItem] | Unset | None = UNSET
    tmall_order_info: WarehouseTmallOrderInfo | Unset = UNSET
    remark: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        render_id: str | Unset | None
        if isinstance(self.render_id, Unset):
            render_id = UNSET
        else:
            render_id = self.render_id

        receiver_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver_address, Unset):
            receiver_address = self.receiver_address.to_dict()

        line_items: list[dict[str, Any]] | Unset | None
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        tmall_order_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmall_order_info, Unset):
            tmall_order_info = self.tmall_order_info.to_dict()

        remark: str | Unset | None
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if render_id is not UNSET:
            field_dict["renderId"] = render_id
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if tmall_order_info is not UNSET:
            field_dict["tmallOrderInfo"] = tmall_order_info
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_line_item import WarehouseLineItem
        from ..models.warehouse_receiver_address import WarehouseReceiverAddress
        from ..models.warehouse_tmall_order_info import WarehouseTmallOrderInfo

        d = dict(src_dict)
        render_id = d.pop("renderId", UNSET)

        _receiver_address = d.pop("receiverAddress", UNSET)
        receiver_address: WarehouseReceiverAddress | Unset
        if isinstance(_receiver_address, Unset):
            receiver_address = UNSET
        else:
            receiver_address = WarehouseReceiverAddress.from_dict(_receiver_address)

        def _parse_line_items(data: object) -> list[WarehouseLineItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = WarehouseLineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarehouseLineItem] | None | Unset, data)

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        _tmall_order_info = d.pop("tmallOrderInfo", UNSET)
        tmall_order_info: WarehouseTmallOrderInfo | Unset
        if isinstance(_tmall_order_info, Unset):
            tmall_order_info = UNSET
        else:
            tmall_order_info = WarehouseTmallOrderInfo.from_dict(_tmall_order_info)

        remark = d.pop("remark", UNSET)

        warehouse_create_international_logistics_order_request = cls(
            render_id=render_id,
            receiver_address=receiver_address,
            line_items=line_items,
            tmall_order_info=tmall_order_info,
            remark=remark,
        )

        warehouse_create_international_logistics_order_request.additional_properties = d
        return warehouse_create_international_logistics_order_request

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
