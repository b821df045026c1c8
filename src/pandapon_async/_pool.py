"""What a client and its copies share: the backend, the event loop it is bound to, and fair send slots."""

from __future__ import annotations

import asyncio

from ._exceptions import APITimeoutError, ClientStateError
from ._operation import Operation
from ._transport import HTTPBackend


class SendPool:
    """What a client and the clones made by ``with_options`` share: the backend, the loop it is bound to, and
    the send slots every attempt waits for in turn (first come, first served)."""

    __slots__ = ("backend", "loop", "max_in_flight", "slots")

    def __init__(self, backend: HTTPBackend, max_in_flight: int) -> None:
        self.backend = backend
        self.loop: asyncio.AbstractEventLoop | None = None
        self.max_in_flight = max_in_flight
        # asyncio.Semaphore queues its waiters in order and drops a cancelled or timed-out one at once.
        self.slots = asyncio.Semaphore(max_in_flight)

    def check(self) -> HTTPBackend:
        """The backend, after checking it is open and used from the loop it first sent from."""
        if self.backend.is_closed:
            raise ClientStateError(
                "this PandaPonClient is closed: create a new one (or use `async with` around all calls)"
            )
        loop = asyncio.get_running_loop()
        if self.loop is None:
            self.loop = loop
        elif self.loop is not loop:
            raise ClientStateError(
                "this PandaPonClient is bound to the event loop it first sent from; create one client per event loop "
                "(e.g. per test, when each test runs its own loop)"
            )
        return self.backend

    async def admit(self, queue_timeout: float, operation: Operation, path: str, attempt: int) -> None:
        """Wait for a send slot, first come first served; after ``queue_timeout`` s, fail as never sent."""
        if not self.slots.locked():
            await self.slots.acquire()  # free: no timer needed
            return
        try:
            async with asyncio.timeout(queue_timeout):
                await self.slots.acquire()
        except TimeoutError:
            error = APITimeoutError(
                f"waited {queue_timeout:g}s in the client's queue behind {self.max_in_flight} calls in flight "
                "and was never sent (raise max_in_flight or queue_timeout, or send fewer calls at once)",
                operation=operation.name,
                method=operation.method,
                path=path,
                attempts=attempt,
            )
            error.retry_note = "not retried: it was never sent"
            raise error from None
