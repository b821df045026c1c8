"""Handlers by ``messageType`` and the acknowledgement policy that decides what the receiver answers."""

from __future__ import annotations

import asyncio
import enum
import inspect
import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypeVar

from .._exceptions import ConfigurationError
from ._messages import WebhookMessage

logger = logging.getLogger("pandapon_async.webhooks")

ANY_MESSAGE_TYPE = "*"
"""Register a handler under this key to receive every message type that has no handler of its own."""

DEFAULT_ACK_TIMEOUT = 0.5  # seconds; PandaPon allows 1000 ms including the network

HandlerT = TypeVar("HandlerT", bound=Callable[..., Any])
# Keys: a messageType string, a message class or "*". Typed as Any because Mapping keys are invariant: a
# dict[str, ...] would not fit Mapping[str | type[...], ...], and mypy cannot pick from a union of mappings.
HandlerMap: TypeAlias = Mapping[Any, Callable[..., Any]]


class Outcome(enum.Enum):
    """What the acknowledgement policy concluded about one delivery."""

    HANDLED = "handled"  # finished (or no handler): answer 200
    STILL_RUNNING = "still running"  # background=True and the window passed: answer 200, it carries on
    FAILED = "failed"  # raised within the window: answer 500 so PandaPon pushes again
    TIMED_OUT = "timed out"  # background=False and the window passed: cancelled, answer 503

    @property
    def acknowledged(self) -> bool:
        return self in (Outcome.HANDLED, Outcome.STILL_RUNNING)


async def call_handler(handler: Callable[..., Any], message: WebhookMessage) -> None:
    """Run one handler: ``async def`` directly, anything else in a worker thread so it cannot stall the loop."""
    if inspect.iscoroutinefunction(handler):
        await handler(message)
        return
    # An awaitable a plain callable returns (e.g. an object with an async __call__) is then awaited here.
    result = await asyncio.to_thread(handler, message)
    if inspect.isawaitable(result):
        await result


def short_id(message: WebhookMessage) -> str:
    """The first 16 hex digits of the message id, for log lines."""
    return message.message_id[:16]


class Dispatcher:
    """The handler registry and the acknowledgement policy, independent of any server.

    With ``background=True`` a handler gets ``ack_timeout`` seconds: failing within them is FAILED, finishing
    is HANDLED, still running is STILL_RUNNING while it carries on as a background task (its failure is then only
    logged). With ``background=False`` the handler must finish within ``ack_timeout``: past it an async handler
    is cancelled and the outcome is TIMED_OUT, so a hanging handler never holds the answer past the budget.
    """

    def __init__(
        self,
        *,
        handlers: HandlerMap | None = None,
        background: bool = True,
        ack_timeout: float = DEFAULT_ACK_TIMEOUT,
    ) -> None:
        if not isinstance(ack_timeout, int | float) or not 0 <= ack_timeout < float("inf"):
            raise ConfigurationError("ack_timeout must be a finite number of seconds >= 0")
        self.background = background
        self.ack_timeout = float(ack_timeout)
        self._handlers: dict[str, Callable[..., Any]] = {}
        # Strong references: the event loop keeps only weak ones, and a collected task would silently vanish.
        self._tasks: set[asyncio.Task[None]] = set()
        for message_type, handler in (handlers or {}).items():
            self.on(message_type, handler)

    def __repr__(self) -> str:
        return f"Dispatcher(handlers={sorted(self._handlers)!r}, background={self.background!r})"

    @property
    def message_types(self) -> list[str]:
        """The registered keys (messageTypes and possibly ``"*"``), sorted."""
        return sorted(self._handlers)

    def on(self, message_type: str | type[WebhookMessage], handler: HandlerT) -> HandlerT:
        """Register ``handler(message)`` (async, or plain: run in a thread) for one messageType, or ``"*"``."""
        key = message_type if isinstance(message_type, str) else getattr(message_type, "MESSAGE_TYPE", None)
        if not isinstance(key, str) or not key:
            raise ConfigurationError(f"cannot register a handler for {message_type!r}: give a messageType string")
        if key in self._handlers:
            raise ConfigurationError(f"a handler for {key!r} is already registered")
        if not callable(handler):
            raise ConfigurationError(f"the handler for {key!r} is not callable")
        self._handlers[key] = handler
        return handler

    def handler(self, message_type: str | type[WebhookMessage] = ANY_MESSAGE_TYPE) -> Callable[[HandlerT], HandlerT]:
        """Decorator form of :meth:`on`; without an argument the handler receives every unhandled type."""

        def register(handler: HandlerT) -> HandlerT:
            return self.on(message_type, handler)

        return register

    def handler_for(self, message_type: str | None) -> Callable[..., Any] | None:
        """The handler a message of this type goes to: its own, else the catch-all, else None."""
        return self._handlers.get(message_type or "") or self._handlers.get(ANY_MESSAGE_TYPE)

    @property
    def pending(self) -> int:
        """How many handlers are still running in the background."""
        return len(self._tasks)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until the background handlers have finished (at most ``timeout`` seconds); e.g. at shutdown."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def dispatch(self, message: WebhookMessage) -> Outcome:
        """Run the message's handler under the acknowledgement policy and say what to answer."""
        handler = self.handler_for(message.message_type)
        if handler is None:
            logger.info(
                "no handler for messageType %r (message %s); acknowledged", message.message_type, short_id(message)
            )
            return Outcome.HANDLED
        task = asyncio.create_task(call_handler(handler, message), name=f"pandapon-webhook-{short_id(message)}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        observed = False
        try:
            # Waiting never cancels the task: a slow background handler keeps running after the answer.
            await _until_done_or(task, self.ack_timeout)
            if not task.done():
                if self.background:
                    return Outcome.STILL_RUNNING
                observed = True
                task.cancel()
                logger.error(
                    "handler for %r did not finish message %s within %.3f s; cancelled, answering 503",
                    message.message_type,
                    short_id(message),
                    self.ack_timeout,
                )
                return Outcome.TIMED_OUT
            observed = True
            error = asyncio.CancelledError() if task.cancelled() else task.exception()
            if error is not None:
                logger.error(
                    "handler for %r failed on message %s; answering 500 so PandaPon pushes it again",
                    message.message_type,
                    short_id(message),
                    exc_info=error,
                )
                return Outcome.FAILED
            return Outcome.HANDLED
        finally:
            if not observed:
                task.add_done_callback(_report_background)


async def _until_done_or(task: asyncio.Task[None], timeout: float) -> None:
    """Return when ``task`` is done or ``timeout`` seconds have passed, whichever comes first; never cancels it.

    What ``asyncio.wait({task}, timeout=...)`` does, without its per-call set copies and extra callbacks: this runs
    once per pushed message.
    """
    if task.done():
        return
    loop = asyncio.get_running_loop()
    woken = loop.create_future()

    def wake(_: object = None) -> None:
        if not woken.done():
            woken.set_result(None)

    task.add_done_callback(wake)
    timer = loop.call_later(timeout, wake)
    try:
        await woken
    finally:
        timer.cancel()
        task.remove_done_callback(wake)


def _report_background(task: asyncio.Task[None]) -> None:
    if task.cancelled():
        logger.warning("background handler %s was cancelled before it finished", task.get_name())
    elif (error := task.exception()) is not None:
        logger.error(
            "background handler %s failed after the message was acknowledged; PandaPon will not push it again",
            task.get_name(),
            exc_info=error,
        )
