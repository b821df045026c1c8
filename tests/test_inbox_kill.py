"""Nothing acknowledged is lost: receivers in child processes under uvicorn, killed with SIGKILL at random
points, against a real SQLite file and a real redis-server (which is also stopped mid-run).

Each run prints its figures (deliveries, kills, handled, lost) on the ``-s`` output and in the assertion
messages; ``lost`` is every distinct message that was answered 200 but never handled.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from .test_inbox_support import (
    ChildReceiver,
    Ledger,
    PushReport,
    RedisServer,
    deliveries,
    inbox_rows,
    inbox_states,
    message_body,
    push_until_acknowledged,
    running_redis,
    signed,
    wait_for,
)


def test_sqlite_receiver_killed_after_the_200_handles_the_message_after_restart(tmp_path: Path) -> None:
    path, ledger = tmp_path / "inbox.sqlite3", Ledger(tmp_path / "ledger.sqlite3")
    receiver = ChildReceiver(store=f"sqlite:///{path}", ledger=ledger.path)
    started = tmp_path / "handler-started"
    receiver.start(PANDAPON_TEST_BLOCK=str(started))
    try:
        body = message_body(42)
        response = httpx.post(receiver.url, content=body, headers=signed(body), timeout=5)
        assert response.status_code == 200 and response.json()["inbox"] == "stored"
        wait_for(started.exists, 10, "the handler to start")
        receiver.kill()  # after the 200, before the handler finished
        assert ledger.runs() == {} and inbox_states(path) == {"in_flight": 1}

        receiver.start()  # the same file, a handler that finishes
        wait_for(lambda: inbox_states(path) == {"done": 1}, 15, "the message to be handled after the restart")
    finally:
        receiver.stop()
    assert ledger.runs() == {"42": 1} and set(ledger.effects()) == {"42"}


def test_sqlite_1000_pushes_with_random_kills_lose_nothing(tmp_path: Path) -> None:
    path, ledger = tmp_path / "inbox.sqlite3", Ledger(tmp_path / "ledger.sqlite3")
    bodies, distinct = deliveries(900, 100)
    receiver = ChildReceiver(
        store=f"sqlite:///{path}",
        ledger=ledger.path,
        extra_args=("--poll-interval", "0.05"),
        env={"PANDAPON_TEST_SLEEP_MS": "4"},
    )
    receiver.start()
    rng = random.Random(20)
    kills = 0

    async def run() -> None:
        nonlocal kills
        push = asyncio.create_task(push_until_acknowledged([receiver.url], bodies, concurrency=40, deadline=90))
        while kills < 3:  # at random points while the pushes go on
            await asyncio.sleep(rng.uniform(0.2, 0.6))
            await asyncio.to_thread(receiver.kill)
            kills += 1
            await asyncio.to_thread(receiver.start)
        report = await push
        print(f"\nSQLite: {report.deliveries} deliveries, {report.attempts} pushes, statuses {dict(report.statuses)}")

    try:
        asyncio.run(run())
        wait_for(lambda: inbox_states(path) == {"done": len(distinct)}, 60, "every message to be handled")
    finally:
        receiver.stop()
    runs, effects = ledger.runs(), ledger.effects()
    lost = distinct - set(effects)
    rows, keys = inbox_rows(path)
    figures = (
        f"SQLite kill/restart: deliveries {len(bodies)} ({len(distinct)} distinct), kills {kills}, "
        f"handled {len(effects)}, lost {len(lost)}, handler re-runs {sum(runs.values()) - len(runs)}"
    )
    print(figures)
    assert kills >= 3, figures
    assert lost == set() and set(effects) == distinct, figures
    assert set(runs) == distinct, figures  # every success came from a message that was pushed
    assert (rows, keys) == (len(distinct), len(distinct)), figures  # one row per key: repeats never stored twice


# --- Redis ------------------------------------------------------------------------------------------------------


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    with running_redis(tmp_path / "redis") as server:
        yield server


def _redis_counts(server: RedisServer, prefix: str) -> dict[str, int]:
    with redis.Redis(port=server.port) as client:
        stream = f"{prefix}:stream"
        in_flight = int(client.xpending(stream, "workers")["pending"])
        return {
            "waiting": int(client.xlen(stream)) - in_flight + int(client.zcard(f"{prefix}:delayed")),
            "in_flight": in_flight,
            "done": int(client.zcard(f"{prefix}:done")),
            "dead": int(client.zcard(f"{prefix}:dead")),
        }


def _held_by(server: RedisServer, prefix: str, pid: int) -> set[str]:
    """The keys of the messages delivered to the consumers of process ``pid`` and not yet acknowledged."""
    stream = f"{prefix}:stream"
    with redis.Redis(port=server.port) as client:
        held: set[str] = set()
        for consumer in client.xinfo_consumers(stream, "workers"):
            if f"-{pid}-" not in consumer["name"].decode():
                continue
            for pending in client.xpending_range(stream, "workers", "-", "+", 100, consumername=consumer["name"]):
                entry = client.xrange(stream, pending["message_id"], pending["message_id"])
                if entry:
                    held.add(entry[0][1][b"key"].decode())
        return held


def test_redis_two_workers_share_one_inbox_and_one_is_killed(tmp_path: Path, redis_server: RedisServer) -> None:
    prefix = "kill-test"
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    store = f"{redis_server.url}?prefix={prefix}"
    options = ("--poll-interval", "0.05", "--lease", "1.5")
    # The first worker is slow (each handler up to 250 ms), so it always holds messages when it is killed.
    first = ChildReceiver(store=store, ledger=ledger.path, extra_args=options, env={"PANDAPON_TEST_SLEEP_MS": "250"})
    second = ChildReceiver(store=store, ledger=ledger.path, extra_args=options, env={"PANDAPON_TEST_SLEEP_MS": "3"})
    first.launch(), second.launch()
    first.wait_ready(), second.wait_ready()
    bodies, distinct = deliveries(900, 100, seed=11)
    held: set[str] = set()

    async def run() -> None:
        nonlocal held
        push = asyncio.create_task(push_until_acknowledged([first.url, second.url], bodies, deadline=90))
        assert first.process is not None
        pid = first.process.pid
        deadline = time.monotonic() + 30
        await asyncio.sleep(0.5)  # mid-run
        # Stop waiting if the push itself ended (it raises below: then nothing was killed mid-run).
        while len(held := _held_by(redis_server, prefix, pid)) < 2 and time.monotonic() < deadline and not push.done():
            await asyncio.sleep(0.01)
        first.kill()
        report = await push
        print(f"\nRedis two workers: {report.deliveries} deliveries, statuses {dict(report.statuses)}")

    try:
        asyncio.run(run())
        wait_for(
            lambda: _redis_counts(redis_server, prefix) == {"waiting": 0, "in_flight": 0, "done": 900, "dead": 0},
            60,
            "every message to be handled",
        )
    finally:
        first.stop()
        second.stop()
    runs, effects = ledger.runs(), ledger.effects()
    assert second.process is not None
    by_survivor = sum(1 for pid in effects.values() if pid == second.process.pid)
    with redis.Redis(port=redis_server.port) as client:
        done_keys = [key.decode() for key in client.zrange(f"{prefix}:done", 0, -1)]
        states = {key: client.hget(f"{prefix}:m:{key}", "state") for key in done_keys}
    held_orders = {_order_of(redis_server, prefix, key) for key in held}
    figures = (
        f"Redis two workers: deliveries {len(bodies)} ({len(distinct)} distinct), 1 worker killed holding "
        f"{len(held)} messages, handled {len(effects)} ({by_survivor} by the survivor), "
        f"lost {len(distinct - set(effects))}, handler re-runs {sum(runs.values()) - len(runs)}"
    )
    print(figures)
    assert len(held) >= 2, figures
    assert set(effects) == distinct, figures
    assert len(states) == len(distinct) and set(states.values()) == {b"done"}, figures
    # What the killed worker held was claimed and run to the end by the other one (the killed one may have
    # finished a handler just before the kill without marking it done: then that message ran twice).
    assert held_orders <= ledger.runs_by(second.process.pid), figures


def _order_of(server: RedisServer, prefix: str, key: str) -> str:
    with redis.Redis(port=server.port) as client:
        body = client.hget(f"{prefix}:m:{key}", "body")
    return str(json.loads(body or b"{}")["messageBody"]["salesOrderId"])


def test_redis_stopped_mid_run_gives_503_then_everything_is_handled(tmp_path: Path, redis_server: RedisServer) -> None:
    prefix = "outage-test"
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    receiver = ChildReceiver(
        store=f"{redis_server.url}?prefix={prefix}", ledger=ledger.path, extra_args=("--poll-interval", "0.05")
    )
    receiver.start()
    bodies, distinct = deliveries(270, 30, seed=5)

    async def run() -> dict[int | str, int]:
        progress = PushReport()
        push = asyncio.create_task(
            push_until_acknowledged([receiver.url], bodies, concurrency=10, deadline=90, report=progress)
        )
        while progress.statuses[200] < len(bodies) // 3:  # mid-run: a third acknowledged
            if push.done():  # it failed before mid-run: its error is the test's
                await push
            await asyncio.sleep(0.005)
        await asyncio.to_thread(redis_server.stop, kill=True)  # SIGKILL: only what Redis wrote to its file stays
        await asyncio.sleep(1.0)
        await asyncio.to_thread(redis_server.start)
        report = await push
        return dict(report.statuses)

    try:
        statuses = asyncio.run(run())
        wait_for(
            lambda: _redis_counts(redis_server, prefix)["done"] == len(distinct), 60, "every message to be handled"
        )
    finally:
        receiver.stop()
    effects = ledger.effects()
    figures = (
        f"Redis outage: deliveries {len(bodies)} ({len(distinct)} distinct), answers {statuses}, "
        f"handled {len(effects)}, lost {len(distinct - set(effects))}"
    )
    print("\n" + figures)
    assert statuses.get(503, 0) > 0, figures  # the outage was seen, and answered 503 (PandaPon pushes again)
    assert set(effects) == distinct, figures
    assert _redis_counts(redis_server, prefix) == {"waiting": 0, "in_flight": 0, "done": len(distinct), "dead": 0}
