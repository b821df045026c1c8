"""The ASGI adapter: reads the body (within the size limit), answers, and runs the lifespan."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias

from .._credentials import ENV_ACCESS_SECRET
from .._exceptions import ConfigurationError
from ._dispatcher import DEFAULT_ACK_TIMEOUT, Dispatcher, HandlerMap, HandlerT
from ._inbox import Inbox, InboxCounts
from ._messages import WebhookMessage, header
from ._receiver import DEFAULT_STORE_TIMEOUT, IdempotencyKey, Receiver, default_idempotency_key
from ._worker import InboxWorkers, WorkerPolicy

DEFAULT_MAX_BODY_SIZE = 1024 * 1024

Scope: TypeAlias = MutableMapping[str, Any]
ASGIMessage: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[ASGIMessage]]
Send: TypeAlias = Callable[[ASGIMessage], Awaitable[None]]
# With the body left unread, the server must close the connection, or it would read (and discard) the rest.
_CLOSE = [(b"connection", b"close")]


class WebhookApp:
    """Plain ASGI app that verifies and parses pushed messages, then stores or dispatches them.

    Statuses: 200 acknowledged (also for the console's "Verify" probe: GET, HEAD, or POST with an empty body),
    401 missing or bad signature, 400 malformed body or stale timestamp, 413 body too large, 405 other methods,
    500 handler failed in time to say so, 503 the inbox could not store it or a handler did not finish within
    the budget with ``background=False`` (PandaPon pushes again after half an hour on any non-200).

    Without an inbox, handlers run under the acknowledgement policy of :class:`Dispatcher`. With ``inbox=``
    every verified message is stored under ``idempotency_key(message)`` before the 200 (a repeated delivery is
    recognised and answered 200 without storing it again) and ``worker_policy.workers`` workers run the
    handlers from the inbox, at least once per key. Start and stop the app with its ASGI lifespan, with
    ``lifespan=app.lifespan`` in Starlette/FastAPI, or with ``async with app.running():``.
    Raises ConfigurationError for a missing secret or an impossible setting.
    """

    def __init__(
        self,
        secret: str | None = None,
        *,
        handlers: HandlerMap | None = None,
        background: bool = True,
        ack_timeout: float = DEFAULT_ACK_TIMEOUT,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        replay_tolerance: float | None = None,
        inbox: Inbox | None = None,
        idempotency_key: IdempotencyKey = default_idempotency_key,
        worker_policy: WorkerPolicy | None = None,
        store_timeout: float = DEFAULT_STORE_TIMEOUT,
    ) -> None:
        secret = secret if secret is not None else os.environ.get(ENV_ACCESS_SECRET)
        if not secret:
            raise ConfigurationError(
                f"no Access Secret to verify pushed messages: pass secret= or set {ENV_ACCESS_SECRET}"
            )
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1:
            raise ConfigurationError("max_body_size must be a whole number of bytes >= 1")
        self._max_body_size = max_body_size
        self.dispatcher = Dispatcher(handlers=handlers, background=background, ack_timeout=ack_timeout)
        self.receiver = Receiver(
            secret,
            self.dispatcher,
            replay_tolerance=replay_tolerance,
            inbox=inbox,
            idempotency_key=idempotency_key,
            worker_policy=worker_policy,
            store_timeout=store_timeout,
        )

    def __repr__(self) -> str:
        handlers, background = self.dispatcher.message_types, self.dispatcher.background
        return f"WebhookApp(handlers={handlers!r}, background={background!r}, inbox={self.inbox!r})"

    # --- the registry lives in the dispatcher, the inbox in the receiver; these keep the short spelling ---------

    @property
    def inbox(self) -> Inbox | None:
        return self.receiver.inbox

    @property
    def workers(self) -> InboxWorkers | None:
        return self.receiver.workers

    def on(self, message_type: str | type[WebhookMessage], handler: HandlerT) -> HandlerT:
        """Register ``handler(message)`` (async, or plain: run in a thread) for one messageType, or ``"*"``."""
        return self.dispatcher.on(message_type, handler)

    def handler(self, message_type: str | type[WebhookMessage] = "*") -> Callable[[HandlerT], HandlerT]:
        """Decorator form of :meth:`on`; without an argument the handler receives every unhandled type."""
        return self.dispatcher.handler(message_type)

    @property
    def pending(self) -> int:
        """How many handlers are still running in the background (without an inbox) or from the inbox."""
        return self.dispatcher.pending + (self.workers.busy if self.workers else 0)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until the background handlers have finished (at most ``timeout`` seconds); e.g. at shutdown."""
        await self.dispatcher.drain(timeout)

    async def counts(self) -> InboxCounts:
        """The inbox's counts by state (for a health endpoint); all zero without an inbox."""
        return await self.receiver.counts()

    async def start(self) -> None:
        """Open the inbox and start its workers; raises ConfigurationError naming a store that cannot be opened."""
        await self.receiver.start()

    async def stop(self, timeout: float = 10.0) -> None:
        """Let handlers finish (up to ``timeout`` seconds), stop the workers and close the inbox."""
        await self.receiver.stop(timeout)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[WebhookApp]:
        """``async with app.running():`` starts the inbox workers and stops (drains) them on exit."""
        async with self.receiver.running():
            yield self

    @contextlib.asynccontextmanager
    async def lifespan(self, app: object) -> AsyncIterator[None]:
        """For ``Starlette(lifespan=hooks.lifespan)`` / ``FastAPI(lifespan=hooks.lifespan)``: a mounted app
        gets no lifespan events of its own, so the host application starts and drains it with this."""
        async with self.receiver.running():
            yield

    # --- ASGI -----------------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the PandaPon webhook app serves HTTP only, not {scope['type']!r}")
        method = scope.get("method", "GET").upper()
        if method in ("GET", "HEAD"):
            await _respond(send, 200, {"status": "ok"}, head=method == "HEAD")
            return
        if method != "POST":
            await _respond(send, 405, {"error": "method not allowed"}, extra=[(b"allow", b"GET, HEAD, POST")])
            return
        self.receiver.answering += 1
        try:
            headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
            body = await self._read_body(headers, receive, send)
            if body is None:
                return
            if not body.strip():
                # The console's "Verify" probe: nothing to verify or dispatch.
                await _respond(send, 200, {"status": "ok"})
                return
            answer = await self.receiver.receive(body, headers)
            await _respond(send, answer.status, answer.payload)
        finally:
            self.receiver.answering -= 1

    async def _read_body(self, headers: list[tuple[bytes, bytes]], receive: Receive, send: Send) -> bytes | None:
        """The whole request body, or None when the answer (413) was already sent or the client left.

        A body over the limit is refused as soon as it is known to be too large (from Content-Length, or once
        the chunks read so far exceed it): the rest is never read.
        """
        declared = header(headers, "content-length")
        if declared and declared.strip().isdigit() and int(declared) > self._max_body_size:
            await _respond(send, 413, {"error": "body too large"}, extra=_CLOSE)
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            event = await receive()
            if event["type"] == "http.disconnect":
                return None
            chunk = event.get("body", b"")
            size += len(chunk)
            if size > self._max_body_size:
                await _respond(send, 413, {"error": "body too large"}, extra=_CLOSE)
                return None
            chunks.append(chunk)
            if not event.get("more_body", False):
                return b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            event = await receive()
            if event["type"] == "lifespan.startup":
                try:
                    await self.start()
                except ConfigurationError as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif event["type"] == "lifespan.shutdown":
                await self.stop(timeout=10.0)
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _respond(
    send: Send,
    status: int,
    payload: dict[str, Any],
    *,
    head: bool = False,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    content = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode("ascii"))]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": b"" if head else content})


