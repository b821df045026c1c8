# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_edit_quantity_update_time import AlibabaCartEditQuantityUpdateTime


T = TypeVar("T", bound="AlibabaCartEditQuantityRequest")


@_attrs_define
class AlibabaCartEditQuantityRequest:
    """Body of the 1688 cart quantity edit.

    Attributes:
        quantity (int | None | Unset): 数量 (new quantity)
        id (int | None | Unset): 购物车ID (shopping-cart entry id)
        update_time (AlibabaCartEditQuantityUpdateTime | Unset): Operation time as a serialised Java `DateTime` object;
            optional.
        product_no (None | str | Unset): 产品号 (product number)
        container (None | str | Unset): 柜箱号 (container number)
    """

    quantity: int | Unset | None = UNSET
    id: int | Unset | None = UNSET
    update_time: AlibabaCartEditQuantityUpdateTime | Unset = UNSET
    product_no: str | Unset | None = UNSET
    container: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        id: int | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        update_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.to_dict()

        product_no: str | Unset | None
        if isinstance(self.product_no, Unset):
            product_no = UNSET
        else:
            product_no = self.product_no

        container: str | Unset | None
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if id is not UNSET:
            field_dict["id"] = id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if product_no is not UNSET:
            field_dict["productNo"] = product_no
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_edit_quantity_update_time import AlibabaCartEditQuantityUpdateTime

        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        id = d.pop("id", UNSET)

        _update_time = d.pop("updateTime", UNSET)
        update_time: AlibabaCartEditQuantityUpdateTime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = AlibabaCartEditQuantityUpdateTime.from_dict(_update_time)

        product_no = d.pop("productNo", UNSET)

        container = d.pop("container", UNSET)

        alibaba_cart_edit_quantity_request = cls(
            quantity=quantity,
            id=id,
            update_time=update_time,
            product_no=product_no,
            container=container,
        )

        alibaba_cart_edit_quantity_request.additional_properties = d
        return alibaba_cart_edit_quantity_request

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
