# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="CallbackEnvelope")


@_attrs_define
class CallbackEnvelope:
    """The envelope of every message PandaPon pushes to the developer's callback URL (HTTPS POST, header `Authorization` =
    hex HMAC-SHA256 of the raw body with the Access Secret; answer HTTP 200 within 1000 ms, otherwise the push is
    retried after half an hour, at most 5 times; order is not guaranteed).

        Attributes:
            message_type (str | None): 消息类型 (message type code, e.g. TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY)
            message_body (CallbackMessageBody | str | None): 消息体 (message body): an object, or the same JSON encoded inside a string; both are accepted.
            message_platform (int | None): 消息渠道 (platform): 0 淘宝平台 (Taobao), 1 1688平台 (1688)
            timestamp (str | None): 消息推送时间 (push time; epoch milliseconds as a string)
    """

    message_type: str | None = None
    message_body: CallbackMessageBody | str | None = None
    message_platform: int | None = None
    timestamp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.message_type is not None or "messageType" in present:
            field_dict["messageType"] = self.message_type
        message_body: object = self.message_body
        if message_body is not None or "messageBody" in present:
            field_dict["messageBody"] = (
                message_body.to_dict() if isinstance(message_body, CallbackMessageBody) else message_body
            )
        if self.message_platform is not None or "messagePlatform" in present:
            field_dict["messagePlatform"] = self.message_platform
        if self.timestamp is not None or "timestamp" in present:
            field_dict["timestamp"] = self.timestamp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        message_type = d.pop("messageType", None)
        _message_body = d.pop("messageBody", None)
        message_body = (
            CallbackMessageBody.from_dict(_message_body) if _message_body.__class__ is dict else _message_body
        )
        message_platform = d.pop("messagePlatform", None)
        timestamp = d.pop("timestamp", None)
        callback_envelope = cls(
            message_type,
            message_body,
            message_platform,
            timestamp,
        )
        callback_envelope.additional_properties = d
        callback_envelope._present = tuple(src_dict)
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


# The models this one holds, imported after the class (they may import this module back) and once, at import:
# an import statement inside from_dict would cost more than parsing a small model.
from ..models.callback_message_body import CallbackMessageBody  # noqa: E402
