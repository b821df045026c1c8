# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taobao_refund_message_submit_data import TaobaoRefundMessageSubmitData


T = TypeVar("T", bound="TaobaoRefundMessageSubmitResponse")


@_attrs_define
class TaobaoRefundMessageSubmitResponse:
    """
    Attributes:
        code (int | str): 返回码 (return code). 200 or 0 is success; any other value is a business error, which still
            arrives with HTTP 200. Usually an integer; a string of decimal digits is read as that integer.
        request_id (None | str | Unset): 请求ID (request id)
        develop_id (int | None | str | Unset): 开发者ID (developer id).
        msg (None | str | Unset): 返回码对应信息 (message for the code)
        data (None | TaobaoRefundMessageSubmitData | Unset): An object.
    """

    code: int | str
    request_id: str | Unset | None = UNSET
    develop_id: int | str | Unset | None = UNSET
    msg: str | Unset | None = UNSET
    data: TaobaoRefundMessageSubmitData | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taobao_refund_message_submit_data import TaobaoRefundMessageSubmitData

        code: int | str
        code = self.code

        request_id: str | Unset | None
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        develop_id: int | str | Unset | None
        if isinstance(self.develop_id, Unset):
            develop_id = UNSET
        else:
            develop_id = self.develop_id

        msg: str | Unset | None
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        data: dict[str, Any] | Unset | None
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, TaobaoRefundMessageSubmitData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if develop_id is not UNSET:
            field_dict["developId"] = develop_id
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taobao_refund_message_submit_data import TaobaoRefundMessageSubmitData

        d = dict(src_dict)
        code = d.pop("code")

        request_id = d.pop("requestId", UNSET)

        develop_id = d.pop("developId", UNSET)

        msg = d.pop("msg", UNSET)

        def _parse_data(data: object) -> TaobaoRefundMessageSubmitData | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TaobaoRefundMessageSubmitData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundMessageSubmitData | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        taobao_refund_message_submit_response = cls(
            code=code,
            request_id=request_id,
            develop_id=develop_id,
            msg=msg,
            data=data,
        )

        taobao_refund_message_submit_response.additional_properties = d
        return taobao_refund_message_submit_response

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
