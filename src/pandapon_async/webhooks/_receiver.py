"""What one delivery becomes, independent of any server: verified, parsed, checked, then stored or dispatched.

The ASGI adapter hands it the raw body and headers and sends back the :class:`Answer`; the receiver also owns
the inbox and its workers (start, stop, counts).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeAlias

import attrs

from .._exceptions import ConfigurationError, InvalidSignatureError, MessageFormatError
from ._dispatcher import Dispatcher, Outcome, short_id
from ._inbox import Inbox, InboxCounts
from ._messages import Headers, WebhookMessage, check_freshness, parse_message
from ._worker import InboxWorkers, WorkerPolicy

logger = logging.getLogger("pandapon_async.webhooks")

DEFAULT_STORE_TIMEOUT = 0.8  # seconds; PandaPon's budget is 1000 ms including the network

IdempotencyKey: TypeAlias = Callable[[WebhookMessage], str]


def default_idempotency_key(message: WebhookMessage) -> str:
    """The key an inbox stores a message under: ``message.idempotency_key`` (type, platform, canonical body)."""
    return message.idempotency_key


@attrs.frozen
class Answer:
    """The HTTP status and JSON payload a delivery gets."""

    status: int
    payload: dict[str, Any]


class Receiver:
    """Verifies, parses and checks a delivery; then stores it (with an inbox) or dispatches it (without).

    Raises ConfigurationError for an impossible setting; see WebhookApp for what each answer means.
    """

    def __init__(
        self,
        secret: str,
        dispatcher: Dispatcher,
        *,
        replay_tolerance: float | None = None,
        inbox: Inbox | None = None,
        idempotency_key: IdempotencyKey = default_idempotency_key,
        worker_policy: WorkerPolicy | None = None,
        store_timeout: float = DEFAULT_STORE_TIMEOUT,
    ) -> None:
        if replay_tolerance is not None and not 0 < replay_tolerance < float("inf"):
            raise ConfigurationError("replay_tolerance must be None (off) or a finite number of seconds > 0")
        if not 0 < store_timeout < float("inf"):
            raise ConfigurationError("store_timeout must be a finite number of seconds > 0")
        if not callable(idempotency_key):
            raise ConfigurationError("idempotency_key must be a function of the message returning a string")
        self._secret = secret
        self._replay_tolerance = replay_tolerance
        self._store_timeout = store_timeout
        self._idempotency_key = idempotency_key
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.answering = 0  # deliveries being read, verified or stored right now: workers let them go first
        self.workers = (
            InboxWorkers(inbox, dispatcher, worker_policy or WorkerPolicy(), answering=lambda: self.answering)
            if inbox is not None
            else None
        )
        self._started = False
        self._start_lock = asyncio.Lock()

    async def receive(self, body: bytes, headers: Headers) -> Answer:
        """The answer to one delivery with a non-empty body."""
        try:
            message = parse_message(body, headers, self._secret)
            if self._replay_tolerance is not None:
                check_freshness(message, self._replay_tolerance)
        except InvalidSignatureError as exc:
            logger.warning("rejected a pushed message (%d bytes): %s", len(body), exc)
            return Answer(401, {"error": "invalid signature"})
        except MessageFormatError as exc:
            logger.warning("rejected a pushed message (%d bytes): %s", len(body), exc)
            return Answer(400, {"error": str(exc)})
        if self.inbox is not None:
            return await self._store(message)
        outcome = await self.dispatcher.dispatch(message)
        if outcome.acknowledged:
            return Answer(200, {"status": "ok", "messageId": message.message_id})
        if outcome is Outcome.FAILED:
            return Answer(500, {"error": "handler failed", "messageId": message.message_id})
        return Answer(503, {"error": "handler did not finish in time", "messageId": message.message_id})

    async def _store(self, message: WebhookMessage) -> Answer:
        """Store, then answer: 200 only once the inbox holds the message (new or a repeat), else 503."""
        assert self.inbox is not None and self.workers is not None
        try:
            if not self._started:
                await asyncio.wait_for(self.start(), self._store_timeout)
            key = self._idempotency_key(message)
            stored = await asyncio.wait_for(
                self.inbox.put(key, message.raw_body, message.message_type), self._store_timeout
            )
        except Exception as exc:
            reason = "timed out" if isinstance(exc, TimeoutError) else f"{type(exc).__name__}: {exc}"
            logger.error(
                "could not store message %s (%s); answering 503, PandaPon pushes it again", short_id(message), reason
            )
            return Answer(503, {"error": "inbox unavailable", "messageId": message.message_id})
        if stored:
            logger.info("stored message %s (%s) under key %s", short_id(message), message.message_type, key[:16])
            self.workers.wake()
        else:
            logger.info("message %s is a repeated delivery of key %s; acknowledged", short_id(message), key[:16])
        return Answer(
            200, {"status": "ok", "messageId": message.message_id, "inbox": "stored" if stored else "duplicate"}
        )

    async def counts(self) -> InboxCounts:
        """The inbox's counts by state (for a health endpoint); all zero without an inbox."""
        return await self.inbox.counts() if self.inbox is not None else InboxCounts()

    async def start(self) -> None:
        """Open the inbox and start its workers (no-op without an inbox or when started).

        Raises ConfigurationError naming the store when it cannot be opened.
        """
        async with self._start_lock:
            if self._started or self.inbox is None or self.workers is None:
                return
            try:
                await self.inbox.open()
            except ConfigurationError:
                raise
            except Exception as exc:
                raise ConfigurationError(f"cannot open the inbox {self.inbox!r}: {exc}") from exc
            self.workers.start()
            self._started = True
            logger.info("webhook receiver started: inbox %r, %d workers", self.inbox, self.workers.policy.workers)

    async def stop(self, timeout: float = 10.0) -> None:
        """Let handlers finish (up to ``timeout`` seconds), stop the workers and close the inbox."""
        await self.dispatcher.drain(timeout)
        if self.workers is not None:
            await self.workers.stop(timeout)
        if self.inbox is not None and self._started:
            self._started = False
            await self.inbox.close()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        await self.start()
        try:
            yield
        finally:
            await self.stop()
