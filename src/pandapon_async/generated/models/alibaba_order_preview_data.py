# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaOrderPreviewData")


@_attrs_define
class AlibabaOrderPreviewData:
    """Preview result (field names as in the docs, including the misspelled orderPreviewResuslt).

    Attributes:
        order_preview_resuslt (list[AlibabaOrderPreviewResult] | None): Preview per order (spelled orderPreviewResuslt in the docs; 14 fields, not expanded).
        success (bool | None): 是否成功 (whether the preview succeeded)
        error_code (Any): 错误码 (error code); shown only as null, type not documented.
        error_msg (Any): 错误信息 (error message); shown only as null, type not documented.
        post_fee_by_desc_offer_list (Any): 运费说明的商品列表 (offers whose freight follows the description); shown only as null, type not documented.
        consign_offer_list (Any): 代销商品列表 (consignment offers); shown only as null, type not documented.
        unsupported_cross_border_pay_offer_list (list[str] | None): Offers that do not support cross-border payment.
    """

    order_preview_resuslt: list[AlibabaOrderPreviewResult] | None = None
    success: bool | None = None
    error_code: Any = None
    error_msg: Any = None
    post_fee_by_desc_offer_list: Any = None
    consign_offer_list: Any = None
    unsupported_cross_border_pay_offer_list: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        order_preview_resuslt: object = self.order_preview_resuslt
        if order_preview_resuslt is not None or "orderPreviewResuslt" in present:
            field_dict["orderPreviewResuslt"] = (
                [
                    item.to_dict() if isinstance(item, AlibabaOrderPreviewResult) else item
                    for item in cast("list[object]", order_preview_resuslt)
                ]
                if isinstance(order_preview_resuslt, list)
                else order_preview_resuslt
            )
        if self.success is not None or "success" in present:
            field_dict["success"] = self.success
        if self.error_code is not None or "errorCode" in present:
            field_dict["errorCode"] = self.error_code
        if self.error_msg is not None or "errorMsg" in present:
            field_dict["errorMsg"] = self.error_msg
        if self.post_fee_by_desc_offer_list is not None or "postFeeByDescOfferList" in present:
            field_dict["postFeeByDescOfferList"] = self.post_fee_by_desc_offer_list
        if self.consign_offer_list is not None or "consignOfferList" in present:
            field_dict["consignOfferList"] = self.consign_offer_list
        if self.unsupported_cross_border_pay_offer_list is not None or "unsupportedCrossBorderPayOfferList" in present:
            field_dict["unsupportedCrossBorderPayOfferList"] = self.unsupported_cross_border_pay_offer_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        _order_preview_resuslt = d.pop("orderPreviewResuslt", None)
        order_preview_resuslt = (
            [
                AlibabaOrderPreviewResult.from_dict(item) if item.__class__ is dict else item
                for item in _order_preview_resuslt
            ]
            if _order_preview_resuslt.__class__ is list
            else _order_preview_resuslt
        )
        success = d.pop("success", None)
        error_code = d.pop("errorCode", None)
        error_msg = d.pop("errorMsg", None)
        post_fee_by_desc_offer_list = d.pop("postFeeByDescOfferList", None)
        consign_offer_list = d.pop("consignOfferList", None)
        unsupported_cross_border_pay_offer_list = d.pop("unsupportedCrossBorderPayOfferList", None)
        alibaba_order_preview_data = cls(
            order_preview_resuslt,
            success,
            error_code,
            error_msg,
            post_fee_by_desc_offer_list,
            consign_offer_list,
            unsupported_cross_border_pay_offer_list,
        )
        alibaba_order_preview_data.additional_properties = d
        alibaba_order_preview_data._present = tuple(src_dict)
        return alibaba_order_preview_data

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
from ..models.alibaba_order_preview_result import AlibabaOrderPreviewResult  # noqa: E402
