"""How requests reach the network: aiohttp when installed (fast under concurrency), else httpx.

Both backends sign every send with the same ``PandaPonAuth`` and hand the client the same ``HTTPResult``.
The httpx backend also accepts any ``httpx.AsyncBaseTransport`` (``httpx.MockTransport``, an ASGI app via
``httpx.ASGITransport``), and is what respx-based tests use.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import urlencode

import httpx

from ._auth import SIGNED_QUERY_EXTENSION, PandaPonAuth
from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    import aiohttp

Backend = Literal["auto", "aiohttp", "httpx"]
ENV_HTTP_BACKEND = "PANDAPON_HTTP_BACKEND"


class TransportTimeout(Exception):
    """The send timed out below the client (connect, read, pool)."""


class TransportFailure(Exception):
    """The send failed below the client (refused, reset, DNS, TLS, protocol)."""


class HTTPResult:
    """The part of an HTTP exchange the client and generated code need, whatever the backend."""

    __slots__ = ("_headers", "_raw_headers", "content", "request_headers", "status_code")

    def __init__(self, status_code: int, content: bytes, raw_headers: Any, request_headers: Mapping[str, str]) -> None:
        self.status_code = status_code
        self.content = content
        self._raw_headers = raw_headers
        self._headers: httpx.Headers | None = None
        self.request_headers = request_headers

    @property
    def headers(self) -> httpx.Headers:
        """Response headers (built on first use: most calls never look at them)."""
        if self._headers is None:
            raw = self._raw_headers
            self._headers = raw if isinstance(raw, httpx.Headers) else httpx.Headers(list(raw.items()))
        return self._headers


class HTTPBackend(Protocol):
    name: str

    @property
    def is_closed(self) -> bool: ...

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        signed_query: tuple[str, ...],
    ) -> HTTPResult: ...

    async def aclose(self) -> None: ...


def choose_backend(requested: Backend | None, transport: httpx.AsyncBaseTransport | None) -> str:
    """Resolve "auto": an explicit httpx transport means httpx; else aiohttp when it is installed."""
    choice = requested or os.environ.get(ENV_HTTP_BACKEND, "").strip().lower() or "auto"
    if choice not in ("auto", "aiohttp", "httpx"):
        raise ConfigurationError(f"http_backend must be 'auto', 'aiohttp' or 'httpx', not {choice!r}")
    if transport is not None:
        if choice == "aiohttp":
            raise ConfigurationError("transport= is an httpx transport; it cannot be used with http_backend='aiohttp'")
        return "httpx"
    if choice == "auto":
        return "aiohttp" if importlib.util.find_spec("aiohttp") is not None else "httpx"
    if choice == "aiohttp" and importlib.util.find_spec("aiohttp") is None:
        raise ConfigurationError("http_backend='aiohttp' needs aiohttp: pip install 'pandapon-async[fast]'")
    return choice


def encode_params(params: Mapping[str, Any]) -> str:
    """Query string as httpx would encode it (booleans as true/false, lists repeated, None dropped)."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            if item is None:
                continue
            pairs.append((key, "true" if item is True else "false" if item is False else str(item)))
    return urlencode(pairs)


class HttpxBackend:
    """Sends through an ``httpx.AsyncClient``; signing happens in ``PandaPonAuth.auth_flow``."""

    name = "httpx"

    def __init__(
        self,
        base_url: str,
        auth: PandaPonAuth,
        *,
        connect_timeout: float,
        limits: httpx.Limits,
        headers: Mapping[str, str] | None,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._auth = auth
        self._client = httpx.AsyncClient(
            base_url=base_url,
            # The client bounds each attempt in total (asyncio.timeout), per call; httpx only bounds connecting.
            timeout=httpx.Timeout(None, connect=connect_timeout),
            transport=transport,
            limits=limits,
            headers=dict(headers or {}),
        )

    @property
    def is_closed(self) -> bool:
        return self._client.is_closed

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        signed_query: tuple[str, ...],
    ) -> HTTPResult:
        request = self._client.build_request(
            method,
            path,
            params=dict(params) if params else None,
            content=content,
            headers=headers,
            extensions={SIGNED_QUERY_EXTENSION: signed_query} if signed_query else None,
        )
        try:
            response = await self._client.send(request, auth=self._auth)
        except httpx.TimeoutException as exc:
            raise TransportTimeout(type(exc).__name__) from None
        except httpx.RequestError as exc:
            raise TransportFailure(f"{type(exc).__name__}: {exc}") from None
        return HTTPResult(response.status_code, response.content, response.headers, request.headers)

    async def aclose(self) -> None:
        await self._client.aclose()


class AiohttpBackend:
    """Sends through one ``aiohttp.ClientSession`` (created on first use, inside the running loop).

    Measured on loopback it keeps its throughput at hundreds of calls in flight, where httpx's pool does not
    (bench/RESULTS.md).
    """

    name = "aiohttp"

    def __init__(
        self,
        base_url: str,
        auth: PandaPonAuth,
        *,
        connect_timeout: float,
        limits: httpx.Limits,
        headers: Mapping[str, str] | None,
    ) -> None:
        self._base_url = base_url
        self._auth = auth
        self._connect_timeout = connect_timeout
        self._limits = limits
        self._default_headers = dict(headers or {})
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        self._errors: tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]] | None = None
        self._url: Any = None

    @property
    def is_closed(self) -> bool:
        return self._closed

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp  # imported on first send: `import pandapon_async` stays light

        if self._closed:
            raise RuntimeError("the client has been closed")
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=None, connect=self._connect_timeout),
            headers=self._default_headers,
            auto_decompress=True,
            skip_auto_headers=("Content-Type",),
        )
        self._errors = ((aiohttp.ServerTimeoutError, TimeoutError), (aiohttp.ClientError,))
        from yarl import URL

        self._url = URL
        return self._session

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        signed_query: tuple[str, ...],
    ) -> HTTPResult:
        session = self._session or self._open()
        query = encode_params(params) if params else ""
        signed = self._auth.signed_headers(method, path, query, content or b"")
        if headers:
            signed = {**headers, **signed}
        if signed_query:
            extra = urlencode({signed_query[0]: signed["timestamp"], signed_query[1]: signed["signature"]})
            query = f"{query}&{extra}" if query else extra
        # Already percent-encoded (generated paths quote their parameters; urlencode quotes the query).
        url = self._url(self._base_url + path + ("?" + query if query else ""), encoded=True)
        timeouts, failures = self._errors or ((), ())
        try:
            async with session.request(method, url, data=content, headers=signed, allow_redirects=False) as response:
                body = await response.read()
                return HTTPResult(response.status, body, response.headers, signed)
        except timeouts as exc:
            raise TransportTimeout(type(exc).__name__) from None
        except failures as exc:
            raise TransportFailure(f"{type(exc).__name__}: {exc}") from None

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            await self._session.close()
            self._session = None