# The function form came first and stays the documented one; its signature mirrors WebhookApp.__init__ on purpose.
def create_webhook_app(
    secret: str | None = None,
    *,
    handlers: HandlerMap | None = None,
    background: bool = True,
    ack_timeout: float = DEFAULT_ACK_TIMEOUT,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    replay_tolerance: float | None = None,
    inbox: Inbox | None = None,
    idempotency_key: IdempotencyKey = default_idempotency_key,
    worker_policy: WorkerPolicy | None = None,
    store_timeout: float = DEFAULT_STORE_TIMEOUT,
) -> WebhookApp:
    """An ASGI app serving PandaPon's pushed messages (mount it in Starlette/FastAPI or run it with any server).

    ``secret`` is the Access Secret (default: the PANDAPON_ACCESS_SECRET environment variable); ``handlers`` maps
    a messageType (or message class, or ``"*"``) to ``handler(message)``; ``replay_tolerance`` (seconds, off by
    default) refuses messages whose ``timestamp`` is further from the clock; ``inbox`` stores every message before
    the 200 and processes it from there (see WebhookApp for the statuses, WorkerPolicy for the processing).
    Raises ConfigurationError for a missing secret or an impossible setting.
    """
    return WebhookApp(
        secret,
        handlers=handlers,
        background=background,
        ack_timeout=ack_timeout,
        max_body_size=max_body_size,
        replay_tolerance=replay_tolerance,
        inbox=inbox,
        idempotency_key=idempotency_key,
        worker_policy=worker_policy,
        store_timeout=store_timeout,
    )
