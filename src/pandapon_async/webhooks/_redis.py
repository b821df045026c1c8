"""An inbox in Redis (extra ``redis``): Redis Streams with one consumer group, for several receiver processes.

Layout under ``prefix`` (default ``pandapon:inbox``): the stream ``{prefix}:stream`` (one entry per message
waiting or in flight; the group ``workers`` hands each to one consumer), a hash ``{prefix}:m:{key}`` per message
(state, body, attempts, error; it is also what makes a repeated key known), and sorted sets ``{prefix}:delayed``
(retries waiting for their backoff), ``{prefix}:dead`` and ``{prefix}:done``. A consumer that died leaves its
entries pending in the group; another consumer claims them (XAUTOCLAIM) once they have been idle for the lease.
Every change of state is one Lua script, so it is atomic. For durability run Redis with ``appendonly yes``
(``appendfsync always`` to lose nothing that was answered 200 even if Redis itself is killed).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from .._exceptions import ConfigurationError
from ._inbox import InboxCounts, InboxEntry, InboxUnavailableError, State

if TYPE_CHECKING:
    from redis.asyncio import Redis

GROUP = "workers"
SWEEP_INTERVAL = 0.25  # seconds between looks for due retries and for messages of consumers that died

# KEYS: hash, stream.  ARGV: key, body, type, now.
_PUT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local id = redis.call('XADD', KEYS[2], '*', 'key', ARGV[1])
redis.call('HSET', KEYS[1], 'state', 'pending', 'body', ARGV[2], 'type', ARGV[3], 'attempts', 0,
    'stored_at', ARGV[4], 'updated_at', ARGV[4], 'entry', id, 'receipt', '', 'error', '')
return 1
"""
# KEYS: hash, stream.  ARGV: stream entry id, now, lease end.  Takes one delivered stream entry: returns the
# hash; skips one whose lease has not run out (another worker holds it); acknowledges and drops an entry that
# no longer stands for a live message (requeued, purged).
_TAKE = """
local entry = redis.call('HGET', KEYS[1], 'entry')
local state = redis.call('HGET', KEYS[1], 'state')
if entry ~= ARGV[1] or (state ~= 'pending' and state ~= 'in_flight') then
    redis.call('XACK', KEYS[2], 'workers', ARGV[1])
    redis.call('XDEL', KEYS[2], ARGV[1])
    return false
end
if state == 'in_flight' and tonumber(redis.call('HGET', KEYS[1], 'lease_until') or '0') > tonumber(ARGV[2]) then
    return false
end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'state', 'in_flight', 'updated_at', ARGV[2], 'lease_until', ARGV[3],
    'receipt', ARGV[1] .. '/' .. attempts)
return redis.call('HGETALL', KEYS[1])
"""
# KEYS: hash, stream, target set (done/dead/delayed).  ARGV: receipt, new state, now, score, error or '', key.
_SETTLE = """
if redis.call('HGET', KEYS[1], 'receipt') ~= ARGV[1] or redis.call('HGET', KEYS[1], 'state') ~= 'in_flight' then
    return 0
end
local entry = redis.call('HGET', KEYS[1], 'entry')
redis.call('XACK', KEYS[2], 'workers', entry)
redis.call('XDEL', KEYS[2], entry)
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'updated_at', ARGV[3], 'receipt', '')
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'error', ARGV[5]) end
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[6])
return 1
"""
# KEYS: source set (delayed or dead), stream.  ARGV: prefix, max score, now, reset attempts (1/0), limit, key
# or ''.  Moves due retries (or dead messages) back into the stream as pending.
_RELEASE = """
local keys
if ARGV[6] ~= '' then
    if redis.call('ZSCORE', KEYS[1], ARGV[6]) then keys = {ARGV[6]} else keys = {} end
else
    keys = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', 0, tonumber(ARGV[5]))
end
for _, key in ipairs(keys) do
    local hash = ARGV[1] .. ':m:' .. key
    redis.call('ZREM', KEYS[1], key)
    if redis.call('EXISTS', hash) == 1 then
        local id = redis.call('XADD', KEYS[2], '*', 'key', key)
        redis.call('HSET', hash, 'state', 'pending', 'entry', id, 'updated_at', ARGV[3])
        if ARGV[4] == '1' then redis.call('HSET', hash, 'attempts', 0) end
    end
end
return #keys
"""


