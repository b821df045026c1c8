# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="TaobaoRefundRenderData")


@_attrs_define
class TaobaoRefundRenderData:
    """RefundRenderVO, the rendered reverse-order template.

    Attributes:
        refund_order_template (TaobaoRefundOrderTemplate | None): 逆向单模板 (reverse-order template)
        distributor_id (int | str | None): 分销商id (distributor id)
        currency (str | None): 货币 (currency)
        sale_flag (bool | None): 是否可以售后标志 (whether after-sales is possible)
    """

    refund_order_template: TaobaoRefundOrderTemplate | None = None
    distributor_id: int | str | None = None
    currency: str | None = None
    sale_flag: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        refund_order_template: object = self.refund_order_template
        if refund_order_template is not None or "refundOrderTemplate" in present:
            field_dict["refundOrderTemplate"] = (
                refund_order_template.to_dict()
                if isinstance(refund_order_template, TaobaoRefundOrderTemplate)
                else refund_order_template
            )
        if self.distributor_id is not None or "distributorId" in present:
            field_dict["distributorId"] = self.distributor_id
        if self.currency is not None or "currency" in present:
            field_dict["currency"] = self.currency
        if self.sale_flag is not None or "saleFlag" in present:
            field_dict["saleFlag"] = self.sale_flag
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _refund_order_template = d.pop("refundOrderTemplate", None)
        refund_order_template = (
            TaobaoRefundOrderTemplate.from_dict(_refund_order_template)
            if _refund_order_template.__class__ is dict
            else _refund_order_template
        )
        distributor_id = d.pop("distributorId", None)
        currency = d.pop("currency", None)
        sale_flag = d.pop("saleFlag", None)
        taobao_refund_render_data = cls(
            refund_order_template,
            distributor_id,
            currency,
            sale_flag,
        )
        taobao_refund_render_data.additional_properties = d
        taobao_refund_render_data._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.taobao_refund_order_template import TaobaoRefundOrderTemplate  # noqa: E402
