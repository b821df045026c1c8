# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_order_template import TaobaoRefundOrderTemplate


T = TypeVar("T", bound="TaobaoRefundRenderData")


@_attrs_define
class TaobaoRefundRenderData:
    """RefundRenderVO, the rendered reverse-order template.

    Attributes:
        refund_order_template (None | TaobaoRefundOrderTemplate | Unset): 逆向单模板 (reverse-order template)
        distributor_id (int | None | str | Unset): 分销商id (distributor id)
        currency (None | str | Unset): 货币 (currency)
        sale_flag (bool | None | Unset): 是否可以售后标志 (whether after-sales is possible)
    """

    refund_order_template: TaobaoRefundOrderTemplate | Unset | None = UNSET
    distributor_id: int | str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    sale_flag: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_order_template import TaobaoRefundOrderTemplate

        refund_order_template: dict[str, Any] | Unset | None
        if isinstance(self.refund_order_template, Unset):
            refund_order_template = UNSET
        elif isinstance(self.refund_order_template, TaobaoRefundOrderTemplate):
            refund_order_template = self.refund_order_template.to_dict()
        else:
            refund_order_template = self.refund_order_template

        distributor_id: int | str | Unset | None
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        sale_flag: bool | Unset | None
        if isinstance(self.sale_flag, Unset):
            sale_flag = UNSET
        else:
            sale_flag = self.sale_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_order_template is not UNSET:
            field_dict["refundOrderTemplate"] = refund_order_template
        if distributor_id is not UNSET:
            field_dict["distributorId"] = distributor_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sale_flag is not UNSET:
            field_dict["saleFlag"] = sale_flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_order_template import TaobaoRefundOrderTemplate

        d = dict(src_dict)

        def _parse_refund_order_template(data: object) -> TaobaoRefundOrderTemplate | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_template_type_0 = TaobaoRefundOrderTemplate.from_dict(data)

                return refund_order_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundOrderTemplate | Unset, data)

        refund_order_template = _parse_refund_order_template(d.pop("refundOrderTemplate", UNSET))

        distributor_id = d.pop("distributorId", UNSET)

        currency = d.pop("currency", UNSET)

        sale_flag = d.pop("saleFlag", UNSET)

        taobao_refund_render_data = cls(
            refund_order_template=refund_order_template,
            distributor_id=distributor_id,
            currency=currency,
            sale_flag=sale_flag,
        )

        taobao_refund_render_data.additional_properties = d
        return taobao_refund_render_data

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
