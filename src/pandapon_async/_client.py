"""The client users hold: one connection pool, signed requests, envelope checks, safe retries."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from types import TracebackType
from typing import Any, Self

import httpx

from . import _json, _retry
from ._auth import PandaPonAuth
from ._credentials import Credentials, mask, resolve_base_url
from ._envelope import decode_envelope, is_retryable
from ._exceptions import APIConnectionError, APIError, APITimeoutError, ConfigurationError
from ._logging import configure_from_env, logger
from ._operation import Operation, raw_operation
from ._retry import RetryPolicy
from ._signing import Signer, md5_signer
from ._transport import (
    AiohttpBackend,
    Backend,
    HTTPBackend,
    HTTPResult,
    HttpxBackend,
    TransportFailure,
    TransportTimeout,
    choose_backend,
)

DEFAULT_TIMEOUT = 30.0
"""Seconds one attempt may take in total (connect, send, wait, read)."""
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
_NOT_GIVEN: Any = object()
_SIGNED_QUERY_VALUE = re.compile(r"([?&](?:sign|signature)=)[^&\s'\"]*")


class PandaPonClient:
    """Asyncio client for the PandaPon OpenAPI.

    Use it with every generated operation::

        async with PandaPonClient() as client:  # credentials from PANDAPON_* variables
            result = await taobao_get_refund.asyncio(client=client, refund_id="110002687818")

    Credentials come from the arguments or from ``PANDAPON_ACCESS_KEY``, ``PANDAPON_ACCESS_SECRET``,
    ``PANDAPON_USER_ID`` (and ``PANDAPON_BASE_URL``). ``signer`` replaces the signature recipe.
    ``timeout`` bounds one attempt in total; ``connect_timeout`` bounds connecting. ``max_retries``
    applies only to operations the spec marks safe to repeat.

    ``http_backend`` picks how requests travel: ``"aiohttp"`` (the default when aiohttp is installed, e.g.
    with ``pip install 'pandapon-async[fast]'``: several times faster under concurrency), ``"httpx"``
    (always available; required for respx mocks and for ``transport=``, e.g. ``httpx.ASGITransport``), or
    ``"auto"``. ``PANDAPON_HTTP_BACKEND`` sets it from the environment.
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
        max_retries: int = 2,
        http_backend: Backend | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        headers: dict[str, str] | None = None,
    ) -> None:
        configure_from_env()
        self._credentials = Credentials.resolve(access_key, access_secret, user_id)
        self.base_url = resolve_base_url(base_url)
        if not callable(signer):
            raise ConfigurationError("signer must be a callable (signing_input, access_secret) -> str")
        self._auth = PandaPonAuth(self._credentials, signer)
        self.timeout = _check_timeout("timeout", timeout)
        self.connect_timeout = _check_timeout("connect_timeout", connect_timeout)
        self.retry_policy = RetryPolicy(max_retries=max_retries)
        self.http_backend = choose_backend(http_backend, transport)
        self._backend: HTTPBackend
        if self.http_backend == "aiohttp":
            self._backend = AiohttpBackend(
                self.base_url, self._auth, connect_timeout=self.connect_timeout, limits=limits, headers=headers
            )
        else:
            self._backend = HttpxBackend(
                self.base_url,
                self._auth,
                connect_timeout=self.connect_timeout,
                limits=limits,
                headers=headers,
                transport=transport,
            )
        self._owns_backend = True

    # -- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a client from ``with_options`` leaves its parent's pool open)."""
        if self._owns_backend:
            await self._backend.aclose()

    @property
    def is_closed(self) -> bool:
        return self._backend.is_closed

    def __repr__(self) -> str:
        return (
            f"PandaPonClient(base_url={self.base_url!r}, access_key={mask(self._credentials.access_key)!r}, "
            f"user_id={self._credentials.user_id!r}, timeout={self.timeout}, "
            f"max_retries={self.retry_policy.max_retries}, http_backend={self.http_backend!r})"
        )

    def with_options(self, *, timeout: float = _NOT_GIVEN, max_retries: int = _NOT_GIVEN) -> PandaPonClient:
        """A client sharing this one's pool and credentials with other per-call settings.

        ``await op.asyncio(client=client.with_options(max_retries=0, timeout=5), ...)``
        """
        clone = object.__new__(PandaPonClient)
        clone.__dict__.update(self.__dict__)
        clone._owns_backend = False
        if timeout is not _NOT_GIVEN:
            clone.timeout = _check_timeout("timeout", timeout)
        if max_retries is not _NOT_GIVEN:
            clone.retry_policy = RetryPolicy(max_retries=max_retries)
        return clone

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

        Returns the decoded envelope (``requestId``, ``code``, ``msg``, ``data``...). Retries follow
        ``idempotent``, which defaults to True for GET and False otherwise.
        """
        operation = raw_operation(method, path, idempotent=idempotent)
        kwargs: dict[str, Any] = {"method": operation.method, "url": path}
        if params is not None:
            kwargs["params"] = params
        if json is not None:
            kwargs["json"] = json
        _, body = await self.send_operation(operation, kwargs)
        return body

    async def send_operation(self, operation: Operation, kwargs: dict[str, Any]) -> tuple[HTTPResult, dict[str, Any]]:
        """Send one operation with signing, envelope checks and the retry policy; used by generated code.

        ``kwargs`` is what a generated ``_get_kwargs`` returns: method, url (the path), and optionally
        params, json and headers. Returns the HTTP result and the decoded envelope.
        """
        method = operation.method
        path: str = kwargs["url"]
        params = kwargs.get("params") or None
        headers: dict[str, str] | None = kwargs.get("headers")
        content: bytes | None = kwargs.get("content")
        if "json" in kwargs:
            content = _json.dumps(kwargs["json"])
            headers = {"Content-Type": "application/json", **(headers or {})}
        policy = self.retry_policy
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            result: HTTPResult | None = None
            try:
                async with asyncio.timeout(self.timeout):
                    result = await self._backend.send(
                        method,
                        path,
                        params=params,
                        content=content,
                        headers=headers,
                        signed_query=operation.signed_query,
                    )
                body = decode_envelope(
                    result.status_code, result.content, operation=operation.name, method=method, path=path
                )
            except (TransportTimeout, TimeoutError) as exc:
                error: APIError = APITimeoutError(
                    f"timed out ({type(exc).__name__}, limit {self.timeout}s)",
                    operation=operation.name,
                    method=method,
                    path=path,
                )
            except TransportFailure as exc:
                error = APIConnectionError(
                    f"connection failed: {self._redact(str(exc))}", operation=operation.name, method=method, path=path
                )
            except APIError as exc:
                error = exc
            else:
                if logger.isEnabledFor(logging.INFO):
                    self._log_attempt(operation, path, attempt, started, result=result, body=body)
                return result, body
            error.attempts = attempt
            self._log_attempt(operation, path, attempt, started, result=result, error=error)
            if not is_retryable(error):
                raise error
            if not operation.idempotent:
                error.retry_note = (
                    f"not retried: {operation.name} is not marked safe to repeat "
                    "(it creates, pays, cancels, submits or modifies), so a second send could act twice"
                )
                raise error
            if attempt > policy.max_retries:
                error.retry_note = (
                    "not retried: retries are disabled (max_retries=0)"
                    if policy.max_retries == 0
                    else f"gave up after {policy.max_retries} retries"
                )
                raise error
            retry_after_headers = result.headers if result is not None else None
            await _retry.sleep(policy.delay(attempt, retry_after_headers))

    def _redact(self, text: str) -> str:
        """Remove the secret and any signed query value from a lower layer's error text (it may quote the URL)."""
        secret = self._credentials.access_secret
        if secret:
            text = text.replace(secret, "<redacted>")
        return _SIGNED_QUERY_VALUE.sub(r"\1<redacted>", text)

    def _log_attempt(
        self,
        operation: Operation,
        path: str,
        attempt: int,
        started: float,
        *,
        result: HTTPResult | None = None,
        body: dict[str, Any] | None = None,
        error: APIError | None = None,
    ) -> None:
        level = logging.INFO if error is None else logging.WARNING
        if not logger.isEnabledFor(level):
            return
        code = body.get("code") if body is not None else getattr(error, "code", None)
        request_id = body.get("requestId") if body is not None else getattr(error, "request_id", None)
        logger.log(
            level,
            "op=%s method=%s path=%s status=%s code=%s request_id=%s attempt=%d elapsed_ms=%.1f%s",
            operation.name,
            operation.method,
            path,
            result.status_code if result is not None else "-",
            code if code is not None else "-",
            request_id or "-",
            attempt,
            (time.perf_counter() - started) * 1000,
            f" error={type(error).__name__}" if error is not None else "",
        )
        if result is not None and logger.isEnabledFor(logging.DEBUG):
            headers = result.request_headers
            logger.debug(
                "op=%s access_key=%s timestamp=%s nonce=%s user_id=%s signature=<redacted>",
                operation.name,
                mask(headers.get("access-key", "")),
                headers.get("timestamp"),
                headers.get("nonce-str"),
                headers.get("user-id"),
            )


def _check_timeout(name: str, value: float) -> float:
    if not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)
