"""Verify, parse, store and serve the order messages PandaPon pushes to your callback URL.

PandaPon POSTs each message to the one HTTPS URL set in the console (Message Service). The body is the JSON
envelope ``messageType``, ``messageBody``, ``messagePlatform`` (0 Taobao, 1 1688) and ``timestamp``; the header
``Authorization`` carries HEX(HMAC-SHA256(raw body, Access Secret)). The receiver must answer HTTP 200 within
1000 ms, otherwise the push is retried after half an hour, at most 5 times.

    verify_signature(body, authorization, secret) -> bool
    parse_message(body, headers, secret) -> WebhookMessage   # typed by messageType, else UnknownMessage
    parse_verified_message(body) -> WebhookMessage           # a body you already verified: no second check
    create_webhook_app(secret, handlers=..., inbox=...)      # a plain ASGI app
    SQLiteInbox(path) / RedisInbox(url) / MemoryInbox()      # store first, answer 200, process from the store

The console's "Verify" button is not documented beyond "expects HTTP 200". The app therefore answers 200 to GET
and HEAD and to a POST with an empty body (signed or not): they carry no message, so nothing is dispatched.
A POST with a body is always verified: a missing or forged signature gets 401.
"""

from typing import TYPE_CHECKING, Any

from ._asgi import DEFAULT_MAX_BODY_SIZE, WebhookApp, create_webhook_app
from ._dispatcher import ANY_MESSAGE_TYPE, DEFAULT_ACK_TIMEOUT, Dispatcher, HandlerMap, Outcome
from ._inbox import Inbox, InboxCounts, InboxEntry, InboxUnavailableError, MemoryInbox, State
from ._messages import (
    ALIBABA_ORDER_PRICE_MODIFY,
    MAX_JSON_DEPTH,
    TAOBAO_ORDER_PRICE_MODIFY,
    AlibabaOrderPriceModifyMessage,
    Headers,
    StaleMessageError,
    TaobaoOrderPriceModifyMessage,
    UnknownMessage,
    WebhookMessage,
    check_freshness,
    parse_message,
    parse_verified_message,
)
from ._receiver import DEFAULT_STORE_TIMEOUT, Answer, IdempotencyKey, Receiver, default_idempotency_key
from ._signature import sign_body, verify_signature
from ._sqlite import SQLiteInbox
from ._stores import inbox_from_url
from ._worker import InboxWorkers, WorkerPolicy

if TYPE_CHECKING:
    from ._redis import RedisInbox


def __getattr__(name: str) -> Any:
    # The Redis inbox needs the `redis` extra: imported only when asked for.
    if name == "RedisInbox":
        from ._redis import RedisInbox

        return RedisInbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ALIBABA_ORDER_PRICE_MODIFY",
    "ANY_MESSAGE_TYPE",
    "DEFAULT_ACK_TIMEOUT",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_STORE_TIMEOUT",
    "MAX_JSON_DEPTH",
    "TAOBAO_ORDER_PRICE_MODIFY",
    "AlibabaOrderPriceModifyMessage",
    "Answer",
    "Dispatcher",
    "HandlerMap",
    "Headers",
    "IdempotencyKey",
    "Inbox",
    "InboxCounts",
    "InboxEntry",
    "InboxUnavailableError",
    "InboxWorkers",
    "MemoryInbox",
    "Outcome",
    "Receiver",
    "RedisInbox",
    "SQLiteInbox",
    "StaleMessageError",
    "State",
    "TaobaoOrderPriceModifyMessage",
    "UnknownMessage",
    "WebhookApp",
    "WebhookMessage",
    "WorkerPolicy",
    "check_freshness",
    "create_webhook_app",
    "default_idempotency_key",
    "inbox_from_url",
    "parse_message",
    "parse_verified_message",
    "sign_body",
    "verify_signature",
]
