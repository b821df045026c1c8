"""How signed requests reach the network: wreq when installed (the ``fast`` extra), else aiohttp, else httpx.

A backend only carries a :class:`~pandapon_async._request.SignedRequest` (method, target, headers, body, all
decided in ``_request.py``) and maps its own transport errors to :class:`TransportTimeout` and
:class:`TransportFailure`. The httpx backend also accepts any ``httpx.AsyncBaseTransport``
(``httpx.MockTransport``, an ASGI app via ``httpx.ASGITransport``). While respx mocks httpx, the wreq and aiohttp
backends send through an httpx client, so a test's mocks see every request.
"""

from __future__ import annotations

import importlib.util
import io
import os
import ssl
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ._exceptions import ConfigurationError, InvalidArgumentError
from ._request import SignedRequest

if TYPE_CHECKING:
    import aiohttp
    import httpx

Backend = Literal["auto", "aiohttp", "httpx", "wreq"]
ENV_HTTP_BACKEND = "PANDAPON_HTTP_BACKEND"
MAX_HEADER_BLOCK = 100 * 1024
"""The largest response header block either backend reads: httpx (h11 under httpcore) allows 100 KiB in all,
however many headers; aiohttp is given the same room instead of its default 128 headers of 8 KiB."""
LARGE_BODY = 1024 * 1024
HTTPX_IDLE_CONNECTIONS = 20


class TransportTimeout(Exception):
    """The send timed out below the client (connect, read, pool)."""


class TransportFailure(Exception):
    """The send failed below the client (refused, reset, DNS, TLS, protocol)."""


class PoolLimits:
    """How many connections a backend keeps: at most ``max_connections`` at once, idle ones for ``keepalive_expiry``;
    and the largest answer body it reads, ``max_response_bytes`` (after decompression: a gzip bomb stops there)."""

    __slots__ = ("keepalive_expiry", "max_connections", "max_response_bytes")

    def __init__(
        self, max_connections: int = 100, keepalive_expiry: float = 30.0, max_response_bytes: int = 32 * 1024 * 1024
    ) -> None:
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self.max_response_bytes = max_response_bytes


class ResponseTooLarge(Exception):
    """The answer's body (after decompression) is larger than the client's ``max_response_bytes``."""

    def __init__(self, status_code: int, limit: int) -> None:
        self.status_code = status_code
        self.limit = limit
        super().__init__(f"the answer's body is larger than max_response_bytes={limit}")


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
        """Response headers, case-insensitive (built on first use: most calls never look at them)."""
        if self._headers is None:
            import httpx

            raw = self._raw_headers
            if not isinstance(raw, httpx.Headers):
                raw = httpx.Headers(list(raw.items()) if hasattr(raw, "items") else _latin1_pairs(raw))
            self._headers = raw
        return self._headers


def _latin1_pairs(pairs: Any) -> list[tuple[str, str]]:
    """Header (name, value) pairs of bytes-like objects (wreq's ``HeaderMap``) as text, as HTTP/1.1 defines it."""
    return [(bytes(name).decode("latin-1"), bytes(value).decode("latin-1")) for name, value in pairs]


class HTTPBackend(Protocol):
    name: str

    @property
    def is_closed(self) -> bool: ...

    async def send(self, request: SignedRequest) -> HTTPResult: ...

    async def aclose(self) -> None: ...


INSTALLS = {"wreq": "pandapon-async[fast]", "aiohttp": "pandapon-async[aiohttp]"}
"""The extra that brings each optional backend."""


def choose_backend(requested: Backend | None, transport: httpx.AsyncBaseTransport | None) -> str:
    """Resolve "auto": an explicit httpx transport means httpx; else wreq, else aiohttp, whichever is installed."""
    choice = requested or os.environ.get(ENV_HTTP_BACKEND, "").strip().lower() or "auto"
    if choice not in ("auto", "aiohttp", "httpx", "wreq"):
        raise ConfigurationError(f"http_backend must be 'auto', 'aiohttp', 'httpx' or 'wreq', not {choice!r}")
    if transport is not None:
        if choice in INSTALLS:
            raise ConfigurationError(
                f"transport= is an httpx transport; it cannot be used with http_backend={choice!r}"
            )
        return "httpx"
    if choice == "auto":
        return next((name for name in INSTALLS if importlib.util.find_spec(name) is not None), "httpx")
    if choice in INSTALLS and importlib.util.find_spec(choice) is None:
        raise ConfigurationError(f"http_backend={choice!r} needs {choice}: pip install '{INSTALLS[choice]}'")
    return choice


