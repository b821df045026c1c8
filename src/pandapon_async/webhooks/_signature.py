"""The callback signature: ``Authorization`` = uppercase HEX(HMAC-SHA256(raw body, Access Secret))."""

from __future__ import annotations

import hashlib
import hmac

from .._exceptions import ConfigurationError


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
