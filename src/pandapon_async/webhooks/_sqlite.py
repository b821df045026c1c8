"""The default inbox: one SQLite file in WAL mode, durable across a killed process."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal, TypeVar

from .._exceptions import ConfigurationError
from ._inbox import STATES, InboxCounts, InboxEntry, InboxUnavailableError, State

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pandapon_inbox (
    key TEXT PRIMARY KEY,
    body BLOB NOT NULL,
    message_type TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    stored_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    available_at REAL NOT NULL,  -- pending: when it is due; in_flight: when its lease runs out
    receipt TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS pandapon_inbox_due ON pandapon_inbox (available_at) WHERE state IN ('pending', 'in_flight');
CREATE INDEX IF NOT EXISTS pandapon_inbox_state ON pandapon_inbox (state, updated_at);
"""
_COLUMNS = "key, body, message_type, state, attempts, last_error, stored_at, updated_at, receipt"


def _entry(row: tuple[Any, ...]) -> InboxEntry:
    key, body, message_type, state, attempts, last_error, stored_at, updated_at, receipt = row
    return InboxEntry(
        key=key,
        body=bytes(body),
        message_type=message_type,
        state=state,
        attempts=attempts,
        last_error=last_error,
        stored_at=stored_at,
        updated_at=updated_at,
        receipt=receipt,
    )


