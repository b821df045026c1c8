"""The inbox protocol against every shipped store (memory, a real SQLite file, a real redis-server), the
workers' retry / dead / missing-handler rules, the receiver's store-then-answer, and ``pandapon inbox``."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sqlite3
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from pandapon_async import ConfigurationError, InboxUnavailableError, MemoryInbox, SQLiteInbox, WorkerPolicy
from pandapon_async.cli import app as cli
from pandapon_async.webhooks import (
    Inbox,
    InboxCounts,
    RedisInbox,
    WebhookApp,
    WebhookMessage,
    create_webhook_app,
    inbox_from_url,
)

from .test_inbox_support import ACCESS_SECRET, RedisServer, message_body, running_redis, signed

runner = CliRunner()


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with running_redis(tmp_path_factory.mktemp("redis")) as server:
        yield server


def _redis_inbox(server: RedisServer) -> RedisInbox:
    return RedisInbox(server.url, prefix=f"test:{uuid.uuid4().hex[:8]}")


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def inbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Inbox]:
    store: Inbox
    if request.param == "memory":
        store = MemoryInbox()
    elif request.param == "sqlite":
        store = SQLiteInbox(tmp_path / "inbox.sqlite3")
    else:
        store = _redis_inbox(request.getfixturevalue("redis_server"))
    await store.open()
    yield store
    await store.close()


async def test_closing_a_redis_inbox_closes_its_connections(redis_server: RedisServer) -> None:
    """Every connection the inbox opened is gone from the server once it is closed (none left to the GC)."""
    import redis

    def connected() -> int:
        with redis.Redis(port=redis_server.port) as checker:
            return len(checker.client_list()) - 1  # less the checker itself

    before = connected()
    store = _redis_inbox(redis_server)
    await store.open()
    await asyncio.gather(*(store.put(f"k{n}", b"{}", "T") for n in range(20)))  # several pooled connections
    assert connected() > before
    await store.close()
    assert connected() == before


def served(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://merchant.example")


async def until(condition: Callable[[], Any], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


# --- the protocol, store by store ----------------------------------------------------------------------------


async def test_put_is_idempotent_and_claim_complete(inbox: Inbox) -> None:
    assert isinstance(inbox, Inbox)
    assert await inbox.put("k1", b'{"a":1}', "T") is True
    assert await inbox.put("k1", b'{"a":1}', "T") is False  # a repeated delivery: known, not stored twice
    assert await inbox.put("k2", b'{"b":2}', None) is True
    assert await inbox.counts() == InboxCounts(pending=2)

    taken = list(await inbox.claim("w1", limit=1, lease=30))
    assert [(e.key, e.body, e.message_type, e.state, e.attempts) for e in taken] == [
        ("k1", b'{"a":1}', "T", "in_flight", 1)
    ]
    assert await inbox.counts() == InboxCounts(pending=1, in_flight=1)
    assert [e.key for e in await inbox.claim("w2", limit=5, lease=30)] == ["k2"]  # k1 is leased to w1
    assert list(await inbox.claim("w2", limit=5, lease=30)) == []
    await inbox.complete(taken[0])
    assert await inbox.counts() == InboxCounts(in_flight=1, done=1)
    assert await inbox.put("k1", b'{"a":1}', "T") is False  # done keys are still known
    assert [(e.key, e.state) for e in await inbox.entries("done")] == [("k1", "done")]
    assert {e.key for e in await inbox.entries()} == {"k1", "k2"}


async def test_lease_runs_out_and_another_worker_takes_it(inbox: Inbox) -> None:
    # Every worker of a deployment uses the same lease (Redis measures it as idle time since delivery).
    await inbox.put("k", b"{}", "T")
    first = list(await inbox.claim("dead-worker", limit=1, lease=0.3))
    assert len(first) == 1
    assert list(await inbox.claim("live-worker", limit=1, lease=0.3)) == []
    await asyncio.sleep(0.45)
    second = list(await inbox.claim("live-worker", limit=1, lease=0.3))
    assert [(e.key, e.attempts) for e in second] == [("k", 2)]
    await inbox.complete(first[0])  # the dead worker's stale claim no longer owns the message
    assert (await inbox.counts()).in_flight == 1
    await inbox.complete(second[0])
    assert await inbox.counts() == InboxCounts(done=1)


async def test_fail_retries_later_then_dead_then_requeue_and_purge(inbox: Inbox) -> None:
    await inbox.put("k", b"{}", "T")
    (entry,) = await inbox.claim("w", limit=1, lease=30)
    await inbox.fail(entry, "RuntimeError: first", retry_in=0.3)
    assert await inbox.counts() == InboxCounts(pending=1)
    assert list(await inbox.claim("w", limit=1, lease=30)) == []  # not due yet
    await asyncio.sleep(0.4)
    (entry,) = await inbox.claim("w", limit=1, lease=30)
    assert (entry.attempts, entry.last_error) == (2, "RuntimeError: first")
    await inbox.fail(entry, "RuntimeError: second", retry_in=None)
    assert await inbox.counts() == InboxCounts(dead=1)
    (dead,) = await inbox.entries("dead")
    assert (dead.key, dead.attempts, dead.last_error) == ("k", 2, "RuntimeError: second")

    assert await inbox.requeue("not-a-key") == 0
    assert await inbox.requeue("k") == 1
    (entry,) = await inbox.claim("w", limit=1, lease=30)
    assert entry.attempts == 1  # reset by the requeue
    await inbox.complete(entry)
    assert await inbox.purge(older_than=3600) == 0
    assert await inbox.purge(older_than=0) == 1
    assert await inbox.counts() == InboxCounts()


# --- workers -----------------------------------------------------------------------------------------------


def _sqlite_app(path: Path, handlers: dict[Any, Any], **policy: Any) -> WebhookApp:
    return create_webhook_app(
        ACCESS_SECRET,
        handlers=handlers,
        inbox=SQLiteInbox(path),
        worker_policy=WorkerPolicy(poll_interval=0.05, **policy),
    )


async def test_store_then_answer_then_handle_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    handled: list[WebhookMessage] = []

    async def handler(message: WebhookMessage) -> None:
        handled.append(message)

    hooks = _sqlite_app(tmp_path / "inbox.sqlite3", {"*": handler})
    first, restamped = message_body(1), message_body(1, timestamp=1715669977082 + 60_000, as_string=True)
    with caplog.at_level(logging.INFO, logger="pandapon_async.webhooks"):
        async with hooks.running(), served(hooks) as http:
            answers = [await http.post("/", content=body, headers=signed(body)) for body in (first, first, restamped)]
            await until(lambda: _done(hooks, 1))
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a.json()["inbox"] for a in answers] == ["stored", "duplicate", "duplicate"]
    assert len(handled) == 1 and handled[0].raw_body == first
    assert "stored message" in caplog.text and "handled message" in caplog.text
    assert ACCESS_SECRET not in caplog.text and signed(first)["Authorization"] not in caplog.text


async def _done(hooks: WebhookApp, count: int) -> bool:
    return (await hooks.counts()).done == count


def test_failing_handler_ends_dead_then_cli_retry_and_a_fixed_handler_finish_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "inbox.sqlite3"
    body = message_body(7)

    async def broken(message: WebhookMessage) -> None:
        raise RuntimeError("warehouse API down")

    async def first_run() -> None:
        hooks = _sqlite_app(path, {"*": broken}, max_attempts=3, backoff=0.05, max_backoff=0.1)
        async with hooks.running(), served(hooks) as http:
            assert (await http.post("/", content=body, headers=signed(body))).status_code == 200
            await until(lambda: _dead(hooks))

    async def _dead(hooks: WebhookApp) -> bool:
        return (await hooks.counts()).dead == 1

    with caplog.at_level(logging.INFO, logger="pandapon_async.webhooks"):
        asyncio.run(first_run())
    assert caplog.text.count("(attempt 1 of 3); retrying in") == 1 and "(attempt 2 of 3)" in caplog.text
    assert (
        "failed on message" in caplog.text
        and "3 times; parked as dead: RuntimeError: warehouse API down" in caplog.text
    )
    store = f"sqlite:///{path}"
    listed = runner.invoke(cli, ["inbox", "list", "--state", "dead", "--json", "--store", store])
    assert listed.exit_code == 0, listed.output
    (dead,) = json.loads(listed.stdout)
    assert (dead["attempts"], dead["lastError"]) == (3, "RuntimeError: warehouse API down")
    counts = runner.invoke(cli, ["inbox", "counts", "--store", store])
    assert counts.stdout.strip() == "pending=0  in_flight=0  done=0  dead=1"
    assert body.decode() not in listed.stdout + counts.stdout  # bodies are never printed

    retried = runner.invoke(cli, ["inbox", "retry", dead["key"][:16], "--store", store])
    assert retried.exit_code == 0 and "requeued 1" in retried.stdout, retried.output
    handled: list[str] = []

    async def fixed(message: WebhookMessage) -> None:
        handled.append(message.raw["messageBody"]["salesOrderId"])

    async def second_run() -> None:
        hooks = _sqlite_app(path, {"*": fixed})
        async with hooks.running():
            await until(lambda: _done(hooks, 1))

    asyncio.run(second_run())
    assert handled == ["7"]
    purged = runner.invoke(cli, ["inbox", "purge", "--older-than", "0s", "--store", store])
    assert "purged 1 done" in purged.stdout
    assert runner.invoke(cli, ["inbox", "retry", "--store", store]).exit_code == 2  # neither KEY nor --all


async def test_missing_handler_keeps_the_message_pending_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    hooks = _sqlite_app(tmp_path / "inbox.sqlite3", {"SOME_OTHER_TYPE": lambda message: None})
    body = message_body(3)
    with caplog.at_level(logging.WARNING, logger="pandapon_async.webhooks"):
        async with hooks.running(), served(hooks) as http:
            assert (await http.post("/", content=body, headers=signed(body))).status_code == 200
            await until(lambda: _pending_again(hooks))
            assert await hooks.counts() == InboxCounts(pending=1)  # kept, never parked or dropped
    assert "no handler for messageType 'TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY'" in caplog.text
    assert "stays pending" in caplog.text


async def _pending_again(hooks: WebhookApp) -> bool:
    assert hooks.inbox is not None
    entries = await hooks.inbox.entries("pending")
    return bool(entries) and entries[0].attempts >= 1


# --- bad input and faults ------------------------------------------------------------------------------------


async def test_a_store_that_cannot_be_opened_fails_at_start_naming_it(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigurationError, match=r"cannot open the SQLite inbox at .*corrupt\.sqlite3"):
        await SQLiteInbox(corrupt).open()

    locked = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        hooks = create_webhook_app(ACCESS_SECRET, inbox=SQLiteInbox(locked, busy_timeout=0.1))
        with pytest.raises(ConfigurationError, match=r"locked\.sqlite3.*locked"):
            await hooks.start()
    finally:
        holder.close()

    with pytest.raises(ConfigurationError, match="cannot open the SQLite inbox"):
        await SQLiteInbox(tmp_path / "no" / "such" / "dir.sqlite3").open()
    closed_port = RedisServer(tmp_path).port  # allocated, never started: nothing answers there
    with pytest.raises(
        ConfigurationError, match=rf"Redis inbox at redis://:\*\*\*@127\.0\.0\.1:{closed_port}/0"
    ) as refused:
        await RedisInbox(f"redis://:hunter2@127.0.0.1:{closed_port}/0").open()
    assert "hunter2" not in str(refused.value)
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts connections, never answers
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(ConfigurationError, match=rf"Redis inbox at redis://127\.0\.0\.1:{port}/0.*[Tt]imeout"):
            await RedisInbox(f"redis://127.0.0.1:{port}/0", timeout=0.3).open()
        assert time.monotonic() - started < 5
    with pytest.raises(ConfigurationError):
        inbox_from_url("postgres://db/x")


async def test_lifespan_startup_fails_for_a_store_that_cannot_be_opened(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"x" * 4096)
    hooks = create_webhook_app(ACCESS_SECRET, inbox=SQLiteInbox(corrupt))
    events = iter([{"type": "lifespan.startup"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(events)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    await hooks({"type": "lifespan"}, receive, send)
    assert sent[0]["type"] == "lifespan.startup.failed" and "corrupt.sqlite3" in sent[0]["message"]


async def test_store_failing_while_serving_answers_503_then_recovers(tmp_path: Path) -> None:
    path = tmp_path / "inbox.sqlite3"
    handled: list[str] = []
    hooks = create_webhook_app(
        ACCESS_SECRET,
        handlers={"*": lambda message: handled.append(message.raw["messageBody"]["salesOrderId"])},
        inbox=SQLiteInbox(path, busy_timeout=0.2),
        worker_policy=WorkerPolicy(poll_interval=0.05),
    )
    async with hooks.running(), served(hooks) as http:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock: the store cannot take it
        body = message_body(1)
        started = time.perf_counter()
        refused = await http.post("/", content=body, headers=signed(body))
        elapsed = time.perf_counter() - started
        holder.execute("ROLLBACK")
        holder.close()
        accepted = await http.post("/", content=body, headers=signed(body))
        await until(lambda: _done(hooks, 1))
    assert (refused.status_code, refused.json()["error"]) == (503, "inbox unavailable")
    assert elapsed < 1.0  # still an answer inside PandaPon's budget
    assert accepted.status_code == 200 and handled == ["1"]


async def test_an_inbox_put_error_is_503_never_200() -> None:
    class Broken(MemoryInbox):
        async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
            raise InboxUnavailableError("disk full")

    class Hanging(MemoryInbox):
        async def put(self, key: str, body: bytes, message_type: str | None) -> bool:
            await asyncio.sleep(30)
            return True

    body = message_body(1)
    for store in (Broken(), Hanging()):
        hooks = create_webhook_app(ACCESS_SECRET, inbox=store, store_timeout=0.2)
        async with hooks.running(), served(hooks) as http:
            response = await http.post("/", content=body, headers=signed(body))
        assert response.status_code == 503


def test_worker_policy_refuses_impossible_settings() -> None:
    for bad in ({"workers": -1}, {"max_attempts": 0}, {"lease": 0}, {"backoff": float("nan")}, {"workers": True}):
        with pytest.raises(ConfigurationError):
            WorkerPolicy(**bad)
    assert WorkerPolicy(backoff=1, max_backoff=5).delay(1) == 1 and WorkerPolicy(backoff=1, max_backoff=5).delay(9) == 5
    with pytest.raises(ConfigurationError):
        create_webhook_app(ACCESS_SECRET, replay_tolerance=0)


async def test_memory_inbox_says_it_loses_messages(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pandapon_async.webhooks"):
        async with create_webhook_app(ACCESS_SECRET, inbox=MemoryInbox()).running():
            pass
    assert "every one is lost when it exits" in caplog.text


def test_inbox_from_url_names_each_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sqlite = inbox_from_url(f"sqlite:///{tmp_path}/a.sqlite3?synchronous=normal")
    assert isinstance(sqlite, SQLiteInbox) and sqlite.path == tmp_path / "a.sqlite3"
    redis_inbox = inbox_from_url("redis://:pw@127.0.0.1:6390/2?prefix=shop")
    assert (
        isinstance(redis_inbox, RedisInbox)
        and repr(redis_inbox) == "RedisInbox('redis://:***@127.0.0.1:6390/2', prefix='shop')"
    )
    assert isinstance(inbox_from_url("memory:"), MemoryInbox)
    monkeypatch.setenv("PANDAPON_INBOX", "memory:")
    assert isinstance(inbox_from_url(), MemoryInbox)
    monkeypatch.delenv("PANDAPON_INBOX")
    default = inbox_from_url()
    assert isinstance(default, SQLiteInbox) and default.path == Path("pandapon-inbox.sqlite3")
    for bad in ("sqlite:///", "sqlite:///x.db?synchronous=OFF", "mysql://db/x"):
        with pytest.raises(ConfigurationError):
            inbox_from_url(bad)