def _safe_url(url: str) -> str:
    """The URL without its password, for messages and reprs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + netloc))


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class RedisInbox:
    """An inbox shared by every receiver and worker process that points at the same Redis and ``prefix``.

    ``url`` is a redis-py URL (``redis://host:6379/0``); ``timeout`` bounds each command so that a Redis that
    does not answer turns into a 503 within PandaPon's budget. Concurrent deliveries are stored in one pipeline.
    Needs ``pip install "pandapon-async[redis]"``.
    """

    def __init__(
        self, url: str, *, prefix: str = "pandapon:inbox", timeout: float = 0.5, max_connections: int = 32
    ) -> None:
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError("RedisInbox needs a redis://, rediss:// or unix:// URL")
        if not prefix or not isinstance(prefix, str):
            raise ConfigurationError("RedisInbox prefix must be a non-empty string")
        self._url = url
        self._prefix = prefix
        self._timeout = timeout
        self._max_connections = max_connections
        self._redis: Redis | None = None
        self._stream = f"{prefix}:stream"
        self._own_backlog_read: set[str] = set()
        self._last_sweep = 0.0
        self._puts: list[tuple[str, bytes, str, asyncio.Future[bool]]] = []
        self._putter: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"RedisInbox({_safe_url(self._url)!r}, prefix={self._prefix!r})"

    def _hash(self, key: str) -> str:
        return f"{self._prefix}:m:{key}"

    @property
    def _client(self) -> Redis:
        if self._redis is None:
            raise InboxUnavailableError(f"{self!r} is not open")
        return self._redis

    async def open(self) -> None:
        if self._redis is not None:
            return
        try:
            from redis.asyncio import BlockingConnectionPool, Redis
            from redis.exceptions import RedisError, ResponseError
        except ImportError as exc:  # pragma: no cover - the extra is part of the dev install
            raise ConfigurationError('RedisInbox needs the redis extra: pip install "pandapon-async[redis]"') from exc

        # A blocking pool: 500 concurrent deliveries wait for one of the connections instead of failing.
        pool = BlockingConnectionPool.from_url(
            self._url,
            max_connections=self._max_connections,
            timeout=5.0,  # waiting for a free connection; the receiver's store_timeout bounds the answer
            socket_timeout=self._timeout,
            socket_connect_timeout=self._timeout,
        )
        client = Redis(connection_pool=pool)
        try:
            await client.ping()
            try:
                await client.xgroup_create(self._stream, GROUP, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise
        except (RedisError, OSError) as exc:
            await client.aclose(close_connection_pool=True)  # the pool is ours: redis 5.0 would leave it open
            raise ConfigurationError(f"cannot open the Redis inbox at {_safe_url(self._url)}: {exc}") from exc
        self._put = client.register_script(_PUT)
        self._take = client.register_script(_TAKE)
        self._settle = client.register_script(_SETTLE)
        self._release = client.register_script(_RELEASE)
        self._redis = client

    async def close(self) -> None:
        if self._putter is not None:
            await asyncio.wait({self._putter})
        client, self._redis = self._redis, None
        if client is not None:
            await client.aclose(close_connection_pool=True)  # the pool is ours: redis 5.0 would leave it open

    async def _call(self, coroutine: Any) -> Any:
        from redis.exceptions import RedisError

        try:
            return await coroutine
        except (RedisError, OSError) as exc:
            # A reply lost with the connection may have delivered entries to us: look at our own list again.
            self._own_backlog_read.clear()
            raise InboxUnavailableError(f"the Redis inbox at {_safe_url(self._url)} failed: {exc}") from exc

    async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
        self._client  # noqa: B018 - raises when not open
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        # Retrieved here, so an error nobody waits for any more (the caller timed out) is not reported as lost.
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._puts.append((key, bytes(body), message_type or "", future))
        if self._putter is None:
            self._putter = asyncio.create_task(self._put_batches(), name="pandapon-redis-inbox-put")
        # Shielded: a caller that gives up must not cancel a pipeline other callers wait for.
        return await asyncio.shield(future)

    async def _put_batches(self) -> None:
        """Concurrent deliveries are stored in one pipeline (one round trip, one connection)."""
        try:
            while self._puts:
                batch, self._puts = self._puts, []
                now = repr(time.time())
                try:
                    pipe = self._client.pipeline(transaction=False)
                    for key, body, message_type, _ in batch:
                        args: list[bytes | str] = [key, body, message_type, now]
                        await self._put(keys=[self._hash(key), self._stream], args=args, client=pipe)  # queued
                    results = await self._call(pipe.execute())
                except InboxUnavailableError as exc:
                    for *_, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for (*_, future), stored in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(bool(stored))
        finally:
            self._putter = None

    async def claim(self, consumer: str, *, limit: int, lease: float) -> Sequence[InboxEntry]:
        client = self._client
        now = time.time()
        # Due retries and dead consumers' messages are looked for at most every SWEEP_INTERVAL, not per claim.
        sweep = now - self._last_sweep >= SWEEP_INTERVAL
        if sweep:
            self._last_sweep = now
            due: list[str | float | int] = [self._prefix, now, repr(now), 0, 100, ""]
            await self._call(self._release(keys=[f"{self._prefix}:delayed", self._stream], args=due, client=client))
        delivered: list[tuple[bytes, dict[bytes, bytes]]] = []
        if consumer not in self._own_backlog_read:
            # Entries already delivered to this consumer name whose delivery we may not have seen: before a
            # restart, or in a reply lost with the connection. Those another loop holds are skipped by _TAKE.
            own = await self._call(client.xreadgroup(GROUP, consumer, {self._stream: "0"}, count=100))
            delivered += [entry for _, entries in own for entry in entries]
            self._own_backlog_read.add(consumer)
        if sweep and len(delivered) < limit:
            # Entries of consumers that died: idle for longer than the lease.
            claimed = await self._call(
                client.xautoclaim(self._stream, GROUP, consumer, int(lease * 1000), "0-0", count=limit - len(delivered))
            )
            delivered += [entry for entry in claimed[1] if entry and entry[1]]
        if len(delivered) < limit:
            fresh = await self._call(
                client.xreadgroup(GROUP, consumer, {self._stream: ">"}, count=limit - len(delivered))
            )
            delivered += [entry for _, entries in fresh for entry in entries]
        taken: list[InboxEntry] = []
        for entry_id, stream_fields in delivered:
            if len(taken) >= limit:
                break  # left in this consumer's list: read again at the next claim after an error, or claimed
            key = _text(stream_fields.get(b"key", b""))
            args: list[bytes | str] = [entry_id, repr(now), repr(now + lease)]
            fields = await self._call(self._take(keys=[self._hash(key), self._stream], args=args, client=client))
            if fields:
                taken.append(self._entry(key, fields))
        return taken

    def _entry(self, key: str, fields: Any) -> InboxEntry:
        pairs = dict(zip(fields[0::2], fields[1::2], strict=True)) if isinstance(fields, list) else dict(fields)
        values = {_text(name): value for name, value in pairs.items()}
        state = _text(values.get("state", b"pending"))
        error = _text(values.get("error", b"")) or None
        return InboxEntry(
            key=key,
            body=bytes(values.get("body", b"")),
            message_type=_text(values.get("type", b"")) or None,
            state=state if state in ("pending", "in_flight", "done", "dead") else "pending",  # type: ignore[arg-type]
            attempts=int(values.get("attempts", 0)),
            last_error=error,
            stored_at=float(values.get("stored_at", 0)),
            updated_at=float(values.get("updated_at", 0)),
            receipt=_text(values.get("receipt", b"")),
        )

    async def _settle_as(self, entry: InboxEntry, state: str, target: str, score: float, error: str) -> None:
        keys = [self._hash(entry.key), self._stream, f"{self._prefix}:{target}"]
        args: list[str] = [entry.receipt, state, repr(time.time()), repr(score), error, entry.key]
        await self._call(self._settle(keys=keys, args=args, client=self._client))

    async def complete(self, entry: InboxEntry) -> None:
        await self._settle_as(entry, "done", "done", time.time(), "")

    async def fail(self, entry: InboxEntry, error: str, *, retry_in: float | None) -> None:
        error = error or "failed"
        if retry_in is None:
            await self._settle_as(entry, "dead", "dead", time.time(), error)
        else:
            await self._settle_as(entry, "pending", "delayed", time.time() + retry_in, error)

    async def counts(self) -> InboxCounts:
        client = self._client
        pipe = client.pipeline(transaction=False)
        pipe.xlen(self._stream)
        pipe.xpending(self._stream, GROUP)
        pipe.zcard(f"{self._prefix}:delayed")
        pipe.zcard(f"{self._prefix}:done")
        pipe.zcard(f"{self._prefix}:dead")
        length, summary, delayed, done, dead = await self._call(pipe.execute())
        in_flight = int(summary["pending"]) if isinstance(summary, dict) else int(summary[0])
        return InboxCounts(pending=length - in_flight + delayed, in_flight=in_flight, done=done, dead=dead)

    async def entries(self, state: State | None = None, *, limit: int = 100) -> Sequence[InboxEntry]:
        client = self._client
        keys: list[str] = []
        if state in (None, "pending", "in_flight"):
            stream = await self._call(client.xrange(self._stream, count=limit))
            keys += [_text(fields.get(b"key", b"")) for _, fields in stream]
            if state in (None, "pending"):
                keys += [_text(k) for k in await self._call(client.zrange(f"{self._prefix}:delayed", 0, limit - 1))]
        for settled in ("dead", "done"):
            if state in (None, settled):
                keys += [_text(k) for k in await self._call(client.zrange(f"{self._prefix}:{settled}", 0, limit - 1))]
        found: list[InboxEntry] = []
        for key in dict.fromkeys(keys):
            fields = await self._call(client.hgetall(self._hash(key)))
            if fields:
                entry = self._entry(key, fields)
                if state is None or entry.state == state:
                    found.append(entry)
        found.sort(key=lambda entry: (entry.stored_at, entry.key))
        return found[:limit]

    async def requeue(self, key: str | None = None) -> int:
        args: list[str | int] = [self._prefix, "+inf", repr(time.time()), 1, 1_000_000, key or ""]
        keys = [f"{self._prefix}:dead", self._stream]
        return int(await self._call(self._release(keys=keys, args=args, client=self._client)))

    async def purge(self, older_than: float) -> int:
        client = self._client
        done_set = f"{self._prefix}:done"
        old = await self._call(client.zrangebyscore(done_set, "-inf", time.time() - older_than))
        if not old:
            return 0
        keys = [_text(k) for k in old]
        pipe = client.pipeline(transaction=True)
        pipe.delete(*(self._hash(k) for k in keys))
        pipe.zrem(done_set, *keys)
        await self._call(pipe.execute())
        return len(keys)