def make_backend(
    name: str,
    base_url: str,
    *,
    connect_timeout: float,
    limits: PoolLimits,
    transport: httpx.AsyncBaseTransport | None = None,
    proxy: str | None = None,
) -> HTTPBackend:
    """The backend ``name`` (as :func:`choose_backend` resolved it) for one client.

    Each honours ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY`` from the environment; ``proxy`` overrides them.
    """
    if name == "aiohttp":
        return AiohttpBackend(base_url, connect_timeout=connect_timeout, limits=limits, proxy=proxy)
    if name == "wreq":
        return WreqBackend(base_url, connect_timeout=connect_timeout, limits=limits, proxy=proxy)
    return HttpxBackend(base_url, connect_timeout=connect_timeout, limits=limits, transport=transport, proxy=proxy)


class HttpxBackend:
    """Sends through an ``httpx.AsyncClient`` (created on first use)."""

    name = "httpx"

    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float,
        limits: PoolLimits,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | None = None,
    ) -> None:
        self._base_url = base_url
        self._connect_timeout = connect_timeout
        self._limits = limits
        self._transport = transport
        self._proxy = proxy
        self._closed = False
        self._client = self._open()

    @property
    def is_closed(self) -> bool:
        return self._closed

    def _open(self) -> httpx.AsyncClient:
        import httpx  # only when this backend is chosen: the aiohttp path never imports httpx

        return httpx.AsyncClient(
            # The client bounds each attempt in total (asyncio.timeout), per call; httpx only bounds connecting.
            timeout=httpx.Timeout(None, connect=self._connect_timeout),
            transport=self._transport,
            # httpcore scans every pooled connection on each request: keeping all of them idle-alive costs more
            # than reconnecting now and then, so the idle set stays at httpx's own default size.
            limits=httpx.Limits(
                max_connections=self._limits.max_connections,
                max_keepalive_connections=min(HTTPX_IDLE_CONNECTIONS, self._limits.max_connections),
                keepalive_expiry=self._limits.keepalive_expiry,
            ),
            follow_redirects=False,
            proxy=self._proxy,
            trust_env=True,
        )

    async def send(self, request: SignedRequest) -> HTTPResult:
        import httpx

        client = self._client
        outgoing = httpx.Request(
            request.method, self._base_url + request.target, headers=request.headers, content=request.body
        )
        limit = self._limits.max_response_bytes
        try:
            response = await client.send(outgoing, stream=True)
            try:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise ResponseTooLarge(response.status_code, limit)
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise ResponseTooLarge(response.status_code, limit)
                    chunks.append(chunk)
            finally:
                await response.aclose()
        except httpx.TimeoutException as exc:
            raise TransportTimeout(type(exc).__name__) from None
        except httpx.RequestError as exc:
            raise TransportFailure(f"{type(exc).__name__}: {exc}") from None
        return HTTPResult(response.status_code, b"".join(chunks), response.headers, request.headers)

    async def aclose(self) -> None:
        self._closed = True
        await self._client.aclose()


def _env_proxy(url: Any) -> tuple[Any, Any]:
    """The proxy (and its credentials) that HTTP_PROXY/HTTPS_PROXY/NO_PROXY give ``url``, by aiohttp's own rules."""
    from aiohttp.helpers import get_env_proxy_for_url

    try:
        return get_env_proxy_for_url(url)
    except LookupError:  # no proxy for this scheme, or NO_PROXY names the host
        return (None, None)


def respx_is_active() -> bool:
    """True while any respx router mocks httpx (decorator, context manager, fixture, any ``using=``).

    Costs one dictionary look-up when respx was never imported.
    """
    mocks = sys.modules.get("respx.mocks")
    if mocks is None:
        return False
    return any(mocker.routers for mocker in mocks.Mocker.registry.values())


