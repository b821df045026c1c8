"""Per-request signing as an ``httpx.Auth``, for requests built by your own ``httpx.AsyncClient``.

``PandaPonClient`` does not need it (it signs in its one request-building path, ``_request.py``); this class
applies the same signer, through the same path, to any ``httpx.Request``.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._credentials import Credentials
from ._operation import Operation
from ._request import UnsignedRequest
from ._signing import RequestSigner, Signer, md5_signer

SIGNED_QUERY_EXTENSION = "pandapon.signed_query"
"""Request extension naming the query parameters to fill with the timestamp and signature, e.g.
``("timestamp", "sign")`` on warehouse calls."""


class PandaPonAuth(httpx.Auth):
    """Sets ``access-key``, ``timestamp``, ``nonce-str``, ``user-id`` and ``signature`` on each request.

    Requests carrying the ``pandapon.signed_query`` extension also get those query parameters (warehouse calls),
    from the same signer. Every send, retries included, gets a fresh timestamp, nonce and signature.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials, signer: Signer = md5_signer) -> None:
        self._signer = RequestSigner(credentials, signer)

    def __repr__(self) -> str:
        return f"PandaPonAuth({self._signer!r})"

    def signed_headers(self, method: str, path: str, query: str = "", body: bytes = b"") -> dict[str, str]:
        """The five system headers for one send: fresh timestamp, nonce and signature."""
        return self._signer.signed_headers(method, path, query, body)

    def sign_request(self, request: httpx.Request) -> None:
        """Stamp ``request`` with fresh system headers (and signed query parameters where it asks for them)."""
        signed_query = tuple(request.extensions.get(SIGNED_QUERY_EXTENSION) or ())
        path = request.url.raw_path.split(b"?")[0].decode("ascii")
        operation = Operation(
            name=f"{request.method} {path}",
            key="raw",
            method=request.method,
            path=path,
            idempotent=False,
            signed_query=signed_query,
        )
        query = request.url.query.decode("ascii")
        unsigned = UnsignedRequest(operation, path, query, request.content, {})
        signed = unsigned.sign(self._signer)
        request.headers.update(signed.system_headers)
        if signed_query:
            request.url = request.url.copy_with(raw_path=signed.target.encode("ascii"))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request
