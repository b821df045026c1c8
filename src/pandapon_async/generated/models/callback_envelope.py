# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_message_body import CallbackMessageBody


T = TypeVar("T", bound="CallbackEnvelope")


@_attrs_define
class CallbackEnvelope:
    """The envelope of every message PandaPon pushes to the developer's callback URL (HTTPS POST, header `Authorization` =
    hex HMAC-SHA256 of the raw body with the Access Secret; answer HTTP 200 within 1000 ms, otherwise the push is
    retried after half an hour, at most 5 times; order is not guaranteed).

        Attributes:
            message_type (None | str | Unset): 消息类型 (message type code, e.g. TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY)
            message_body (CallbackMessageBody | None | str | Unset): 消息体 (message body): an object, or the same JSON encoded
                inside a string; both are accepted.
            message_platform (int | None | Unset): 消息渠道 (platform): 0 淘宝平台 (Taobao), 1 1688平台 (1688)
            timestamp (None | str | Unset): 消息推送时间 (push time; epoch milliseconds as a string)
    """

    message_type: str | Unset | None = UNSET
    message_body: CallbackMessageBody | str | Unset | None = UNSET
    message_platform: int | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callback_message_body import CallbackMessageBody

        message_type: str | Unset | None
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        message_body: dict[str, Any] | str | Unset | None
        if isinstance(self.message_body, Unset):
            message_body = UNSET
        elif isinstance(self.message_body, CallbackMessageBody):
            message_body = self.message_body.to_dict()
        else:
            message_body = self.message_body

        message_platform: int | Unset | None
        if isinstance(self.message_platform, Unset):
            message_platform = UNSET
        else:
            message_platform = self.message_platform

        timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["messageType"] = message_type
        if message_body is not UNSET:
            field_dict["messageBody"] = message_body
        if message_platform is not UNSET:
            field_dict["messagePlatform"] = message_platform
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_message_body import CallbackMessageBody

        d = dict(src_dict)
        message_type = d.pop("messageType", UNSET)

        def _parse_message_body(data: object) -> CallbackMessageBody | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_body_type_0 = CallbackMessageBody.from_dict(data)

                return message_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackMessageBody | None | str | Unset, data)

        message_body = _parse_message_body(d.pop("messageBody", UNSET))

        message_platform = d.pop("messagePlatform", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        callback_envelope = cls(
            message_type=message_type,
            message_body=message_body,
            message_platform=message_platform,
            timestamp=timestamp,
        )

        callback_envelope.additional_properties = d
        return callback_envelope

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