class _NativeBackend:
    """What the wreq and aiohttp backends share: their settings, their error classes (found on first use), and
    while respx mocks httpx, sending through an httpx client instead."""

    def __init__(self, base_url: str, *, connect_timeout: float, limits: PoolLimits, proxy: str | None = None) -> None:
        self._base_url = base_url
        self._proxy = proxy
        self._connect_timeout = connect_timeout
        self._limits = limits
        self._closed = False
        # (what is a timeout, what is any other failure) among the library's own exceptions
        self._errors: tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]] = ((), ())
        self._mocked: HttpxBackend | None = None

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def _through_httpx(self, request: SignedRequest) -> HTTPResult:
        if self._mocked is None:
            self._mocked = HttpxBackend(
                self._base_url, connect_timeout=self._connect_timeout, limits=self._limits, proxy=self._proxy
            )
        return await self._mocked.send(request)

    async def _close_httpx(self) -> None:
        self._closed = True
        if self._mocked is not None:
            await self._mocked.aclose()


class AiohttpBackend(_NativeBackend):
    """Sends through one ``aiohttp.ClientSession`` (created on first use, inside the running loop).

    aiohttp's own silent resend of idempotent methods on a dropped keep-alive connection is switched off: the
    client alone decides what is sent again, from the spec's retry safety. While respx mocks httpx, requests go
    through an httpx client instead, so a test's mocks see them and an unmatched one never reaches the network.
    """

    name = "aiohttp"

    def __init__(self, base_url: str, *, connect_timeout: float, limits: PoolLimits, proxy: str | None = None) -> None:
        super().__init__(base_url, connect_timeout=connect_timeout, limits=limits, proxy=proxy)
        self._session: aiohttp.ClientSession | None = None
        self._url: Any = None
        self._route_proxy: tuple[Any, Any] = (None, None)

    def _open(self) -> aiohttp.ClientSession:
        import inspect

        import aiohttp  # imported on first send: `import pandapon_async` stays light
        from yarl import URL

        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0, keepalive_timeout=self._limits.keepalive_expiry or 15.0
        )
        limits: dict[str, Any] = {
            "max_line_size": MAX_HEADER_BLOCK,
            "max_field_size": MAX_HEADER_BLOCK,
            "max_headers": 10_000,
        }
        accepted = inspect.signature(aiohttp.ClientSession).parameters  # max_headers is newer than aiohttp 3.9
        session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=None, connect=self._connect_timeout),
            auto_decompress=True,
            skip_auto_headers=("Content-Type", "User-Agent"),
            # The environment's proxy is looked up once below: trust_env would redo it (and read ~/.netrc) per request.
            trust_env=False,
            **{name: value for name, value in limits.items() if name in accepted},
        )
        # aiohttp resends GET/HEAD/PUT/DELETE/OPTIONS once when a reused connection drops (RFC 9112 §9.3.1.1);
        # a PandaPon GET may cancel or pay, so only the client's own retry policy may send anything twice.
        if hasattr(session, "_retry_connection"):  # releases without it (3.9) never resend
            session._retry_connection = False
        self._session = session
        self._route_proxy = (self._proxy, None) if self._proxy is not None else _env_proxy(URL(self._base_url))
        self._errors = ((aiohttp.ServerTimeoutError, TimeoutError), (aiohttp.ClientError,))
        self._url = URL
        return session

    async def send(self, request: SignedRequest) -> HTTPResult:
        if respx_is_active():
            return await self._through_httpx(request)
        session = self._session or self._open()
        # Already percent-encoded by the request builder: yarl must not encode or normalise it again.
        url = self._url(self._base_url + request.target, encoded=True)
        timeouts, failures = self._errors
        body: Any = request.body
        if body is not None and len(body) > LARGE_BODY:
            body = io.BytesIO(body)  # aiohttp sends a large bytes object whole, and warns; a stream it writes in parts
        limit = self._limits.max_response_bytes
        try:
            async with session.request(
                request.method,
                url,
                data=body,
                headers=request.headers,
                allow_redirects=False,
                proxy=self._route_proxy[0],
                proxy_auth=self._route_proxy[1],
            ) as response:
                if (response.content_length or 0) > limit:
                    raise ResponseTooLarge(response.status, limit)
                chunks, size = [], 0
                async for chunk in response.content.iter_any():
                    size += len(chunk)
                    if size > limit:
                        raise ResponseTooLarge(response.status, limit)
                    chunks.append(chunk)
                return HTTPResult(response.status, b"".join(chunks), response.headers, request.headers)
        except timeouts as exc:
            raise TransportTimeout(type(exc).__name__) from None
        except failures as exc:
            raise TransportFailure(f"{type(exc).__name__}: {exc}") from None

    async def aclose(self) -> None:
        await self._close_httpx()
        if self._session is not None:
            await self._session.close()
            self._session = None


