"""The client users hold: one connection pool, signed requests, envelope checks, safe retries."""

from __future__ import annotations

import asyncio
import time
from types import TracebackType
from typing import Any, Self

import httpx

from . import _retry
from ._auth import SIGNED_QUERY_EXTENSION, PandaPonAuth
from ._credentials import Credentials, mask, resolve_base_url
from ._envelope import decode_envelope, is_retryable
from ._exceptions import APIConnectionError, APIError, APITimeoutError, ConfigurationError
from ._logging import configure_from_env, logger
from ._operation import Operation, raw_operation
from ._retry import RetryPolicy
from ._signing import Signer, md5_signer

DEFAULT_TIMEOUT = 30.0
"""Seconds one attempt may take in total (connect, send, wait, read)."""
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
_NOT_GIVEN: Any = object()


class PandaPonClient:
    """Asyncio client for the PandaPon OpenAPI.

    Use it with every generated operation::

        async with PandaPonClient() as client:  # credentials from PANDAPON_* variables
            result = await get_taobao_refund.asyncio(client=client, refund_id="110002687818")

    Credentials come from the arguments or from ``PANDAPON_ACCESS_KEY``, ``PANDAPON_ACCESS_SECRET``,
    ``PANDAPON_USER_ID`` (and ``PANDAPON_BASE_URL``). ``signer`` replaces the signature recipe.
    ``timeout`` bounds one attempt in total; ``connect_timeout`` bounds connecting. ``max_retries``
    applies only to operations the spec marks safe to repeat.
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
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
            transport=transport,
            limits=limits,
            headers=headers,
        )
        self._owns_http = True

    # -- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a client from ``with_options`` leaves its parent's pool open)."""
        if self._owns_http:
            await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __repr__(self) -> str:
        return (
            f"PandaPonClient(base_url={self.base_url!r}, access_key={mask(self._credentials.access_key)!r}, "
            f"user_id={self._credentials.user_id!r}, timeout={self.timeout}, "
            f"max_retries={self.retry_policy.max_retries})"
        )

    def with_options(self, *, timeout: float = _NOT_GIVEN, max_retries: int = _NOT_GIVEN) -> PandaPonClient:
        """A client sharing this one's pool and credentials with other per-call settings.

        ``await op.asyncio(client=client.with_options(max_retries=0, timeout=5), ...)``
        """
        clone = object.__new__(PandaPonClient)
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False
        if timeout is not _NOT_GIVEN:
            clone.timeout = _check_timeout("timeout", timeout)
        if max_retries is not _NOT_GIVEN:
            clone.retry_policy = RetryPolicy(max_retries=max_retries)
        return clone

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (requests sent through it directly are not signed)."""
        return self._http

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

    async def send_operation(
        self, operation: Operation, kwargs: dict[str, Any]
    ) -> tuple[httpx.Response, dict[str, Any]]:
        """Send one operation with signing, envelope checks and the retry policy; used by generated code."""
        policy = self.retry_policy
        extensions = {SIGNED_QUERY_EXTENSION: operation.signed_query} if operation.signed_query else None
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                kwargs["method"],
                kwargs["url"],
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                headers=kwargs.get("headers"),
                extensions=extensions,
            )
            started = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response, body = await self._attempt(operation, request)
            except APIError as error:
                error.attempts = attempt
                self._log_attempt(operation, attempt, started, response=getattr(error, "_response", None), error=error)
                retry_number = attempt
                if not is_retryable(error):
                    raise
                if not operation.idempotent:
                    error.retry_note = (
                        f"not retried: {operation.name} is not marked safe to repeat "
                        "(it creates, pays, cancels, submits or modifies), so a second send could act twice"
                    )
                    raise
                if retry_number > policy.max_retries:
                    error.retry_note = (
                        "not retried: retries are disabled (max_retries=0)"
                        if policy.max_retries == 0
                        else f"gave up after {policy.max_retries} retries"
                    )
                    raise
                await _retry.sleep(policy.delay(retry_number, getattr(error, "_response", None)))
                continue
            self._log_attempt(operation, attempt, started, response=response, body=body)
            return response, body

    async def _attempt(self, operation: Operation, request: httpx.Request) -> tuple[httpx.Response, dict[str, Any]]:
        context: dict[str, Any] = {"operation": operation.name, "method": request.method, "path": request.url.path}
        try:
            async with asyncio.timeout(self.timeout):
                response = await self._http.send(request, auth=self._auth)
        except (httpx.TimeoutException, TimeoutError) as exc:
            raise APITimeoutError(f"timed out ({type(exc).__name__}, limit {self.timeout}s)", **context) from None
        except httpx.RequestError as exc:
            message = self._redact(f"{type(exc).__name__}: {exc}", request)
            raise APIConnectionError(f"connection failed: {message}", **context) from None
        try:
            body = decode_envelope(response.status_code, response.content, **context)
        except APIError as error:
            error._response = response  # type: ignore[attr-defined]  # for Retry-After and logging only
            raise
        return response, body

    def _redact(self, text: str, request: httpx.Request) -> str:
        for secret in (self._credentials.access_secret, request.headers.get("signature")):
            if secret:
                text = text.replace(secret, "<redacted>")
        return text

    def _log_attempt(
        self,
        operation: Operation,
        attempt: int,
        started: float,
        *,
        response: httpx.Response | None = None,
        body: dict[str, Any] | None = None,
        error: APIError | None = None,
    ) -> None:
        level = 20 if error is None else 30  # INFO for a success, WARNING for a failed attempt
        if not logger.isEnabledFor(level):
            return
        code = body.get("code") if body is not None else getattr(error, "code", None)
        request_id = body.get("requestId") if body is not None else getattr(error, "request_id", None)
        logger.log(
            level,
            "op=%s method=%s path=%s status=%s code=%s request_id=%s attempt=%d elapsed_ms=%.1f%s",
            operation.name,
            operation.method,
            operation.path,
            response.status_code if response is not None else "-",
            code if code is not None else "-",
            request_id or "-",
            attempt,
            (time.perf_counter() - started) * 1000,
            f" error={type(error).__name__}" if error is not None else "",
        )
        if response is not None and logger.isEnabledFor(10):
            headers = response.request.headers
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
