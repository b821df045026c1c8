"""Verify, parse and serve the order messages PandaPon pushes to your callback URL.

PandaPon POSTs each message to the one HTTPS URL set in the console (Message Service). The body is the JSON
envelope ``messageType``, ``messageBody``, ``messagePlatform`` (0 Taobao, 1 1688) and ``timestamp``; the header
``Authorization`` carries HEX(HMAC-SHA256(raw body, Access Secret)). The receiver must answer HTTP 200 within
1000 ms, otherwise the push is retried after half an hour, at most 5 times.

    verify_signature(body, authorization, secret) -> bool
    parse_message(body, headers, secret) -> WebhookMessage   # typed by messageType, else UnknownMessage
    create_webhook_app(secret, handlers=...) -> WebhookApp   # a plain ASGI app

The console's "Verify" button is not documented beyond "expects HTTP 200". The app therefore answers 200 to GET
and HEAD and to a POST with an empty body (signed or not): they carry no message, so nothing is dispatched.
A POST with a body is always verified: a missing or forged signature gets 401.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import inspect
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeAlias, TypeVar, cast

import attrs

from ._credentials import ENV_ACCESS_SECRET
from ._exceptions import ConfigurationError, InvalidSignatureError, MessageFormatError
from .generated.models import CallbackAlibabaOrderPriceModifyBody, CallbackTaobaoOrderPriceModifyBody

__all__ = [
    "ALIBABA_ORDER_PRICE_MODIFY",
    "ANY_MESSAGE_TYPE",
    "TAOBAO_ORDER_PRICE_MODIFY",
    "AlibabaOrderPriceModifyMessage",
    "TaobaoOrderPriceModifyMessage",
    "UnknownMessage",
    "WebhookApp",
    "WebhookMessage",
    "create_webhook_app",
    "parse_message",
    "sign_body",
    "verify_signature",
]

logger = logging.getLogger("pandapon_async.webhooks")

TAOBAO_ORDER_PRICE_MODIFY = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
ALIBABA_ORDER_PRICE_MODIFY = "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
ANY_MESSAGE_TYPE = "*"
"""Register a handler under this key to receive every message type that has no handler of its own."""

DEFAULT_ACK_TIMEOUT = 0.5  # seconds; PandaPon allows 1000 ms including the network
DEFAULT_MAX_BODY_SIZE = 1024 * 1024

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
Scope: TypeAlias = MutableMapping[str, Any]
ASGIMessage: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[ASGIMessage]]
Send: TypeAlias = Callable[[ASGIMessage], Awaitable[None]]
HandlerT = TypeVar("HandlerT", bound=Callable[..., Any])
# Keys: a messageType string, a message class or "*". Typed as Any because Mapping keys are invariant: a
# dict[str, ...] would not fit Mapping[str | type[...], ...], and mypy cannot pick from a union of mappings.
HandlerMap: TypeAlias = Mapping[Any, Callable[..., Any]]


# --- signature -------------------------------------------------------------------------------------------------


def _key(secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        # An empty key would make every forged signature trivially computable.
        raise ConfigurationError("the Access Secret used to verify pushed messages is empty")
    return secret.encode("utf-8")


def sign_body(body: bytes, secret: str) -> str:
    """The ``Authorization`` value PandaPon sends for ``body``: uppercase hex HMAC-SHA256 keyed by the secret."""
    return hmac.new(_key(secret), bytes(body), hashlib.sha256).hexdigest().upper()


def verify_signature(body: bytes, authorization: str, secret: str) -> bool:
    """True when ``authorization`` is the signature of the exact raw ``body`` bytes (constant time, any hex case)."""
    expected = sign_body(body, secret).encode("ascii")
    received = (authorization or "").strip().upper().encode("utf-8", "replace")
    return hmac.compare_digest(expected, received)


# --- messages --------------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class WebhookMessage:
    """What every pushed message carries; ``raw`` and ``raw_body`` keep the payload exactly as received.

    ``message_id`` is the sha256 of the raw body: a repeated delivery of the same push has the same id.
    """

    message_type: str | None
    message_platform: int | None
    timestamp: str | None
    message_id: str
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


def _header(headers: Headers, name: str) -> str | None:
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


def _message_body(raw: dict[str, Any]) -> dict[str, Any] | None:
    """``messageBody`` as a dict, whether it arrived as an object or JSON encoded inside a string."""
    value = raw.get("messageBody")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise MessageFormatError(f"messageBody is a string but not JSON ({exc})") from None
        if not isinstance(value, dict | None):
            raise MessageFormatError(f"messageBody is a JSON string of a {type(value).__name__}, not of an object")
    if value is None or isinstance(value, dict):
        # A copy, so that the typed model or a handler mutating it can never alter ``raw``.
        return copy.deepcopy(value)
    raise MessageFormatError(f"messageBody is a JSON {type(value).__name__}, not an object or a JSON string")


def _load_message(body: bytes) -> WebhookMessage:
    """Build the message from a body whose signature has already been checked."""
    try:
        raw = json.loads(body)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise MessageFormatError(f"message body is not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise MessageFormatError(f"message body is a JSON {type(raw).__name__}, not the message envelope object")
    message_body = _message_body(raw)
    message_type = raw.get("messageType") if isinstance(raw.get("messageType"), str) else None
    common: dict[str, Any] = {
        "message_type": message_type,
        "message_platform": _platform(raw.get("messagePlatform")),
        "timestamp": _timestamp(raw.get("timestamp")),
        "message_id": hashlib.sha256(body).hexdigest(),
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
    authorization = _header(headers, "authorization")
    if not authorization:
        raise InvalidSignatureError("the pushed message has no Authorization signature")
    if not verify_signature(raw_body, authorization, secret):
        raise InvalidSignatureError("the pushed message's Authorization signature does not match its body")
    return _load_message(raw_body)


# --- ASGI app --------------------------------------------------------------------------------------------------


async def _call_handler(handler: Callable[..., Any], message: WebhookMessage) -> None:
    if inspect.iscoroutinefunction(handler):
        await handler(message)
        return
    # Anything else runs in a worker thread so a blocking handler cannot stall the event loop; an awaitable it
    # returns (e.g. from an object with an async __call__) is then awaited here.
    result = await asyncio.to_thread(handler, message)
    if inspect.isawaitable(result):
        await result


class WebhookApp:
    """Plain ASGI app that verifies, parses and dispatches pushed messages to handlers, by ``messageType``.

    Statuses: 200 acknowledged (also for the console's "Verify" probe: GET, HEAD, or POST with an empty body),
    401 missing or bad signature, 400 malformed body, 413 body too large, 405 other methods, 500 handler failed
    (PandaPon then pushes again after half an hour).

    With ``background=True`` a handler gets ``ack_timeout`` seconds: failing within them answers 500, finishing
    answers 200, still running answers 200 while it carries on as a background task (its failure is then only
    logged, so persist first in slow handlers). With ``background=False`` the answer waits for the handler.
    """

    def __init__(
        self,
        secret: str | None = None,
        *,
        handlers: HandlerMap | None = None,
        background: bool = True,
        ack_timeout: float = DEFAULT_ACK_TIMEOUT,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        secret = secret if secret is not None else os.environ.get(ENV_ACCESS_SECRET)
        if not secret:
            raise ConfigurationError(
                f"no Access Secret to verify pushed messages: pass secret= or set {ENV_ACCESS_SECRET}"
            )
        if ack_timeout < 0:
            raise ConfigurationError("ack_timeout must be >= 0 seconds")
        self._secret: str = secret
        self._background = background
        self._ack_timeout = ack_timeout
        self._max_body_size = max_body_size
        self._handlers: dict[str, Callable[..., Any]] = {}
        # Strong references: the event loop keeps only weak ones, and a collected task would silently vanish.
        self._tasks: set[asyncio.Task[None]] = set()
        for message_type, handler in (handlers or {}).items():
            self.on(message_type, handler)

    def __repr__(self) -> str:
        return f"WebhookApp(handlers={sorted(self._handlers)!r}, background={self._background!r})"

    def on(self, message_type: str | type[WebhookMessage], handler: HandlerT) -> HandlerT:
        """Register ``handler(message)`` (async, or plain: run in a thread) for one messageType, or ``"*"``."""
        key = message_type if isinstance(message_type, str) else getattr(message_type, "MESSAGE_TYPE", None)
        if not isinstance(key, str) or not key:
            raise ConfigurationError(f"cannot register a handler for {message_type!r}: give a messageType string")
        if key in self._handlers:
            raise ConfigurationError(f"a handler for {key!r} is already registered")
        if not callable(handler):
            raise ConfigurationError(f"the handler for {key!r} is not callable")
        self._handlers[key] = handler
        return handler

    def handler(self, message_type: str | type[WebhookMessage] = ANY_MESSAGE_TYPE) -> Callable[[HandlerT], HandlerT]:
        """Decorator form of :meth:`on`; without an argument the handler receives every unhandled type."""

        def register(handler: HandlerT) -> HandlerT:
            return self.on(message_type, handler)

        return register

    @property
    def pending(self) -> int:
        """How many handlers are still running in the background."""
        return len(self._tasks)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until the background handlers have finished (at most ``timeout`` seconds); e.g. at shutdown."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def dispatch(self, message: WebhookMessage) -> bool:
        """Run the message's handler under the acknowledgement policy; False when it failed in time to say so."""
        handler = self._handlers.get(message.message_type or "") or self._handlers.get(ANY_MESSAGE_TYPE)
        if handler is None:
            logger.info(
                "no handler for messageType %r (message %s); acknowledged", message.message_type, _short(message)
            )
            return True
        task = asyncio.create_task(_call_handler(handler, message), name=f"pandapon-webhook-{_short(message)}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        observed = False
        try:
            # asyncio.wait never cancels the task: a slow handler keeps running after the acknowledgement.
            await asyncio.wait({task}, timeout=self._ack_timeout if self._background else None)
            if not task.done():
                return True
            observed = True
            error = asyncio.CancelledError() if task.cancelled() else task.exception()
            if error is not None:
                logger.error(
                    "handler for %r failed on message %s; answering 500 so PandaPon pushes it again",
                    message.message_type,
                    _short(message),
                    exc_info=error,
                )
                return False
            return True
        finally:
            if not observed:
                task.add_done_callback(self._report_background)

    @staticmethod
    def _report_background(task: asyncio.Task[None]) -> None:
        if task.cancelled():
            logger.warning("background handler %s was cancelled before it finished", task.get_name())
        elif (error := task.exception()) is not None:
            logger.error(
                "background handler %s failed after the message was acknowledged; PandaPon will not push it again",
                task.get_name(),
                exc_info=error,
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the PandaPon webhook app serves HTTP only, not {scope['type']!r}")
        method = scope.get("method", "GET").upper()
        if method in ("GET", "HEAD"):
            await _respond(send, 200, {"status": "ok"}, head=method == "HEAD")
            return
        if method != "POST":
            await _respond(send, 405, {"error": "method not allowed"}, extra=[(b"allow", b"GET, HEAD, POST")])
            return
        headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
        body = await self._read_body(headers, receive, send)
        if body is None:
            return
        if not body.strip():
            # The console's "Verify" probe: nothing to verify or dispatch.
            await _respond(send, 200, {"status": "ok"})
            return
        try:
            message = parse_message(body, headers, self._secret)
        except InvalidSignatureError as exc:
            logger.warning("rejected a pushed message (%d bytes): %s", len(body), exc)
            await _respond(send, 401, {"error": "invalid signature"})
            return
        except MessageFormatError as exc:
            logger.warning("rejected a pushed message (%d bytes): %s", len(body), exc)
            await _respond(send, 400, {"error": str(exc)})
            return
        if await self.dispatch(message):
            await _respond(send, 200, {"status": "ok", "messageId": message.message_id})
        else:
            await _respond(send, 500, {"error": "handler failed", "messageId": message.message_id})

    async def _read_body(self, headers: list[tuple[bytes, bytes]], receive: Receive, send: Send) -> bytes | None:
        """The whole request body, or None when the answer (413) was already sent or the client left."""
        declared = _header(headers, "content-length")
        if declared and declared.strip().isdigit() and int(declared) > self._max_body_size:
            await _respond(send, 413, {"error": "body too large"})
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            event = await receive()
            if event["type"] == "http.disconnect":
                return None
            chunk = event.get("body", b"")
            size += len(chunk)
            if size > self._max_body_size:
                await _respond(send, 413, {"error": "body too large"})
                return None
            chunks.append(chunk)
            if not event.get("more_body", False):
                return b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            event = await receive()
            if event["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif event["type"] == "lifespan.shutdown":
                await self.drain(timeout=10.0)
                await send({"type": "lifespan.shutdown.complete"})
                return


def _short(message: WebhookMessage) -> str:
    return message.message_id[:16]


async def _respond(
    send: Send,
    status: int,
    payload: dict[str, Any],
    *,
    head: bool = False,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    content = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode("ascii"))]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": b"" if head else content})


def create_webhook_app(
    secret: str | None = None,
    *,
    handlers: HandlerMap | None = None,
    background: bool = True,
    ack_timeout: float = DEFAULT_ACK_TIMEOUT,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookApp:
    """An ASGI app serving PandaPon's pushed messages (mount it in Starlette/FastAPI or run it with any server).

    ``secret`` is the Access Secret (default: the PANDAPON_ACCESS_SECRET environment variable); ``handlers`` maps
    a messageType (or message class, or ``"*"``) to ``handler(message)``. See WebhookApp for the statuses.
    """
    return WebhookApp(
        secret,
        handlers=handlers,
        background=background,
        ack_timeout=ack_timeout,
        max_body_size=max_body_size,
    )
