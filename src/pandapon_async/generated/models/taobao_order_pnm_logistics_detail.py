# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_order_logistics_goods import TaobaoOrderLogisticsGoods
    from ..models.taobao_order_logistics_partner import TaobaoOrderLogisticsPartner
    from ..models.taobao_order_logistics_receiver import TaobaoOrderLogisticsReceiver
    from ..models.taobao_order_logistics_trace import TaobaoOrderLogisticsTrace


T = TypeVar("T", bound="TaobaoOrderPnmLogisticsDetail")


@_attrs_define
class TaobaoOrderPnmLogisticsDetail:
    """One logistics package (PnmLogisticsDetail, 5 fields).

    Attributes:
        mail_no (None | str | Unset): Tracking number (waybill number).
        logistics_traces (list[TaobaoOrderLogisticsTrace] | None | Unset): Tracking events.
        logistics_partner (list[TaobaoOrderLogisticsPartner] | None | Unset): Carriers (from the v2 example).
        receiver (None | TaobaoOrderLogisticsReceiver | Unset): Receiver (from the v2 example).
        logistics_goods (list[TaobaoOrderLogisticsGoods] | None | Unset): Goods in the package (from the v2 example).
    """

    mail_no: str | Unset | None = UNSET
    logistics_traces: list[TaobaoOrderLogisticsTrace] | Unset | None = UNSET
    logistics_partner: list[TaobaoOrderLogisticsPartner] | Unset | None = UNSET
    receiver: TaobaoOrderLogisticsReceiver | Unset | None = UNSET
    logistics_goods: list[TaobaoOrderLogisticsGoods] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_order_logistics_receiver import TaobaoOrderLogisticsReceiver

        mail_no: str | Unset | None
        if isinstance(self.mail_no, Unset):
            mail_no = UNSET
        else:
            mail_no = self.mail_no

        logistics_traces: list[dict[str, Any]] | Unset | None
        if isinstance(self.logistics_traces, Unset):
            logistics_traces = UNSET
        elif isinstance(self.logistics_traces, list):
            logistics_traces = []
            for logistics_traces_type_0_item_data in self.logistics_traces:
                logistics_traces_type_0_item = logistics_traces_type_0_item_data.to_dict()
                logistics_traces.append(logistics_traces_type_0_item)

        else:
            logistics_traces = self.logistics_traces

        logistics_partner: list[dict[str, Any]] | Unset | None
        if isinstance(self.logistics_partner, Unset):
            logistics_partner = UNSET
        elif isinstance(self.logistics_partner, list):
            logistics_partner = []
            for logistics_partner_type_0_item_data in self.logistics_partner:
                logistics_partner_type_0_item = logistics_partner_type_0_item_data.to_dict()
                logistics_partner.append(logistics_partner_type_0_item)

        else:
            logistics_partner = self.logistics_partner

        receiver: dict[str, Any] | Unset | None
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif isinstance(self.receiver, TaobaoOrderLogisticsReceiver):
            receiver = self.receiver.to_dict()
        else:
            receiver = self.receiver

        logistics_goods: list[dict[str, Any]] | Unset | None
        if isinstance(self.logistics_goods, Unset):
            logistics_goods = UNSET
        elif isinstance(self.logistics_goods, list):
            logistics_goods = []
            for logistics_goods_type_0_item_data in self.logistics_goods:
                logistics_goods_type_0_item = logistics_goods_type_0_item_data.to_dict()
                logistics_goods.append(logistics_goods_type_0_item)

        else:
            logistics_goods = self.logistics_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_no is not UNSET:
            field_dict["mailNo"] = mail_no
        if logistics_traces is not UNSET:
            field_dict["logisticsTraces"] = logistics_traces
        if logistics_partner is not UNSET:
            field_dict["logisticsPartner"] = logistics_partner
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if logistics_goods is not UNSET:
            field_dict["logisticsGoods"] = logistics_goods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_order_logistics_goods import TaobaoOrderLogisticsGoods
        from ..models.taobao_order_logistics_partner import TaobaoOrderLogisticsPartner
        from ..models.taobao_order_logistics_receiver import TaobaoOrderLogisticsReceiver
        from ..models.taobao_order_logistics_trace import TaobaoOrderLogisticsTrace

        d = dict(src_dict)
        mail_no = d.pop("mailNo", UNSET)

        def _parse_logistics_traces(data: object) -> list[TaobaoOrderLogisticsTrace] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_traces_type_0 = []
                _logistics_traces_type_0 = data
                for logistics_traces_type_0_item_data in _logistics_traces_type_0:
                    logistics_traces_type_0_item = TaobaoOrderLogisticsTrace.from_dict(
                        logistics_traces_type_0_item_data
                    )

                    logistics_traces_type_0.append(logistics_traces_type_0_item)

                return logistics_traces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderLogisticsTrace] | None | Unset, data)

        logistics_traces = _parse_logistics_traces(d.pop("logisticsTraces", UNSET))

        def _parse_logistics_partner(data: object) -> list[TaobaoOrderLogisticsPartner] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_partner_type_0 = []
                _logistics_partner_type_0 = data
                for logistics_partner_type_0_item_data in _logistics_partner_type_0:
                    logistics_partner_type_0_item = TaobaoOrderLogisticsPartner.from_dict(
                        logistics_partner_type_0_item_data
                    )

                    logistics_partner_type_0.append(logistics_partner_type_0_item)

                return logistics_partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderLogisticsPartner] | None | Unset, data)

        logistics_partner = _parse_logistics_partner(d.pop("logisticsPartner", UNSET))

        def _parse_receiver(data: object) -> TaobaoOrderLogisticsReceiver | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_type_0 = TaobaoOrderLogisticsReceiver.from_dict(data)

                return receiver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoOrderLogisticsReceiver | Unset, data)

        receiver = _parse_receiver(d.pop("receiver", UNSET))

        def _parse_logistics_goods(data: object) -> list[TaobaoOrderLogisticsGoods] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_goods_type_0 = []
                _logistics_goods_type_0 = data
                for logistics_goods_type_0_item_data in _logistics_goods_type_0:
                    logistics_goods_type_0_item = TaobaoOrderLogisticsGoods.from_dict(logistics_goods_type_0_item_data)

                    logistics_goods_type_0.append(logistics_goods_type_0_item)

                return logistics_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderLogisticsGoods] | None | Unset, data)

        logistics_goods = _parse_logistics_goods(d.pop("logisticsGoods", UNSET))

        taobao_order_pnm_logistics_detail = cls(
            mail_no=mail_no,
            logistics_traces=logistics_traces,
            logistics_partner=logistics_partner,
            receiver=receiver,
            logistics_goods=logistics_goods,
        )

        taobao_order_pnm_logistics_detail.additional_properties = d
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
