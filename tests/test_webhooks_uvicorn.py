"""500 concurrent valid deliveries to a real uvicorn server on loopback: every one answered 200 and handled, with
and without an inbox. Behaviour only: the latency figures come from bench/receiver.py, not from assertions."""

from __future__ import annotations

import asyncio
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pandapon_async import MemoryInbox, RedisInbox, SQLiteInbox, WebhookMessage, WorkerPolicy, create_webhook_app

from .test_inbox_support import (
    ACCESS_SECRET,
    RedisServer,
    ThreadedUvicorn,
    message_body,
    percentile,
    running_redis,
    signed,
)

CONCURRENT = 500


async def _burst(url: str, bodies: list[bytes]) -> tuple[list[int], list[float]]:
    """Every body sent at once, each on its own connection (as a burst of pushes arrives)."""
    import aiohttp

    latencies: list[float] = []

    async def one(http: aiohttp.ClientSession, body: bytes) -> int:
        started = time.perf_counter()
        async with http.post(url, data=body, headers=signed(body)) as response:
            await response.read()
        latencies.append(time.perf_counter() - started)
        return response.status

    # Client and server share this process: 2 × 500 sockets must fit under the open-files limit.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 4096:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    connector = aiohttp.TCPConnector(limit=len(bodies))
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
        statuses = await asyncio.gather(*(one(http, body) for body in bodies))
    return list(statuses), latencies


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with running_redis(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.mark.parametrize("store", ["none", "memory", "sqlite", "redis"])
def test_500_concurrent_deliveries_are_all_answered_200_and_handled(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    handled: list[str] = []

    async def handler(message: WebhookMessage) -> None:
        handled.append(str(message.raw["messageBody"]["salesOrderId"]))

    inbox: Any = None
    if store == "memory":
        inbox = MemoryInbox()
    elif store == "sqlite":
        inbox = SQLiteInbox(tmp_path / "inbox.sqlite3")
    elif store == "redis":
        inbox = RedisInbox(request.getfixturevalue("redis_server").url, prefix=f"burst-{tmp_path.name}")
    app = create_webhook_app(
        ACCESS_SECRET, handlers={"*": handler}, inbox=inbox, worker_policy=WorkerPolicy(poll_interval=0.05)
    )
    bodies = [message_body(n) for n in range(CONCURRENT)]
    with ThreadedUvicorn(app) as server:
        statuses, latencies = asyncio.run(_burst(server.url, bodies))
        deadline = time.monotonic() + 30
        while len(handled) < CONCURRENT and time.monotonic() < deadline:
            time.sleep(0.02)
    print(f"\n{store}: {CONCURRENT} concurrent deliveries, p99 {percentile(latencies, 0.99) * 1000:.0f} ms")
    assert statuses == [200] * CONCURRENT
    assert sorted(handled, key=int) == [str(n) for n in range(CONCURRENT)]  # each handled exactly once