class SQLiteInbox:
    """An inbox in one SQLite file (created when missing), the default store of the webhook receiver.

    WAL mode lets the ``pandapon inbox`` command read while the receiver writes. ``synchronous="FULL"`` (the
    default) makes every stored message survive a power loss as well as a killed process; ``"NORMAL"`` survives
    a killed process only, and is faster. All writes of this process go through one connection, and whatever
    is waiting when a transaction starts (stores from concurrent deliveries, the workers' claims and results)
    is written in that one transaction: one disk flush for many messages (group commit).
    One receiver process per file: on open, messages that were in flight are taken again at once (their
    worker is gone); use ``RedisInbox`` for several processes or machines.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        synchronous: Literal["FULL", "NORMAL"] = "FULL",
        busy_timeout: float = 0.5,
        reclaim_on_open: bool = True,
    ) -> None:
        if synchronous not in ("FULL", "NORMAL"):
            raise ConfigurationError('SQLiteInbox synchronous must be "FULL" or "NORMAL"')
        self.path = Path(path)
        self._synchronous = synchronous
        self._busy_timeout = busy_timeout
        self._reclaim_on_open = reclaim_on_open
        # Lane 0 writes (one thread, one connection); lane 1 reads (counts, listings).
        self._lanes: list[tuple[sqlite3.Connection, ThreadPoolExecutor]] = []
        self._queue: list[tuple[Callable[[sqlite3.Connection], Any], asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"SQLiteInbox({str(self.path)!r})"

    # --- opening and closing ------------------------------------------------------------------------------

    def _open_sync(self, writer: bool) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"cannot switch to WAL mode (journal mode is {mode})")
            connection.execute(f"PRAGMA synchronous={self._synchronous}")
            if not writer:
                return connection
            connection.executescript(_SCHEMA)
            if self._reclaim_on_open:
                now = time.time()
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "UPDATE pandapon_inbox SET state = 'pending', available_at = ?, receipt = ''"
                    " WHERE state = 'in_flight'",
                    (now,),
                )
                connection.execute("COMMIT")
        except BaseException:
            connection.close()
            raise
        return connection

    async def open(self) -> None:
        if self._lanes:
            return
        loop = asyncio.get_running_loop()
        lanes: list[tuple[sqlite3.Connection, ThreadPoolExecutor]] = []
        try:
            for writer in (True, False):
                executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pandapon-sqlite-inbox")
                try:
                    connection = await loop.run_in_executor(executor, self._open_sync, writer)
                except BaseException:
                    executor.shutdown(wait=False)
                    raise
                lanes.append((connection, executor))
        except (sqlite3.Error, OSError) as exc:
            await self._close_lanes(lanes)
            raise ConfigurationError(f"cannot open the SQLite inbox at {self.path}: {exc}") from exc
        self._lanes = lanes

    @staticmethod
    async def _close_lanes(lanes: list[tuple[sqlite3.Connection, ThreadPoolExecutor]]) -> None:
        loop = asyncio.get_running_loop()
        for connection, executor in lanes:
            await loop.run_in_executor(executor, connection.close)
            executor.shutdown(wait=True)

    async def close(self) -> None:
        if self._writer is not None:
            await asyncio.wait({self._writer})
        lanes, self._lanes = self._lanes, []
        await self._close_lanes(lanes)

    # --- writing: everything waiting shares one transaction -----------------------------------------------

    async def _write(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        if not self._lanes:
            raise InboxUnavailableError(f"the SQLite inbox at {self.path} is not open")
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        # Retrieved here, so an error nobody waits for any more (the caller timed out) is not reported as lost.
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._queue.append((operation, future))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_batches(), name="pandapon-sqlite-inbox-commit")
        # Shielded: a caller that gives up (timeout) must not cancel a commit other callers wait for.
        return await asyncio.shield(future)

    async def _write_batches(self) -> None:
        try:
            while self._queue and self._lanes:
                batch, self._queue = self._queue, []
                connection, executor = self._lanes[0]
                operations = [operation for operation, _ in batch]
                try:
                    results = await asyncio.get_running_loop().run_in_executor(
                        executor, self._transaction, connection, operations
                    )
                except sqlite3.Error as exc:
                    error = InboxUnavailableError(f"the SQLite inbox at {self.path} failed: {exc}")
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
        finally:
            self._writer = None
            if not self._lanes:
                leftover, self._queue = self._queue, []
                for _, future in leftover:
                    if not future.done():
                        future.set_exception(InboxUnavailableError(f"the SQLite inbox at {self.path} was closed"))

    @staticmethod
    def _transaction(
        connection: sqlite3.Connection, operations: list[Callable[[sqlite3.Connection], Any]]
    ) -> list[Any]:
        connection.execute("BEGIN IMMEDIATE")
        try:
            results = [operation(connection) for operation in operations]
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        return results

    async def _read(self, job: Callable[[sqlite3.Connection], T]) -> T:
        if not self._lanes:
            raise InboxUnavailableError(f"the SQLite inbox at {self.path} is not open")
        connection, executor = self._lanes[1]
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, job, connection)
        except sqlite3.Error as exc:
            raise InboxUnavailableError(f"the SQLite inbox at {self.path} failed: {exc}") from exc

    async def _execute(self, sql: str, parameters: tuple[Any, ...]) -> int:
        return await self._write(lambda connection: connection.execute(sql, parameters).rowcount)

    # --- the protocol -------------------------------------------------------------------------------------

    async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
        now = time.time()
        stored = await self._execute(
            "INSERT OR IGNORE INTO pandapon_inbox (key, body, message_type, stored_at, updated_at, available_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (key, bytes(body), message_type, now, now, now),
        )
        return stored == 1

    async def claim(self, consumer: str, *, limit: int, lease: float) -> Sequence[InboxEntry]:
        receipt = f"{consumer}:{uuid.uuid4().hex[:12]}"

        def operation(connection: sqlite3.Connection) -> list[InboxEntry]:
            now = time.time()
            rows = connection.execute(
                "UPDATE pandapon_inbox SET state = 'in_flight', attempts = attempts + 1, receipt = ?,"
                " available_at = ?, updated_at = ? WHERE key IN (SELECT key FROM pandapon_inbox"
                " WHERE state IN ('pending', 'in_flight') AND available_at <= ? ORDER BY available_at LIMIT ?)"
                f" RETURNING {_COLUMNS}",
                (receipt, now + lease, now, now, limit),
            ).fetchall()
            return [_entry(row) for row in rows]

        # Idle workers poll: look first on the reading connection, so an empty poll never takes the write lock.
        if not await self._read(
            lambda connection: connection.execute(
                "SELECT 1 FROM pandapon_inbox WHERE state IN ('pending', 'in_flight') AND available_at <= ? LIMIT 1",
                (time.time(),),
            ).fetchone()
        ):
            return []
        return await self._write(operation)

    async def complete(self, entry: InboxEntry) -> None:
        await self._execute(
            "UPDATE pandapon_inbox SET state = 'done', updated_at = ?, receipt = '' WHERE key = ? AND receipt = ?",
            (time.time(), entry.key, entry.receipt),
        )

    async def fail(self, entry: InboxEntry, error: str, *, retry_in: float | None) -> None:
        now = time.time()
        if retry_in is None:
            await self._execute(
                "UPDATE pandapon_inbox SET state = 'dead', last_error = ?, updated_at = ?, receipt = ''"
                " WHERE key = ? AND receipt = ?",
                (error, now, entry.key, entry.receipt),
            )
        else:
            await self._execute(
                "UPDATE pandapon_inbox SET state = 'pending', last_error = ?, updated_at = ?, available_at = ?,"
                " receipt = '' WHERE key = ? AND receipt = ?",
                (error, now, now + retry_in, entry.key, entry.receipt),
            )

    async def counts(self) -> InboxCounts:
        def job(connection: sqlite3.Connection) -> InboxCounts:
            tally = dict.fromkeys(STATES, 0)
            for state, count in connection.execute("SELECT state, COUNT(*) FROM pandapon_inbox GROUP BY state"):
                if state in tally:
                    tally[state] = count
            return InboxCounts(**tally)

        return await self._read(job)

    async def entries(self, state: State | None = None, *, limit: int = 100) -> Sequence[InboxEntry]:
        where, parameters = ("WHERE state = ?", (state, limit)) if state else ("", (limit,))

        def job(connection: sqlite3.Connection) -> list[InboxEntry]:
            sql = f"SELECT {_COLUMNS} FROM pandapon_inbox {where} ORDER BY stored_at, key LIMIT ?"
            return [_entry(row) for row in connection.execute(sql, parameters)]

        return await self._read(job)

    async def requeue(self, key: str | None = None) -> int:
        now = time.time()
        sql = (
            "UPDATE pandapon_inbox SET state = 'pending', attempts = 0, available_at = ?, updated_at = ?"
            " WHERE state = 'dead'"
        )
        if key is None:
            return await self._execute(sql, (now, now))
        return await self._execute(sql + " AND key = ?", (now, now, key))

    async def purge(self, older_than: float) -> int:
        return await self._execute(
            "DELETE FROM pandapon_inbox WHERE state = 'done' AND updated_at <= ?", (time.time() - older_than,)
        )
