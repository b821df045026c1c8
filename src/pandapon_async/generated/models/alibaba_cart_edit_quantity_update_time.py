# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_cart_edit_quantity_time_zone import AlibabaCartEditQuantityTimeZone


T = TypeVar("T", bound="AlibabaCartEditQuantityUpdateTime")


@_attrs_define
class AlibabaCartEditQuantityUpdateTime:
    """Operation time as a serialised Java `DateTime` object; optional.

    Attributes:
        mutable (bool | None | Unset):
        first_day_of_week (None | str | Unset): 枚举值 (values): SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
            SATURDAY
        time_zone (AlibabaCartEditQuantityTimeZone | Unset): The time zone of `updateTime` (`ID`).
        minimal_days_in_first_week (int | None | Unset):
    """

    mutable: bool | Unset | None = UNSET
    first_day_of_week: str | Unset | None = UNSET
    time_zone: AlibabaCartEditQuantityTimeZone | Unset = UNSET
    minimal_days_in_first_week: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mutable: bool | Unset | None
        if isinstance(self.mutable, Unset):
            mutable = UNSET
        else:
            mutable = self.mutable

        first_day_of_week: str | Unset | None
        if isinstance(self.first_day_of_week, Unset):
            first_day_of_week = UNSET
        else:
            first_day_of_week = self.first_day_of_week

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        minimal_days_in_first_week: int | Unset | None
        if isinstance(self.minimal_days_in_first_week, Unset):
            minimal_days_in_first_week = UNSET
        else:
            minimal_days_in_first_week = self.minimal_days_in_first_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mutable is not UNSET:
            field_dict["mutable"] = mutable
        if first_day_of_week is not UNSET:
            field_dict["firstDayOfWeek"] = first_day_of_week
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if minimal_days_in_first_week is not UNSET:
            field_dict["minimalDaysInFirstWeek"] = minimal_days_in_first_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_cart_edit_quantity_time_zone import AlibabaCartEditQuantityTimeZone

        d = dict(src_dict)
        mutable = d.pop("mutable", UNSET)

        first_day_of_week = d.pop("firstDayOfWeek", UNSET)

        _time_zone = d.pop("timeZone", UNSET)
        time_zone: AlibabaCartEditQuantityTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = AlibabaCartEditQuantityTimeZone.from_dict(_time_zone)

        minimal_days_in_first_week = d.pop("minimalDaysInFirstWeek", UNSET)

        alibaba_cart_edit_quantity_update_time = cls(
            mutable=mutable,
            first_day_of_week=first_day_of_week,
            time_zone=time_zone,
            minimal_days_in_first_week=minimal_days_in_first_week,
        )

        alibaba_cart_edit_quantity_update_time.additional_properties = d
        return alibaba_cart_edit_quantity_update_time

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
