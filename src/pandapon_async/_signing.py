"""Request signatures: the default recipe and the seam to replace it."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable

from attrs import frozen

from ._credentials import Credentials

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
    """The default recipe.

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
    """32 hex characters (128 random bits from the operating system's CSPRNG), fresh for every send.

    Drawn from a buffer of random bytes refilled 256 nonces at a time: one ``os.urandom`` call per 256 requests
    instead of one per request. Every byte is used once.
    """
    global _random, _offset
    if _offset >= len(_random):
        _random, _offset = secrets.token_bytes(_NONCE_BYTES * 256), 0
    start = _offset
    _offset = start + _NONCE_BYTES
    return _random[start:_offset].hex()


_NONCE_BYTES = NONCE_LENGTH // 2
_random = b""
_offset = 0


def timestamp_ms() -> str:
    """Epoch milliseconds, as the docs' 13-digit examples show."""
    return str(time.time_ns() // 1_000_000)


class RequestSigner:
    """The five system headers of one send, from the credentials and the signature recipe.

    Every call of :meth:`signed_headers` draws a fresh timestamp and nonce, so a retried attempt is signed anew.
    """

    __slots__ = ("_credentials", "_md5_prefix", "_md5_suffix", "_recipe")

    def __init__(self, credentials: Credentials, recipe: Signer = md5_signer) -> None:
        self._credentials = credentials
        self._recipe = recipe
        # The default recipe's constant parts, built once: a send only adds its nonce and timestamp.
        self._md5_prefix = f"access-key={credentials.access_key}&nonce-str="
        self._md5_suffix = f"&key={credentials.access_secret}"

    @property
    def credentials(self) -> Credentials:
        return self._credentials

    @property
    def recipe(self) -> Signer:
        return self._recipe

    def __repr__(self) -> str:
        return f"RequestSigner(credentials={self._credentials!r}, recipe={getattr(self._recipe, '__name__', 'custom')})"

    def signed_headers(self, method: str, path: str, query: str = "", body: bytes = b"") -> dict[str, str]:
        """``access-key``, ``timestamp``, ``nonce-str``, ``user-id`` and ``signature`` for one send."""
        credentials = self._credentials
        timestamp = timestamp_ms()
        nonce = new_nonce()
        if self._recipe is md5_signer:  # the same bytes as md5_signer, without building a SigningInput
            text = f"{self._md5_prefix}{nonce}&timestamp={timestamp}{self._md5_suffix}"
            return {
                "access-key": credentials.access_key,
                "timestamp": timestamp,
                "nonce-str": nonce,
                "user-id": credentials.user_id,
                "signature": hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper(),
            }
        signing_input = SigningInput(
            credentials.access_key, timestamp, nonce, credentials.user_id, method, path, query, body
        )
        return {
            "access-key": credentials.access_key,
            "timestamp": timestamp,
            "nonce-str": nonce,
            "user-id": credentials.user_id,
            "signature": self._recipe(signing_input, credentials.access_secret),
        }
