"""Request signatures: the default recipe and the seam to replace it."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable

from attrs import frozen

NONCE_LENGTH = 32


@frozen
class SigningInput:
    """Everything a signature recipe may use about one request (the secret is passed separately)."""

    access_key: str
    timestamp: str
    nonce_str: str
    user_id: str
    method: str
    path: str
    query: str = ""
    body: bytes = b""


Signer = Callable[[SigningInput, str], str]
"""A signature recipe: ``signer(signing_input, access_secret) -> signature``."""


def md5_signer(signing_input: SigningInput, access_secret: str) -> str:
    """The project's default recipe (platform.md, decision 1).

    The public docs name the signed inputs (access-key, nonce-str, timestamp) and show 32 uppercase hex
    characters, but not the recipe itself; this is the project's reading of them:
    ``MD5("access-key=…&nonce-str=…&timestamp=…&key=<secret>")`` as uppercase hex.
    """
    string_to_sign = (
        f"access-key={signing_input.access_key}&nonce-str={signing_input.nonce_str}"
        f"&timestamp={signing_input.timestamp}&key={access_secret}"
    )
    return hashlib.md5(string_to_sign.encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def new_nonce() -> str:
    """32 characters from ``secrets``: unpredictable and fresh for every send.

    Hex digits (128 random bits): alphanumeric as the docs' examples are, and ~20x cheaper than drawing
    32 characters one by one.
    """
    return secrets.token_hex(NONCE_LENGTH // 2)


def timestamp_ms() -> str:
    """Epoch milliseconds, as the docs' 13-digit examples show."""
    return str(time.time_ns() // 1_000_000)
