"""Pushed messages: the envelope, its typed classes by ``messageType``, and parsing.

``parse_message`` verifies and parses; ``parse_verified_message`` parses a body whose signature was already
checked (e.g. one taken back out of an inbox), without verifying it a second time.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeAlias, cast

import attrs

from .._exceptions import InvalidSignatureError, MessageFormatError
from ..generated.models import CallbackAlibabaOrderPriceModifyBody, CallbackTaobaoOrderPriceModifyBody
from ._signature import verify_signature

TAOBAO_ORDER_PRICE_MODIFY = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
ALIBABA_ORDER_PRICE_MODIFY = "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"

MAX_JSON_DEPTH = 64
"""Deepest nesting of objects and arrays a pushed body may have; deeper bodies are refused as malformed.

PandaPon's documented messages nest about five levels. The limit keeps hostile bodies away from recursive code
(the JSON decoder, copying, the models) that would otherwise end in ``RecursionError`` instead of a 400.
"""

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]


class StaleMessageError(MessageFormatError):
    """A signed message whose ``timestamp`` is missing or outside the receiver's replay tolerance."""


@attrs.frozen(kw_only=True)
class WebhookMessage:
    """What every pushed message carries; ``raw`` and ``raw_body`` keep the payload exactly as received.

    ``message_id`` is the sha256 of the raw body: a repeated delivery of the same push has the same id.
    ``idempotency_key`` is the sha256 of what a repeated push keeps even when PandaPon re-stamps ``timestamp``:
    ``messageType``, ``messagePlatform`` and the canonical JSON of ``messageBody`` (sorted keys, no spaces,
    whether it arrived as an object or as a JSON string). Inboxes store one message per key.
    """

    message_type: str | None
    message_platform: int | None
    timestamp: str | None
    message_id: str
    idempotency_key: str
    raw: dict[str, Any] = attrs.field(repr=False, hash=False)
    raw_body: bytes = attrs.field(repr=False)

    @property
    def pushed_at(self) -> datetime | None:
        """The push time (``timestamp``, epoch milliseconds) as an aware UTC datetime, when it is one."""
        try:
            return datetime.fromtimestamp(int(self.timestamp or "") / 1000, tz=UTC)
        except (ValueError, OverflowError, OSError):
            return None


@attrs.frozen(kw_only=True)
class TaobaoOrderPriceModifyMessage(WebhookMessage):
    """``TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY``: a Taobao order's price was modified."""

    MESSAGE_TYPE: ClassVar[str] = TAOBAO_ORDER_PRICE_MODIFY
    body: CallbackTaobaoOrderPriceModifyBody | None = attrs.field(hash=False)


@attrs.frozen(kw_only=True)
class AlibabaOrderPriceModifyMessage(WebhookMessage):
    """``1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY``: a 1688 order's price was modified."""

    MESSAGE_TYPE: ClassVar[str] = ALIBABA_ORDER_PRICE_MODIFY
    body: CallbackAlibabaOrderPriceModifyBody | None = attrs.field(hash=False)


@attrs.frozen(kw_only=True)
class UnknownMessage(WebhookMessage):
    """A message whose ``messageType`` has no typed class (yet): ``body`` is the decoded ``messageBody`` dict."""

    body: dict[str, Any] | None = attrs.field(hash=False)


_BODY_MODELS: dict[str, tuple[Callable[..., WebhookMessage], Callable[[dict[str, Any]], Any]]] = {
    TAOBAO_ORDER_PRICE_MODIFY: (TaobaoOrderPriceModifyMessage, CallbackTaobaoOrderPriceModifyBody.from_dict),
    ALIBABA_ORDER_PRICE_MODIFY: (AlibabaOrderPriceModifyMessage, CallbackAlibabaOrderPriceModifyBody.from_dict),
}


def header(headers: Headers, name: str) -> str | None:
    """First value of a header, matched case-insensitively, from a mapping or raw (ASGI-style) pairs."""
    wanted = name.lower()
    # cast: pyright narrows the pairs member of the union to Mapping[tuple, Unknown] under isinstance(Mapping).
    pairs: Iterable[tuple[str | bytes, str | bytes]] = (
        cast("Mapping[str, str]", headers).items() if isinstance(headers, Mapping) else headers
    )
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else key
        if key_text.lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else value
    return None


