"""The client users hold: one connection pool, signed requests, envelope checks, safe retries."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from . import _retry
from ._credentials import Credentials, check_headers, check_seconds, mask, resolve_base_url
from ._envelope import decode_envelope
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
)
from ._logging import configure_from_env, log_attempt, logger
from ._namespaces import resolve_pending_paths  # facade: pending_paths
from ._operation import Operation, raw_operation
from ._pool import SendPool
from ._redact import Redactor
from ._request import build_request, request_headers
from ._retry import RetryPolicy
from ._signing import RequestSigner, Signer, md5_signer
from ._transport import (
    Backend,
    HTTPBackend,
    HTTPResult,
    PoolLimits,
    ResponseTooLarge,
    TransportFailure,
    TransportTimeout,
    choose_backend,
    make_backend,
)
from .generated.namespaces import Namespaces  # facade: client.taobao..., generated from the spec

if TYPE_CHECKING:
    import httpx

DEFAULT_TIMEOUT = 30.0
"""Seconds one attempt may take in total (connect, send, wait, read)."""
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = PoolLimits(max_connections=100, keepalive_expiry=30.0)
DEFAULT_MAX_IN_FLIGHT = 100
"""Requests sent at once by one client (and its copies); more calls wait their turn in order. Measured: beyond the
connection pool's size, extra concurrency only lengthens the slowest calls' wait."""
DEFAULT_QUEUE_TIMEOUT = 60.0
"""Seconds a call may wait for a send slot before it fails, never having been sent (apart from ``timeout``)."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""The largest answer body read (after decompression); PandaPon's largest pages are a few MB."""
ENV_RETRY_MAX_WAIT = "PANDAPON_RETRY_MAX_WAIT"
_NOT_GIVEN: Any = object()


