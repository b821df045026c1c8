"""Asyncio client for the PandaPon OpenAPI (Taobao and 1688 purchasing agent).

Every operation is a method of the client's namespaces (``await client.taobao.aftersales.get_refund(...)``,
generated from the spec; see docs/api.md); the same operations are functions in
``pandapon_async.generated.api`` and their models live in ``pandapon_async.generated.models``. This module
re-exports the handwritten surface.
"""

from typing import TYPE_CHECKING, Any

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
    ClientStateError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
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
from ._signing import RequestSigner, Signer, SigningInput, md5_signer
from ._transport import PoolLimits
from ._version import __version__

if TYPE_CHECKING:
    from ._auth import PandaPonAuth
    from ._pagination import RepeatedPageError  # facade
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

# Imported on first use: most programs only call the API (webhooks) and never need httpx's Auth (PandaPonAuth).
_LAZY = {"PandaPonAuth": "_auth", "RepeatedPageError": "_pagination"} | {  # facade: RepeatedPageError
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


# Every public name, the lazy ones above included: this list is what `import *`, the docs and a test read.
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
    "ClientStateError",
    "ConfigurationError",
    "ConflictError",
    "Credentials",
    "Inbox",
    "InboxCounts",
    "InboxEntry",
    "InboxUnavailableError",
    "InternalServerError",
    "InvalidArgumentError",
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
    "PoolLimits",
    "RateLimitError",
    "RedisInbox",
    "RepeatedPageError",
    "RequestSigner",
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
