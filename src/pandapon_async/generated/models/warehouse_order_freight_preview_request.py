# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_receiver_address import WarehouseReceiverAddress
    from ..models.warehouse_render_item import WarehouseRenderItem


T = TypeVar("T", bound="WarehouseOrderFreightPreviewRequest")


@_attrs_define
class WarehouseOrderFreightPreviewRequest:
    """The receiver address and the order lines to preview the overseas freight for.

    Attributes:
        receiver_address (WarehouseReceiverAddress | Unset): ReceiverAddressTO, the overseas receiver address. Every
            field is `string | null` and optional; none has a description.
        render_items (list[WarehouseRenderItem] | None | Unset): Order lines, each with its chosen freight service
    """

    receiver_address: WarehouseReceiverAddress | Unset = UNSET
    render_items: list[WarehouseRenderItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver_address, Unset):
            receiver_address = self.receiver_address.to_dict()

        render_items: list[dict[str, Any]] | Unset | None
        if isinstance(self.render_items, Unset):
            render_items = UNSET
        elif isinstance(self.render_items, list):
            render_items = []
            for render_items_type_0_item_data in self.render_items:
                render_items_type_0_item = render_items_type_0_item_data.to_dict()
                render_items.append(render_items_type_0_item)

        else:
            render_items = self.render_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if render_items is not UNSET:
            field_dict["renderItems"] = render_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_receiver_address import WarehouseReceiverAddress
        from ..models.warehouse_render_item import WarehouseRenderItem

        d = dict(src_dict)
        _receiver_address = d.pop("receiverAddress", UNSET)
        receiver_address: WarehouseReceiverAddress | Unset
        if isinstance(_receiver_address, Unset):
            receiver_address = UNSET
        else:
            receiver_address = WarehouseReceiverAddress.from_dict(_receiver_address)

        def _parse_render_items(data: object) -> list[WarehouseRenderItem] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                render_items_type_0 = []
                _render_items_type_0 = data
                for render_items_type_0_item_data in _render_items_type_0:
                    render_items_type_0_item = WarehouseRenderItem.from_dict(render_items_type_0_item_data)

                    render_items_type_0.append(render_items_type_0_item)

                return render_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarehouseRenderItem] | None | Unset, data)

        render_items = _parse_render_items(d.pop("renderItems", UNSET))

        warehouse_order_freight_preview_request = cls(
            receiver_address=receiver_address,
            render_items=render_items,
        )

        warehouse_order_freight_preview_request.additional_properties = d
        return warehouse_order_freight_preview_request

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