class WreqBackend(_NativeBackend):
    """Sends through one ``wreq.Client`` (Rust: hyper and BoringSSL on Tokio threads; created on first use).

    wreq never resends a request by itself; it verifies certificates against the same CA file as Python's ``ssl``
    (``SSL_CERT_FILE`` included), keeps HTTP/1.1 and follows no redirect, like the other backends. While respx
    mocks httpx, requests go through an httpx client instead.
    """

    name = "wreq"

    def __init__(self, base_url: str, *, connect_timeout: float, limits: PoolLimits, proxy: str | None = None) -> None:
        super().__init__(base_url, connect_timeout=connect_timeout, limits=limits, proxy=proxy)
        self._client: Any = None
        self._methods: dict[str, Any] = {}

    def _open(self) -> Any:
        import datetime
        from pathlib import Path

        import wreq
        from wreq.http1 import Http1Options

        options: dict[str, Any] = {}
        if self._proxy is not None:
            options["proxies"] = [wreq.Proxy.all(self._proxy)]
        # Python's own trust store (what aiohttp and ssl use, SSL_CERT_FILE honoured), not wreq's bundled roots.
        cafile = ssl.get_default_verify_paths().cafile
        if cafile is not None and os.path.isfile(cafile):
            options["tls_verify"] = Path(cafile)
        client = wreq.Client(
            connect_timeout=datetime.timedelta(seconds=self._connect_timeout),
            pool_max_size=self._limits.max_connections,
            pool_idle_timeout=datetime.timedelta(seconds=self._limits.keepalive_expiry or 15.0),
            http1_only=True,
            http1_options=Http1Options(max_headers=10_000, max_buf_size=MAX_HEADER_BLOCK + LARGE_BODY),
            redirect=wreq.redirect.Policy.none(),
            gzip=True,
            deflate=True,
            **options,
        )
        self._methods = {name: getattr(wreq.Method, name) for name in dir(wreq.Method) if name.isupper()}
        # wreq's errors are plain Exception subclasses, not the builtins: everything but a timeout is a failure.
        failures = tuple(getattr(wreq, name) for name in wreq.exceptions.__all__ if name != "TimeoutError")
        self._errors = ((wreq.TimeoutError,), (*failures, wreq.exceptions.RustPanic))
        self._client = client
        return client

    async def send(self, request: SignedRequest) -> HTTPResult:
        if respx_is_active():
            return await self._through_httpx(request)
        client = self._client or self._open()
        method = self._methods.get(request.method)
        if method is None:  # wreq sends the standard methods only
            raise InvalidArgumentError(
                f"method {request.method!r} cannot be sent with http_backend='wreq' (it sends "
                f"{', '.join(sorted(self._methods))}); use http_backend='httpx' for it",
                argument="method",
            )
        timeouts, failures = self._errors
        limit = self._limits.max_response_bytes
        kwargs: dict[str, Any] = {"headers": request.headers}
        if request.body is not None:
            kwargs["body"] = request.body
        try:
            async with client.request(method, self._base_url + request.target, **kwargs) as response:
                status = response.status.as_int()
                declared = response.content_length
                if declared is not None and declared > limit:
                    raise ResponseTooLarge(status, limit)
                headers = response.headers  # converted to text only if someone looks (HTTPResult.headers)
                if declared is not None and "content-encoding" not in headers:
                    # The length is known and within the limit, and nothing is decompressed: read it in one go.
                    content = bytes(await response.bytes())
                else:
                    chunks, size = [], 0
                    async with response.stream() as stream:
                        async for chunk in stream:
                            if isinstance(chunk, memoryview):
                                size += len(chunk)
                                if size > limit:
                                    raise ResponseTooLarge(status, limit)
                                chunks.append(bytes(chunk))
                    content = b"".join(chunks)
                return HTTPResult(status, content, headers, request.headers)
        except timeouts as exc:
            raise TransportTimeout(type(exc).__name__) from None
        except failures as exc:
            raise TransportFailure(f"{type(exc).__name__}: {exc}") from None

    async def aclose(self) -> None:
        await self._close_httpx()
        if self._client is not None:
            self._client.close()
            self._client = None