def _platform(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _timestamp(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _check_depth(value: Any, what: str) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH, walking with an explicit stack (never recursing)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            raise MessageFormatError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels")
        stack.extend((child, depth + 1) for child in children)


def _loads(text: bytes | str, what: str) -> Any:
    try:
        value = json.loads(text)
    except RecursionError:
        raise MessageFormatError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise MessageFormatError(f"{what} is not valid JSON ({exc})") from None
    brackets = text.count(b"[") + text.count(b"{") if isinstance(text, bytes) else text.count("[") + text.count("{")
    if brackets > MAX_JSON_DEPTH:  # fewer brackets cannot nest deeper: skip the walk
        _check_depth(value, what)
    return value


def _message_body(raw: dict[str, Any], body: bytes) -> dict[str, Any] | None:
    """``messageBody`` as a dict of its own, whether it arrived as an object or JSON encoded inside a string."""
    value = raw.get("messageBody")
    if isinstance(value, str):
        try:
            value = _loads(value, "messageBody")
        except MessageFormatError as exc:
            raise MessageFormatError(f"messageBody is a string but {str(exc).removeprefix('messageBody ')}") from None
        if not isinstance(value, dict | None):
            raise MessageFormatError(f"messageBody is a JSON string of a {type(value).__name__}, not of an object")
        return value  # freshly decoded: nothing else refers to it
    if value is None:
        return None
    if isinstance(value, dict):
        # A copy, so that the typed model or a handler mutating it can never alter ``raw``: decoding the
        # (depth-checked) body again is faster than copy.deepcopy and never recurses in Python.
        again: dict[str, Any] = json.loads(body)["messageBody"]
        return again
    raise MessageFormatError(f"messageBody is a JSON {type(value).__name__}, not an object or a JSON string")


def _idempotency_key(message_type: str | None, platform: int | None, body: dict[str, Any] | None) -> str:
    canonical = json.dumps(
        [message_type, platform, body], sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def parse_verified_message(body: bytes) -> WebhookMessage:
    """Build the typed message from a body whose signature was already checked; nothing is verified here.

    Use it for bodies you verified yourself or stored after verifying (an inbox does this). Raises
    MessageFormatError when the body is not the JSON envelope or nests deeper than MAX_JSON_DEPTH.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("a pushed message is parsed from the raw body bytes exactly as received, not decoded text")
    body = bytes(body)
    raw = _loads(body, "message body")
    if not isinstance(raw, dict):
        raise MessageFormatError(f"message body is a JSON {type(raw).__name__}, not the message envelope object")
    message_body = _message_body(raw, body)
    message_type = raw.get("messageType") if isinstance(raw.get("messageType"), str) else None
    platform = _platform(raw.get("messagePlatform"))
    common: dict[str, Any] = {
        "message_type": message_type,
        "message_platform": platform,
        "timestamp": _timestamp(raw.get("timestamp")),
        "message_id": hashlib.sha256(body).hexdigest(),
        "idempotency_key": _idempotency_key(message_type, platform, message_body),
        "raw": raw,
        "raw_body": body,
    }
    typed = _BODY_MODELS.get(message_type or "")
    if typed is None:
        return UnknownMessage(body=message_body, **common)
    cls, from_dict = typed
    try:
        model = None if message_body is None else from_dict(message_body)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise MessageFormatError(f"messageBody of {message_type} does not fit its schema ({exc})") from None
    return cls(body=model, **common)


def parse_message(body: bytes, headers: Headers, secret: str) -> WebhookMessage:
    """Verify the ``Authorization`` header against the raw body, then return the typed message.

    Raises InvalidSignatureError (missing or wrong signature) or MessageFormatError (not the JSON envelope).
    ``headers`` is any mapping or ``(name, value)`` pairs (str or bytes); names match case-insensitively.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("parse_message needs the raw body bytes exactly as received, not decoded text")
    raw_body = bytes(body)
    authorization = header(headers, "authorization")
    if not authorization:
        raise InvalidSignatureError("the pushed message has no Authorization signature")
    if not verify_signature(raw_body, authorization, secret):
        raise InvalidSignatureError("the pushed message's Authorization signature does not match its body")
    return parse_verified_message(raw_body)


def check_freshness(message: WebhookMessage, tolerance: float, *, now: float | None = None) -> None:
    """Refuse a message pushed more than ``tolerance`` seconds away from ``now`` (default: the clock).

    Raises StaleMessageError when ``timestamp`` is missing, not epoch milliseconds, or out of tolerance.
    """
    pushed_at = message.pushed_at
    if pushed_at is None:
        raise StaleMessageError("the pushed message has no epoch-milliseconds timestamp to check for replay")
    age = (time.time() if now is None else now) - pushed_at.timestamp()
    if abs(age) > tolerance:
        raise StaleMessageError(
            f"the pushed message's timestamp is {age:.0f} s from the receiver's clock (tolerance {tolerance:.0f} s)"
        )
