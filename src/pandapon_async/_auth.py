"""Per-request signing as an ``httpx.Auth``: fresh timestamp, nonce and signature on every send."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._credentials import Credentials
from ._signing import Signer, SigningInput, md5_signer, new_nonce, timestamp_ms

SIGNED_QUERY_EXTENSION = "pandapon.signed_query"
"""Request extension naming the query parameters to fill with the timestamp and signature."""


class PandaPonAuth(httpx.Auth):
    """Sets ``access-key``, ``timestamp``, ``nonce-str``, ``user-id`` and ``signature`` on each request.

    Warehouse requests (those carrying the ``pandapon.signed_query`` extension) also get the ``timestamp``
    and ``sign`` query parameters, from the same signer.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials, signer: Signer = md5_signer) -> None:
        self._credentials = credentials
        self._signer = signer

    def __repr__(self) -> str:
        return f"PandaPonAuth(credentials={self._credentials!r}, signer={getattr(self._signer, '__name__', 'custom')})"

    def sign_request(self, request: httpx.Request) -> None:
        """Stamp ``request`` with fresh system headers (and signed query parameters where needed)."""
        credentials = self._credentials
        timestamp = timestamp_ms()
        nonce = new_nonce()
        signing_input = SigningInput(
            access_key=credentials.access_key,
            timestamp=timestamp,
            nonce_str=nonce,
            user_id=credentials.user_id,
            method=request.method,
            path=request.url.path,
            query=request.url.query.decode("ascii"),
            body=request.content,
        )
        signature = self._signer(signing_input, credentials.access_secret)
        headers = request.headers
        headers["access-key"] = credentials.access_key
        headers["timestamp"] = timestamp
        headers["nonce-str"] = nonce
        headers["user-id"] = credentials.user_id
        headers["signature"] = signature
        signed_query = request.extensions.get(SIGNED_QUERY_EXTENSION)
        if signed_query:
            timestamp_name, sign_name = signed_query
            request.url = request.url.copy_merge_params({timestamp_name: timestamp, sign_name: signature})

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request
