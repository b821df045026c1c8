"""The inbox protocol: where a verified message is stored before the 200, and taken from by workers.

An inbox holds each message under an idempotency key in one of four states:

    pending ──claim──> in_flight ──complete──> done ──purge──> (gone)
       ^                 │   └──fail(retry_in=None)──> dead ──requeue──> pending
       └─fail(retry_in)──┘   (a lease that runs out makes it claimable again)

Implement :class:`Inbox` to keep messages in your own database; ``SQLiteInbox`` (the default), ``RedisInbox``
(several processes or machines) and ``MemoryInbox`` (tests only) are the shipped ones.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Literal, Protocol, TypeAlias, runtime_checkable

import attrs

from .._exceptions import PandaPonError

logger = logging.getLogger("pandapon_async.webhooks")

State: TypeAlias = Literal["pending", "in_flight", "done", "dead"]
STATES: tuple[State, ...] = ("pending", "in_flight", "done", "dead")


class InboxUnavailableError(PandaPonError):
    """The inbox could not take or give a message right now (the receiver answers 503: PandaPon pushes again)."""


@attrs.frozen(kw_only=True)
class InboxEntry:
    """One stored message as an inbox reports it.

    ``body`` is the raw verified body (never a signature); ``attempts`` counts how often it was claimed;
    ``receipt`` identifies this claim to the inbox (opaque to callers).
    """

    key: str
    body: bytes = attrs.field(repr=False)
    message_type: str | None
    state: State
    attempts: int = 0
    last_error: str | None = None
    stored_at: float = 0.0
    updated_at: float = 0.0
    receipt: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True)
class InboxCounts:
    """How many messages are in each state; ``backlog`` (pending + in flight) suits a health endpoint."""

    pending: int = 0
    in_flight: int = 0
    done: int = 0
    dead: int = 0

    @property
    def backlog(self) -> int:
        return self.pending + self.in_flight

    def as_dict(self) -> dict[str, int]:
        return {"pending": self.pending, "in_flight": self.in_flight, "done": self.done, "dead": self.dead}


@runtime_checkable
class Inbox(Protocol):
    """Durable storage for pushed messages, keyed by idempotency key. All methods are coroutines.

    ``put`` must be durable when it returns (the receiver answers 200 right after) and raise
    InboxUnavailableError (or any error) when it is not; ``open`` raises ConfigurationError naming the store
    when it cannot be used at all. Everything else may raise InboxUnavailableError while the store is down.
    """

    async def open(self) -> None:
        """Connect and create what is missing; a store that cannot be used raises ConfigurationError."""
        ...

    async def close(self) -> None:
        """Release connections; stored messages stay."""
        ...

    async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
        """Store a new pending message; False (and nothing stored) when ``key`` is already known."""
        ...

    async def claim(self, consumer: str, *, limit: int, lease: float) -> Sequence[InboxEntry]:
        """Take up to ``limit`` due messages for ``lease`` seconds: pending ones and those whose lease ran out."""
        ...

    async def complete(self, entry: InboxEntry) -> None:
        """Mark a claimed message done."""
        ...

    async def fail(self, entry: InboxEntry, error: str, *, retry_in: float | None) -> None:
        """Give a claimed message back: pending again after ``retry_in`` seconds, or dead when it is None."""
        ...

    async def counts(self) -> InboxCounts:
        """How many messages are in each state."""
        ...

    async def entries(self, state: State | None = None, *, limit: int = 100) -> Sequence[InboxEntry]:
        """Up to ``limit`` messages (oldest first), of one state or all."""
        ...

    async def requeue(self, key: str | None = None) -> int:
        """Make one dead message (or all of them, ``key=None``) pending again with its attempts reset."""
        ...

    async def purge(self, older_than: float) -> int:
        """Delete done messages finished more than ``older_than`` seconds ago; returns how many."""
        ...


@attrs.define
class _Record:
    key: str
    body: bytes
    message_type: str | None
    state: State = "pending"
    attempts: int = 0
    last_error: str | None = None
    stored_at: float = 0.0
    updated_at: float = 0.0
    available_at: float = 0.0
    receipt: str = ""

    def entry(self) -> InboxEntry:
        return InboxEntry(
            key=self.key,
            body=self.body,
            message_type=self.message_type,
            state=self.state,
            attempts=self.attempts,
            last_error=self.last_error,
            stored_at=self.stored_at,
            updated_at=self.updated_at,
            receipt=self.receipt,
        )


class MemoryInbox:
    """An inbox in this process's memory, for tests and demos: it LOSES every message when the process exits.

    It keeps the full protocol (leases, retries, dead messages), so code tested against it runs unchanged on
    ``SQLiteInbox`` or ``RedisInbox``.
    """

    def __init__(self) -> None:
        self._records: dict[str, _Record] = {}
        self._open: dict[str, _Record] = {}  # pending and in flight, in arrival order
        self._claims = 0

    def __repr__(self) -> str:
        return "MemoryInbox()"

    async def open(self) -> None:
        logger.warning("MemoryInbox keeps messages in this process only: every one is lost when it exits")

    async def close(self) -> None:
        return None

    async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
        if key in self._records:
            return False
        now = time.time()
        record = _Record(key, bytes(body), message_type, stored_at=now, updated_at=now, available_at=now)
        self._records[key] = self._open[key] = record
        return True

    async def claim(self, consumer: str, *, limit: int, lease: float) -> Sequence[InboxEntry]:
        now = time.time()
        taken: list[InboxEntry] = []
        for record in self._open.values():
            if len(taken) >= limit:
                break
            if record.available_at <= now:  # pending and due, or in flight with its lease run out
                self._claims += 1
                record.state, record.attempts, record.updated_at = "in_flight", record.attempts + 1, now
                record.available_at, record.receipt = now + lease, f"{consumer}:{self._claims}"
                taken.append(record.entry())
        return taken

    def _claimed(self, entry: InboxEntry) -> _Record | None:
        record = self._open.get(entry.key)
        # A claim whose lease ran out and was taken again no longer owns the message.
        return record if record is not None and record.receipt == entry.receipt else None

    async def complete(self, entry: InboxEntry) -> None:
        record = self._claimed(entry)
        if record is not None:
            record.state, record.updated_at, record.receipt = "done", time.time(), ""
            del self._open[record.key]

    async def fail(self, entry: InboxEntry, error: str, *, retry_in: float | None) -> None:
        record = self._claimed(entry)
        if record is None:
            return
        now = time.time()
        record.last_error, record.updated_at, record.receipt = error, now, ""
        if retry_in is None:
            record.state = "dead"
            del self._open[record.key]
        else:
            record.state, record.available_at = "pending", now + retry_in

    async def counts(self) -> InboxCounts:
        tally = dict.fromkeys(STATES, 0)
        for record in self._records.values():
            tally[record.state] += 1
        return InboxCounts(**tally)

    async def entries(self, state: State | None = None, *, limit: int = 100) -> Sequence[InboxEntry]:
        chosen = (r for r in self._records.values() if state is None or r.state == state)
        return [record.entry() for record, _ in zip(chosen, range(limit), strict=False)]

    async def requeue(self, key: str | None = None) -> int:
        dead = [r for r in self._records.values() if r.state == "dead" and (key is None or r.key == key)]
        now = time.time()
        for record in dead:
            record.state, record.attempts, record.available_at, record.updated_at = "pending", 0, now, now
            self._open[record.key] = record
        return len(dead)

    async def purge(self, older_than: float) -> int:
        cutoff = time.time() - older_than
        old = [k for k, r in self._records.items() if r.state == "done" and r.updated_at <= cutoff]
        for key in old:
            del self._records[key]
        return len(old)
