"""Workers that take messages from an inbox, run their handler and mark them done (at least once)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable

import attrs

from .._exceptions import ConfigurationError, MessageFormatError
from ._dispatcher import Dispatcher, call_handler
from ._inbox import Inbox, InboxEntry
from ._messages import parse_verified_message

logger = logging.getLogger("pandapon_async.webhooks")

MAX_DEFER = 0.2  # seconds a worker waits for in-progress answers before it takes its next message


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise ConfigurationError(f"WorkerPolicy.{attribute.name} must be a finite number of seconds > 0")


def _count(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < (0 if attribute.name == "workers" else 1):
        raise ConfigurationError(f"WorkerPolicy.{attribute.name} must be a whole number >= 1 (workers: >= 0)")


@attrs.frozen(kw_only=True)
class WorkerPolicy:
    """How stored messages are processed.

    ``workers``: concurrent handlers in this process (0: this process only stores; others process).
    ``max_attempts``: a handler that raises this many times parks the message as dead, with its error.
    ``backoff`` / ``max_backoff``: seconds before the 2nd attempt, doubling per attempt up to ``max_backoff``.
    ``lease``: seconds a claimed message belongs to its worker; a worker that died loses it after this.
    Handlers should finish well within it, or another worker takes the message again.
    ``poll_interval``: how often an idle worker looks for due messages stored by other processes or retries.
    ``missing_handler_delay``: a message whose type has no handler stays pending and is looked at again then.
    """

    workers: int = attrs.field(default=4, validator=_count)
    max_attempts: int = attrs.field(default=5, validator=_count)
    backoff: float = attrs.field(default=1.0, validator=_positive)
    max_backoff: float = attrs.field(default=300.0, validator=_positive)
    lease: float = attrs.field(default=300.0, validator=_positive)
    poll_interval: float = attrs.field(default=0.5, validator=_positive)
    missing_handler_delay: float = attrs.field(default=60.0, validator=_positive)

    def delay(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        return float(min(self.max_backoff, self.backoff * 2 ** max(0, attempts - 1)))


def default_consumer_name() -> str:
    """A name unique to this process: host, pid and a random suffix (a restarted process is a new consumer)."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


