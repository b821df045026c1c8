# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alibaba_order_preview_result import AlibabaOrderPreviewResult


T = TypeVar("T", bound="AlibabaOrderPreviewData")


@_attrs_define
class AlibabaOrderPreviewData:
    """Preview result (field names as in the docs, including the misspelled orderPreviewResuslt).

    Attributes:
        order_preview_resuslt (list[AlibabaOrderPreviewResult] | None | Unset): Preview per order (spelled
            orderPreviewResuslt in the docs; 14 fields, not expanded).
        success (bool | None | Unset): 是否成功 (whether the preview succeeded)
        error_code (Any | Unset): 错误码 (error code); shown only as null, type not documented.
        error_msg (Any | Unset): 错误信息 (error message); shown only as null, type not documented.
        post_fee_by_desc_offer_list (Any | Unset): 运费说明的商品列表 (offers whose freight follows the description); shown only
            as null, type not documented.
        consign_offer_list (Any | Unset): 代销商品列表 (consignment offers); shown only as null, type not documented.
        unsupported_cross_border_pay_offer_list (list[str] | None | Unset): Offers that do not support cross-border
            payment.
    """

    order_preview_resuslt: list[AlibabaOrderPreviewResult] | Unset | None = UNSET
    success: bool | Unset | None = UNSET
    error_code: Any | Unset = UNSET
    error_msg: Any | Unset = UNSET
    post_fee_by_desc_offer_list: Any | Unset = UNSET
    consign_offer_list: Any | Unset = UNSET
    unsupported_cross_border_pay_offer_list: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_preview_resuslt: list[dict[str, Any]] | Unset | None
        if isinstance(self.order_preview_resuslt, Unset):
            order_preview_resuslt = UNSET
        elif isinstance(self.order_preview_resuslt, list):
            order_preview_resuslt = []
            for order_preview_resuslt_type_0_item_data in self.order_preview_resuslt:
                order_preview_resuslt_type_0_item = order_preview_resuslt_type_0_item_data.to_dict()
                order_preview_resuslt.append(order_preview_resuslt_type_0_item)

        else:
            order_preview_resuslt = self.order_preview_resuslt

        success: bool | Unset | None
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_code = self.error_code

        error_msg = self.error_msg

        post_fee_by_desc_offer_list = self.post_fee_by_desc_offer_list

        consign_offer_list = self.consign_offer_list

        unsupported_cross_border_pay_offer_list: list[str] | Unset | None
        if isinstance(self.unsupported_cross_border_pay_offer_list, Unset):
            unsupported_cross_border_pay_offer_list = UNSET
        elif isinstance(self.unsupported_cross_border_pay_offer_list, list):
            unsupported_cross_border_pay_offer_list = self.unsupported_cross_border_pay_offer_list

        else:
            unsupported_cross_border_pay_offer_list = self.unsupported_cross_border_pay_offer_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_preview_resuslt is not UNSET:
            field_dict["orderPreviewResuslt"] = order_preview_resuslt
        if success is not UNSET:
            field_dict["success"] = success
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if post_fee_by_desc_offer_list is not UNSET:
            field_dict["postFeeByDescOfferList"] = post_fee_by_desc_offer_list
        if consign_offer_list is not UNSET:
            field_dict["consignOfferList"] = consign_offer_list
        if unsupported_cross_border_pay_offer_list is not UNSET:
            field_dict["unsupportedCrossBorderPayOfferList"] = unsupported_cross_border_pay_offer_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alibaba_order_preview_result import AlibabaOrderPreviewResult

        d = dict(src_dict)

        def _parse_order_preview_resuslt(data: object) -> list[AlibabaOrderPreviewResult] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_preview_resuslt_type_0 = []
                _order_preview_resuslt_type_0 = data
                for order_preview_resuslt_type_0_item_data in _order_preview_resuslt_type_0:
                    order_preview_resuslt_type_0_item = AlibabaOrderPreviewResult.from_dict(
                        order_preview_resuslt_type_0_item_data
                    )

                    order_preview_resuslt_type_0.append(order_preview_resuslt_type_0_item)

                return order_preview_resuslt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderPreviewResult] | None | Unset, data)

        order_preview_resuslt = _parse_order_preview_resuslt(d.pop("orderPreviewResuslt", UNSET))

        success = d.pop("success", UNSET)

        error_code = d.pop("errorCode", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        post_fee_by_desc_offer_list = d.pop("postFeeByDescOfferList", UNSET)

        consign_offer_list = d.pop("consignOfferList", UNSET)

        def _parse_unsupported_cross_border_pay_offer_list(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unsupported_cross_border_pay_offer_list_type_0 = cast(list[str], data)

                return unsupported_cross_border_pay_offer_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        unsupported_cross_border_pay_offer_list = _parse_unsupported_cross_border_pay_offer_list(
            d.pop("unsupportedCrossBorderPayOfferList", UNSET)
        )

        alibaba_order_preview_data = cls(
            order_preview_resuslt=order_preview_resuslt,
            success=success,
            error_code=error_code,
            error_msg=error_msg,
            post_fee_by_desc_offer_list=post_fee_by_desc_offer_list,
            consign_offer_list=consign_offer_list,
            unsupported_cross_border_pay_offer_list=unsupported_cross_border_pay_offer_list,
        )

        alibaba_order_preview_data.additional_properties = d
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
