# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoOrderLogisticsTrace")


@_attrs_define
class TaobaoOrderLogisticsTrace:
    """One tracking event.

    Attributes:
        status_desc (str | None): Status text, e.g. 运输中 (in transit).
        province (str | None): Province.
        city (str | None): City.
        district (str | None): District.
        action (str | None): Event code.
        facility_name (str | None): Facility name.
        time (str | None): Event time, e.g. `2023-12-14 21:39:11`.
        standerd_desc (str | None): Standard description of the event.
        status (str | None): Status code.
        next_city (str | None): Next city.
        next_node_name (str | None): Next node name.
    """

    status_desc: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    action: str | None = None
    facility_name: str | None = None
    time: str | None = None
    standerd_desc: str | None = None
    status: str | None = None
    next_city: str | None = None
    next_node_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.status_desc is not None or "statusDesc" in present:
            field_dict["statusDesc"] = self.status_desc
        if self.province is not None or "province" in present:
            field_dict["province"] = self.province
        if self.city is not None or "city" in present:
            field_dict["city"] = self.city
        if self.district is not None or "district" in present:
            field_dict["district"] = self.district
        if self.action is not None or "action" in present:
            field_dict["action"] = self.action
        if self.facility_name is not None or "facilityName" in present:
            field_dict["facilityName"] = self.facility_name
        if self.time is not None or "time" in present:
            field_dict["time"] = self.time
        if self.standerd_desc is not None or "standerdDesc" in present:
            field_dict["standerdDesc"] = self.standerd_desc
        if self.status is not None or "status" in present:
            field_dict["status"] = self.status
        if self.next_city is not None or "nextCity" in present:
            field_dict["nextCity"] = self.next_city
        if self.next_node_name is not None or "nextNodeName" in present:
            field_dict["nextNodeName"] = self.next_node_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        status_desc = d.pop("statusDesc", None)
        province = d.pop("province", None)
        city = d.pop("city", None)
        district = d.pop("district", None)
        action = d.pop("action", None)
        facility_name = d.pop("facilityName", None)
        time = d.pop("time", None)
        standerd_desc = d.pop("standerdDesc", None)
        status = d.pop("status", None)
        next_city = d.pop("nextCity", None)
        next_node_name = d.pop("nextNodeName", None)
        taobao_order_logistics_trace = cls(
            status_desc,
            province,
            city,
            district,
            action,
            facility_name,
            time,
            standerd_desc,
            status,
            next_city,
            next_node_name,
        )
        taobao_order_logistics_trace.additional_properties = d
        taobao_order_logistics_trace._present = tuple(src_dict)
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
