"""Asyncio client for the PandaPon OpenAPI (Taobao and 1688 purchasing agent).

Generated endpoint functions live in ``pandapon_async.generated.api``; their models in
``pandapon_async.generated.models``. This module re-exports the handwritten surface.
"""

from typing import TYPE_CHECKING, Any

from ._auth import PandaPonAuth
from ._client import PandaPonClient
from ._credentials import Credentials
from ._envelope import SUCCESS_CODES
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidSignatureError,
    MessageFormatError,
    NotFoundError,
    PandaPonAPIError,
    PandaPonError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
)
from ._operation import Operation
from ._retry import RetryPolicy
from ._signing import Signer, SigningInput, md5_signer

if TYPE_CHECKING:
    from .webhooks import (
        AlibabaOrderPriceModifyMessage,
        Inbox,
        InboxCounts,
        InboxEntry,
        InboxUnavailableError,
        MemoryInbox,
        RedisInbox,
        SQLiteInbox,
        StaleMessageError,
        TaobaoOrderPriceModifyMessage,
        UnknownMessage,
        WebhookApp,
        WebhookMessage,
        WorkerPolicy,
        create_webhook_app,
        parse_message,
        parse_verified_message,
        sign_body,
        verify_signature,
    )

# The webhook receiver is imported on first use: most programs only call the API.
_LAZY = {
    name: "webhooks"
    for name in (
        "AlibabaOrderPriceModifyMessage",
        "Inbox",
        "InboxCounts",
        "InboxEntry",
        "InboxUnavailableError",
        "MemoryInbox",
        "RedisInbox",
        "SQLiteInbox",
        "StaleMessageError",
        "TaobaoOrderPriceModifyMessage",
        "UnknownMessage",
        "WebhookApp",
        "WebhookMessage",
        "WorkerPolicy",
        "create_webhook_app",
        "parse_message",
        "parse_verified_message",
        "sign_body",
        "verify_signature",
    )
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "SUCCESS_CODES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AlibabaOrderPriceModifyMessage",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "Credentials",
    "Inbox",
    "InboxCounts",
    "InboxEntry",
    "InboxUnavailableError",
    "InternalServerError",
    "InvalidSignatureError",
    "MemoryInbox",
    "MessageFormatError",
    "NotFoundError",
    "Operation",
    "PandaPonAPIError",
    "PandaPonAuth",
    "PandaPonClient",
    "PandaPonError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedisInbox",
    "RequestTimeoutError",
    "RetryPolicy",
    "SQLiteInbox",
    "Signer",
    "SigningInput",
    "StaleMessageError",
    "TaobaoOrderPriceModifyMessage",
    "UnknownMessage",
    "WebhookApp",
    "WebhookMessage",
    "WorkerPolicy",
    "__version__",
    "create_webhook_app",
    "md5_signer",
    "parse_message",
    "parse_verified_message",
    "sign_body",
    "verify_signature",
]
