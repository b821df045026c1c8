# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoOrderPnmLogisticsDetail")


@_attrs_define
class TaobaoOrderPnmLogisticsDetail:
    """One logistics package (PnmLogisticsDetail, 5 fields).

    Attributes:
        mail_no (str | None): Tracking number (waybill number).
        logistics_traces (list[TaobaoOrderLogisticsTrace] | None): Tracking events.
        logistics_partner (list[TaobaoOrderLogisticsPartner] | None): Carriers (from the v2 example).
        receiver (TaobaoOrderLogisticsReceiver | None): Receiver (from the v2 example).
        logistics_goods (list[TaobaoOrderLogisticsGoods] | None): Goods in the package (from the v2 example).
    """

    mail_no: str | None = None
    logistics_traces: list[TaobaoOrderLogisticsTrace] | None = None
    logistics_partner: list[TaobaoOrderLogisticsPartner] | None = None
    receiver: TaobaoOrderLogisticsReceiver | None = None
    logistics_goods: list[TaobaoOrderLogisticsGoods] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.mail_no is not None or "mailNo" in present:
            field_dict["mailNo"] = self.mail_no
        logistics_traces: object = self.logistics_traces
        if logistics_traces is not None or "logisticsTraces" in present:
            field_dict["logisticsTraces"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoOrderLogisticsTrace) else item
                    for item in cast("list[object]", logistics_traces)
                ]
                if isinstance(logistics_traces, list)
                else logistics_traces
            )
        logistics_partner: object = self.logistics_partner
        if logistics_partner is not None or "logisticsPartner" in present:
            field_dict["logisticsPartner"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoOrderLogisticsPartner) else item
                    for item in cast("list[object]", logistics_partner)
                ]
                if isinstance(logistics_partner, list)
                else logistics_partner
            )
        receiver: object = self.receiver
        if receiver is not None or "receiver" in present:
            field_dict["receiver"] = (
                receiver.to_dict() if isinstance(receiver, TaobaoOrderLogisticsReceiver) else receiver
            )
        logistics_goods: object = self.logistics_goods
        if logistics_goods is not None or "logisticsGoods" in present:
            field_dict["logisticsGoods"] = (
                [
                    item.to_dict() if isinstance(item, TaobaoOrderLogisticsGoods) else item
                    for item in cast("list[object]", logistics_goods)
                ]
                if isinstance(logistics_goods, list)
                else logistics_goods
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        mail_no = d.pop("mailNo", None)
        _logistics_traces = d.pop("logisticsTraces", None)
        logistics_traces = (
            [
                TaobaoOrderLogisticsTrace.from_dict(item) if item.__class__ is dict else item
                for item in _logistics_traces
            ]
            if _logistics_traces.__class__ is list
            else _logistics_traces
        )
        _logistics_partner = d.pop("logisticsPartner", None)
        logistics_partner = (
            [
                TaobaoOrderLogisticsPartner.from_dict(item) if item.__class__ is dict else item
                for item in _logistics_partner
            ]
            if _logistics_partner.__class__ is list
            else _logistics_partner
        )
        _receiver = d.pop("receiver", None)
        receiver = TaobaoOrderLogisticsReceiver.from_dict(_receiver) if _receiver.__class__ is dict else _receiver
        _logistics_goods = d.pop("logisticsGoods", None)
        logistics_goods = (
            [TaobaoOrderLogisticsGoods.from_dict(item) if item.__class__ is dict else item for item in _logistics_goods]
            if _logistics_goods.__class__ is list
            else _logistics_goods
        )
        taobao_order_pnm_logistics_detail = cls(
            mail_no,
            logistics_traces,
            logistics_partner,
            receiver,
            logistics_goods,
        )
        taobao_order_pnm_logistics_detail.additional_properties = d
        taobao_order_pnm_logistics_detail._present = tuple(src_dict)
        return taobao_order_pnm_logistics_detail

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
from ..models.taobao_order_logistics_goods import TaobaoOrderLogisticsGoods  # noqa: E402
from ..models.taobao_order_logistics_partner import TaobaoOrderLogisticsPartner  # noqa: E402
from ..models.taobao_order_logistics_receiver import TaobaoOrderLogisticsReceiver  # noqa: E402
from ..models.taobao_order_logistics_trace import TaobaoOrderLogisticsTrace  # noqa: E402
