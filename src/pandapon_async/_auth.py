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

    def signed_headers(self, method: str, path: str, query: str = "", body: bytes = b"") -> dict[str, str]:
        """The five system headers for one send: fresh timestamp, nonce and signature."""
        credentials = self._credentials
        timestamp = timestamp_ms()
        nonce = new_nonce()
        signing_input = SigningInput(
            credentials.access_key, timestamp, nonce, credentials.user_id, method, path, query, body
        )
        return {
            "access-key": credentials.access_key,
            "timestamp": timestamp,
            "nonce-str": nonce,
            "user-id": credentials.user_id,
            "signature": self._signer(signing_input, credentials.access_secret),
        }

    def sign_request(self, request: httpx.Request) -> None:
        """Stamp ``request`` with fresh system headers (and signed query parameters where needed)."""
        headers = self.signed_headers(
            request.method, request.url.path, request.url.query.decode("ascii"), request.content
        )
        request.headers.update(headers)
        signed_query = request.extensions.get(SIGNED_QUERY_EXTENSION)
        if signed_query:
            timestamp_name, sign_name = signed_query
            request.url = request.url.copy_merge_params(
                {timestamp_name: headers["timestamp"], sign_name: headers["signature"]}
            )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request
