"""The mock's error codes (the platform's own error-code table is not public; see the package docstring)."""

from __future__ import annotations

from enum import IntEnum


class MockErrorCode(IntEnum):
    """Envelope ``code`` values the mock answers with (always with HTTP 200, like the platform's business errors)."""

    INVALID_REQUEST = 400
    """A query, path or body value does not match the spec's schema, or the body is not JSON."""
    AUTHENTICATION_FAILED = 401
    """A system header is missing or malformed, the access key is unknown, or the signature does not match."""
    NOT_FOUND = 404
    """No operation of the spec has this path."""
    METHOD_NOT_ALLOWED = 405
    """The path exists in the spec with another method."""
    STALE_TIMESTAMP = 408
    """The ``timestamp`` header is more than the allowed skew (600 s) away from the mock's clock."""
    NONCE_REUSED = 409
    """The ``nonce-str`` was already used within the timestamp window."""
    BUSINESS_RULE = 422
    """The scenario refuses: unknown cart entry or order, or an order in a state that does not allow the call."""
    INTERNAL_ERROR = 500
    """A bug in the mock (the message names it)."""


class MockError(Exception):
    """Raised inside the mock; answered as an error envelope with ``code`` and ``msg``."""

    def __init__(self, code: MockErrorCode, msg: str) -> None:
        self.code = code
        self.msg = msg
        super().__init__(f"{int(code)}: {msg}")