class InboxWorkers:
    """``policy.workers`` loops that claim one message at a time, run its handler and record the outcome."""

    def __init__(
        self,
        inbox: Inbox,
        dispatcher: Dispatcher,
        policy: WorkerPolicy,
        *,
        consumer: str | None = None,
        answering: Callable[[], int] | None = None,
    ) -> None:
        self.inbox = inbox
        self.dispatcher = dispatcher
        self.policy = policy
        self.consumer = consumer or default_consumer_name()
        # How many deliveries this process is answering right now: workers let those go first.
        self._answering = answering
        self._wake = asyncio.Event()
        self._stopping = False
        self._loops: list[asyncio.Task[None]] = []
        self._busy = 0

    @property
    def running(self) -> bool:
        return bool(self._loops)

    @property
    def busy(self) -> int:
        """How many handlers are running right now."""
        return self._busy

    def wake(self) -> None:
        """Tell idle workers a message was just stored (they would otherwise find it at the next poll)."""
        self._wake.set()

    def start(self) -> None:
        if self._loops:
            return
        self._stopping = False
        self._loops = [
            asyncio.create_task(self._loop(), name=f"pandapon-inbox-worker-{n}") for n in range(self.policy.workers)
        ]

    async def stop(self, timeout: float = 10.0) -> None:
        """Let running handlers finish (up to ``timeout`` seconds), then cancel; unfinished messages stay claimed
        until their lease runs out or the inbox is opened again, so they are taken again."""
        self._stopping = True
        self._wake.set()
        loops, self._loops = self._loops, []
        if not loops:
            return
        _, unfinished = await asyncio.wait(loops, timeout=timeout)
        for task in unfinished:
            task.cancel()
        for task in unfinished:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _let_answers_go_first(self) -> None:
        """Answers have a budget (1000 ms) and processing has none: during a burst of deliveries a worker waits
        (at most MAX_DEFER seconds per message, so processing never stops under sustained load)."""
        if self._answering is None:
            return
        waited = 0.0
        while self._answering() and waited < MAX_DEFER and not self._stopping:
            await asyncio.sleep(0.005)
            waited += 0.005

    async def _loop(self) -> None:
        while not self._stopping:
            # Always give the event loop a turn: with a store and a handler that never wait, this loop would
            # otherwise run through the whole backlog while no request is read.
            await asyncio.sleep(0)
            await self._let_answers_go_first()
            try:
                entries = await self.inbox.claim(self.consumer, limit=1, lease=self.policy.lease)
            except Exception as exc:
                logger.warning("the inbox %r could not be read (%s); retrying", self.inbox, exc)
                entries = []
            if not entries:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.policy.poll_interval)
                continue
            for entry in entries:
                self._busy += 1
                try:
                    await self.process(entry)
                finally:
                    self._busy -= 1

    async def process(self, entry: InboxEntry) -> None:
        """Run one claimed message's handler and record done, retry or dead."""
        short = entry.key[:16]
        handler = self.dispatcher.handler_for(entry.message_type)
        if handler is None:
            logger.warning(
                "no handler for messageType %r: message %s stays pending (retried in %.0f s)",
                entry.message_type,
                short,
                self.policy.missing_handler_delay,
            )
            error = f"no handler registered for messageType {entry.message_type!r}"
            await self._record(entry, lambda: self.inbox.fail(entry, error, retry_in=self.policy.missing_handler_delay))
            return
        try:
            message = parse_verified_message(entry.body)
        except MessageFormatError as exc:
            logger.error("message %s in the inbox is not a message envelope (%s); parked as dead", short, exc)
            reason = f"MessageFormatError: {exc}"
            await self._record(entry, lambda: self.inbox.fail(entry, reason, retry_in=None))
            return
        try:
            await call_handler(handler, message)
        except Exception as exc:
            await self._failed(entry, exc)
            return
        await self._record(entry, lambda: self.inbox.complete(entry))
        logger.info("handled message %s (%s), attempt %d", short, entry.message_type, entry.attempts)

    async def _record(self, entry: InboxEntry, write: Callable[[], Awaitable[None]]) -> None:
        """Write an outcome, retrying while the store is down (for up to half the lease): giving up means the
        lease runs out and the handler runs again."""
        give_up = time.monotonic() + self.policy.lease / 2
        pause = self.policy.poll_interval
        while True:
            try:
                await write()
                return
            except Exception as exc:
                if time.monotonic() + pause > give_up:
                    logger.error(
                        "the inbox %r could not record message %s (%s); it is taken again when its lease runs out",
                        self.inbox,
                        entry.key[:16],
                        exc,
                    )
                    return
                logger.warning(
                    "the inbox %r could not record message %s (%s); retrying", self.inbox, entry.key[:16], exc
                )
            await asyncio.sleep(pause)
            pause = min(pause * 2, 5.0)

    async def _failed(self, entry: InboxEntry, exc: Exception) -> None:
        short = entry.key[:16]
        error = f"{type(exc).__name__}: {exc}"
        if entry.attempts >= self.policy.max_attempts:
            logger.error(
                "handler for %r failed on message %s %d times; parked as dead: %s",
                entry.message_type,
                short,
                entry.attempts,
                error,
                exc_info=exc,
            )
            await self._record(entry, lambda: self.inbox.fail(entry, error, retry_in=None))
            return
        delay = self.policy.delay(entry.attempts)
        logger.warning(
            "handler for %r failed on message %s (attempt %d of %d); retrying in %.1f s: %s",
            entry.message_type,
            short,
            entry.attempts,
            self.policy.max_attempts,
            delay,
            error,
        )
        await self._record(entry, lambda: self.inbox.fail(entry, error, retry_in=delay))