class PandaPonClient(Namespaces):  # facade: the namespaces (client.taobao.aftersales.get_refund(...))
    """Asyncio client for the PandaPon OpenAPI.

    Use it with every generated operation::

        async with PandaPonClient() as client:  # credentials from PANDAPON_* variables
            result = await taobao_get_refund.asyncio(client=client, refund_id="110002687818")

    Credentials come from the arguments or from ``PANDAPON_ACCESS_KEY``, ``PANDAPON_ACCESS_SECRET``,
    ``PANDAPON_USER_ID`` (and ``PANDAPON_BASE_URL``). ``signer`` replaces the signature recipe.
    ``timeout`` bounds one attempt in total; ``connect_timeout`` bounds connecting. ``max_retries``
    applies only to operations the spec marks safe to repeat; ``retry_policy`` sets the backoff as well
    (``PANDAPON_RETRY_MAX_WAIT=0`` makes every client built from the environment retry without waiting).

    ``http_backend`` picks how requests travel: ``"wreq"`` (the default when wreq is installed, with
    ``pip install 'pandapon-async[fast]'``: the fastest under concurrency), ``"aiohttp"`` (the default when
    aiohttp is installed and wreq is not, ``[aiohttp]``), ``"httpx"`` (always available; required for
    ``transport=``, e.g. ``httpx.ASGITransport``), or ``"auto"``. ``PANDAPON_HTTP_BACKEND`` sets it from the
    environment. Every backend honours ``HTTP_PROXY``, ``HTTPS_PROXY`` and ``NO_PROXY``; ``proxy`` (a URL)
    overrides them. An answer body larger than
    ``max_response_bytes`` (32 MiB, counted after decompression) raises :class:`APIResponseValidationError`
    without reading the rest. Every invalid argument raises
    :class:`ConfigurationError` naming it.
    """

    def __init__(
        self,
        access_key: str | None = None,
        access_secret: str | None = None,
        user_id: str | int | None = None,
        *,
        base_url: str | None = None,
        signer: Signer = md5_signer,
        timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        http_backend: Backend | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: Any = DEFAULT_LIMITS,
        headers: dict[str, str] | None = None,
        proxy: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        queue_timeout: float = DEFAULT_QUEUE_TIMEOUT,
        pending_paths: Mapping[str, str] | None = None,  # facade: {"taobao.order.detail": "GET /path"}
        _pool: SendPool | None = None,
    ) -> None:
        configure_from_env()
        for name, value in (("access_key", access_key), ("access_secret", access_secret)):
            if value is not None and not isinstance(value, str):
                raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
        self._credentials = Credentials.resolve(access_key, access_secret, user_id)
        self.base_url = resolve_base_url(base_url)
        if not callable(signer):
            raise ConfigurationError("signer must be a callable (signing_input, access_secret) -> str")
        self._signer = RequestSigner(self._credentials, signer)
        self._redact = Redactor([self._credentials.access_secret])
        self.timeout = check_seconds("timeout", timeout)
        self.connect_timeout = check_seconds("connect_timeout", connect_timeout)
        self.retry_policy = _resolve_retry_policy(retry_policy, max_retries)
        self.queue_timeout = check_seconds("queue_timeout", queue_timeout)
        if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
            raise ConfigurationError(f"max_in_flight must be a whole number >= 1, not {max_in_flight!r}")
        self._headers = check_headers(headers)
        self._base_headers = request_headers(self._headers)
        self._limits = _pool_limits(limits, max_response_bytes)
        self._transport = transport
        self._proxy = None if proxy is None else resolve_base_url(proxy, argument="proxy")
        self.http_backend = choose_backend(http_backend, transport)
        if _pool is None:
            _pool = SendPool(
                make_backend(
                    self.http_backend,
                    self.base_url,
                    connect_timeout=self.connect_timeout,
                    limits=self._limits,
                    transport=transport,
                    proxy=self._proxy,
                ),
                max_in_flight,
            )
            self._owns_pool = True
        else:
            self._owns_pool = False
        self._pool = _pool
        self._signer_recipe = signer
        self._pending_paths = resolve_pending_paths(pending_paths)  # facade: paths of pending entries

    # -- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a client from ``with_options`` leaves its parent's pool open)."""
        if self._owns_pool:
            await self._pool.backend.aclose()

    @property
    def is_closed(self) -> bool:
        return self._pool.backend.is_closed

    @property
    def _backend(self) -> HTTPBackend:
        return self._pool.backend

    def __repr__(self) -> str:
        return (
            f"PandaPonClient(base_url={self.base_url!r}, access_key={mask(self._credentials.access_key)!r}, "
            f"user_id={self._credentials.user_id!r}, timeout={self.timeout}, "
            f"max_retries={self.retry_policy.max_retries}, http_backend={self.http_backend!r})"
        )

    def copy(
        self,
        *,
        timeout: float = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
        retry_policy: RetryPolicy = _NOT_GIVEN,
        queue_timeout: float = _NOT_GIVEN,
    ) -> PandaPonClient:
        """A client sharing this one's pool and credentials, with other per-call settings.

        ``await op.asyncio(client=client.with_options(max_retries=0, timeout=5), ...)``. Closing the copy leaves
        the pool open; closing this client closes it for both.
        """
        policy = self.retry_policy if retry_policy is _NOT_GIVEN else retry_policy
        if max_retries is not _NOT_GIVEN:
            policy = _resolve_retry_policy(policy, max_retries)
        credentials = self._credentials
        return PandaPonClient(
            credentials.access_key,
            credentials.access_secret,
            credentials.user_id,
            base_url=self.base_url,
            signer=self._signer_recipe,
            timeout=self.timeout if timeout is _NOT_GIVEN else timeout,
            connect_timeout=self.connect_timeout,
            retry_policy=policy,
            http_backend="httpx" if self._transport is not None else self.http_backend,  # type: ignore[arg-type]
            transport=self._transport,
            limits=self._limits,
            max_response_bytes=self._limits.max_response_bytes,
            headers=self._headers,
            proxy=self._proxy,
            max_in_flight=self._pool.max_in_flight,
            queue_timeout=self.queue_timeout if queue_timeout is _NOT_GIVEN else queue_timeout,
            pending_paths=self._pending_paths,  # facade
            _pool=self._pool,
        )

    with_options = copy

    # -- sending ---------------------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
    ) -> dict[str, Any]:
        """Send any call (e.g. an endpoint the spec lists as pending) with the same signing and checks.

        ``path`` may carry a query (``/open/x?y=1``), kept ahead of ``params``; ``None`` values in ``params``
        are left out. Returns the decoded envelope (``requestId``, ``code``, ``msg``, ``data``...). Retries
        follow ``idempotent``, which defaults to True for GET and False otherwise.
        """
        if not isinstance(method, str) or not method.isalpha():
            raise ConfigurationError(f"method must be an HTTP method such as 'GET' or 'POST', not {method!r}")
        if not isinstance(path, str):
            raise ConfigurationError(f"path must be a str such as '/open/...', not {type(path).__name__}")
        operation = raw_operation(method, path, idempotent=idempotent)
        kwargs: dict[str, Any] = {"url": path, "params": params, "json": json}
        _, body = await self._call_operation(operation, kwargs)
        return body

    async def _call_operation(self, operation: Operation, kwargs: dict[str, Any]) -> tuple[HTTPResult, dict[str, Any]]:
        """Send one operation under signing, envelope checks and the retry policy: what generated functions call.

        ``kwargs`` is what a generated ``_get_kwargs`` returns (see ``_request.build_request``). Returns the HTTP
        result and the decoded envelope, or raises an :class:`APIError` subclass.
        """
        unsigned = build_request(operation, kwargs, self._base_headers)
        pool = self._pool
        backend = pool.check()
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            result: HTTPResult | None = None
            await pool.admit(self.queue_timeout, operation, unsigned.path, attempt)
            signed = unsigned.sign(self._signer)  # after the wait: the timestamp is the moment of sending
            redact = self._redact.with_secrets([signed.system_headers["signature"]])
            try:
                async with asyncio.timeout(self.timeout):
                    try:
                        sent = await backend.send(signed)
                    finally:
                        pool.slots.release()
                result = sent
                body = decode_envelope(
                    sent.status_code,
                    sent.content,
                    operation=operation.name,
                    method=operation.method,
                    path=unsigned.path,
                    redact=redact,
                )
            except Exception as exc:
                error = attempt_error(exc, operation, unsigned.path, self.timeout, redact)
            else:
                if logger.isEnabledFor(logging.INFO):
                    log_attempt(operation, unsigned.path, attempt, started, result=sent, body=body)
                return sent, body
            error.attempts = attempt
            log_attempt(operation, unsigned.path, attempt, started, result=result, error=error)
            decision = _retry.decide(error, operation, attempt, self.retry_policy)
            if not decision.retry:
                error.retry_note = decision.note
                raise error
            await _retry.sleep(self.retry_policy.delay(attempt, result.headers if result is not None else None))


