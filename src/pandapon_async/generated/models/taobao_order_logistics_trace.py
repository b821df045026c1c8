# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoOrderLogisticsTrace")


@_attrs_define
class TaobaoOrderLogisticsTrace:
    """One tracking event.

    Attributes:
        status_desc (None | str | Unset): Status text, e.g. 运输中 (in transit).
        province (None | str | Unset): Province.
        city (None | str | Unset): City.
        district (None | str | Unset): District.
        action (None | str | Unset): Event code.
        facility_name (None | str | Unset): Facility name.
        time (None | str | Unset): Event time, e.g. `2023-12-14 21:39:11`.
        standerd_desc (None | str | Unset): Standard description of the event.
        status (None | str | Unset): Status code.
        next_city (None | str | Unset): Next city.
        next_node_name (None | str | Unset): Next node name.
    """

    status_desc: str | Unset | None = UNSET
    province: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    district: str | Unset | None = UNSET
    action: str | Unset | None = UNSET
    facility_name: str | Unset | None = UNSET
    time: str | Unset | None = UNSET
    standerd_desc: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    next_city: str | Unset | None = UNSET
    next_node_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_desc: str | Unset | None
        if isinstance(self.status_desc, Unset):
            status_desc = UNSET
        else:
            status_desc = self.status_desc

        province: str | Unset | None
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        district: str | Unset | None
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        action: str | Unset | None
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        facility_name: str | Unset | None
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        time: str | Unset | None
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        standerd_desc: str | Unset | None
        if isinstance(self.standerd_desc, Unset):
            standerd_desc = UNSET
        else:
            standerd_desc = self.standerd_desc

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        next_city: str | Unset | None
        if isinstance(self.next_city, Unset):
            next_city = UNSET
        else:
            next_city = self.next_city

        next_node_name: str | Unset | None
        if isinstance(self.next_node_name, Unset):
            next_node_name = UNSET
        else:
            next_node_name = self.next_node_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_desc is not UNSET:
            field_dict["statusDesc"] = status_desc
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if action is not UNSET:
            field_dict["action"] = action
        if facility_name is not UNSET:
            field_dict["facilityName"] = facility_name
        if time is not UNSET:
            field_dict["time"] = time
        if standerd_desc is not UNSET:
            field_dict["standerdDesc"] = standerd_desc
        if status is not UNSET:
            field_dict["status"] = status
        if next_city is not UNSET:
            field_dict["nextCity"] = next_city
        if next_node_name is not UNSET:
            field_dict["nextNodeName"] = next_node_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_desc = d.pop("statusDesc", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        action = d.pop("action", UNSET)

        facility_name = d.pop("facilityName", UNSET)

        time = d.pop("time", UNSET)

        standerd_desc = d.pop("standerdDesc", UNSET)

        status = d.pop("status", UNSET)

        next_city = d.pop("nextCity", UNSET)

        next_node_name = d.pop("nextNodeName", UNSET)

        taobao_order_logistics_trace = cls(
            status_desc=status_desc,
            province=province,
            city=city,
            district=district,
            action=action,
            facility_name=facility_name,
            time=time,
            standerd_desc=standerd_desc,
            status=status,
            next_city=next_city,
            next_node_name=next_node_name,
        )

        taobao_order_logistics_trace.additional_properties = d
        return taobao_order_logistics_trace

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