def attempt_error(
    exc: Exception, operation: Operation, path: str, timeout: float, redact: Callable[[str], str]
) -> APIError:
    """The :class:`APIError` one failed attempt ends in (``exc`` re-raised when it is not a failure we know)."""
    context: dict[str, Any] = {"operation": operation.name, "method": operation.method, "path": path}
    if isinstance(exc, APIError):
        return exc
    if isinstance(exc, TransportTimeout | TimeoutError):
        return APITimeoutError(f"timed out ({type(exc).__name__}, limit {timeout}s)", **context)
    if isinstance(exc, ResponseTooLarge):
        return APIResponseValidationError(
            f"HTTP {exc.status_code} with {exc}; raise the limit with PandaPonClient(max_response_bytes=...)",
            status_code=exc.status_code,
            **context,
        )
    if isinstance(exc, TransportFailure):
        return APIConnectionError(f"connection failed: {redact(str(exc))}", **context)
    raise exc


def _resolve_retry_policy(policy: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    import os

    import attrs

    if policy is not None and not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, not {type(policy).__name__}")
    if policy is None:
        max_wait = os.environ.get(ENV_RETRY_MAX_WAIT, "").strip()
        try:
            policy = RetryPolicy(max_wait=float(max_wait)) if max_wait else RetryPolicy()
        except ValueError:
            raise ConfigurationError(f"{ENV_RETRY_MAX_WAIT} must be a number of seconds, not {max_wait!r}") from None
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    return policy


def _pool_limits(limits: Any, max_response_bytes: int) -> PoolLimits:
    """``PoolLimits`` from ours or from an ``httpx.Limits`` (max_connections, keepalive_expiry)."""
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise ConfigurationError(f"max_response_bytes must be a whole number >= 1, not {max_response_bytes!r}")
    max_connections = getattr(limits, "max_connections", None)
    keepalive = getattr(limits, "keepalive_expiry", None)
    if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
        raise ConfigurationError(f"limits.max_connections must be a whole number >= 1, not {max_connections!r}")
    expiry = check_seconds("limits.keepalive_expiry", keepalive if keepalive else 30.0)
    return PoolLimits(max_connections, expiry, max_response_bytes)
