"""Fan-out: thousands of concurrent calls are admitted in order, served, and cancelled or timed out cleanly.

Behaviour only (counts on a real loopback server, who waited, who was sent); the timings are the benchmark's.
"""

from __future__ import annotations

import asyncio

import pytest

from pandapon_async import APITimeoutError, PandaPonClient
from pandapon_async.generated.api.taobao_aftersales import taobao_cancel_refund
from pandapon_async.generated.api.taobao_goods import taobao_get_goods

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import loopback_server

CREDENTIALS = (ACCESS_KEY, ACCESS_SECRET, USER_ID)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_two_thousand_concurrent_calls_with_faults_succeed_and_nothing_unsafe_is_sent_twice(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PANDAPON_RETRY_MAX_WAIT", "0")
    async with loopback_server() as server:
        # 1 % of the answers fail with a 503: every 100th request the server sees.
        server.faults = [("status-503" if i % 100 == 99 else "ok") for i in range(2_100)]
        async with PandaPonClient(*CREDENTIALS, base_url=server.url, http_backend=backend, timeout=10) as client:
            safe = [taobao_get_goods.asyncio(client=client, item_id=str(i)) for i in range(1_900)]
            unsafe = [taobao_cancel_refund.asyncio(f"r{i}", client=client) for i in range(100)]
            results = await asyncio.gather(*safe, *unsafe, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    assert len(failures) <= 100, failures[:3]  # at least 95 % succeed; safe calls recover from their 503
    assert all(not isinstance(r, BaseException) for r in results[:1_900])  # every safe call succeeded
    targets = [r.target for r in server.requests if r.target.startswith("/open/order/refund/cancel/")]
    assert len(targets) == len(set(targets)) == 100  # each unsafe call reached the server exactly once


@pytest.mark.parametrize("backend", BACKENDS)
async def test_calls_beyond_max_in_flight_wait_their_turn_and_a_queue_timeout_says_it_was_never_sent(
    backend: str,
) -> None:
    async with loopback_server(default="hang") as server:
        client = PandaPonClient(
            *CREDENTIALS, base_url=server.url, http_backend=backend, max_in_flight=2, queue_timeout=0.2, timeout=5
        )
        async with client:
            in_flight = [asyncio.create_task(client.request("GET", f"/open/h{i}")) for i in range(2)]
            while server.count < 2:
                await asyncio.sleep(0.01)
            with pytest.raises(APITimeoutError, match="never sent") as info:
                await client.request("GET", "/open/queued")
            assert info.value.retry_note == "not retried: it was never sent"
            assert server.count == 2  # the queued call never reached the server
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, return_exceptions=True)
            # The cancelled calls gave their slots back: the next call is sent at once.
            server.default = "ok"
            assert (await client.request("GET", "/open/next"))["code"] == 200


@pytest.mark.parametrize("backend", BACKENDS)
async def test_cancelling_queued_and_in_flight_calls_frees_the_client(backend: str) -> None:
    async with loopback_server(default="hang") as server:
        client = PandaPonClient(*CREDENTIALS, base_url=server.url, http_backend=backend, max_in_flight=10)
        async with client:
            tasks = [asyncio.create_task(client.request("GET", f"/open/c{i}")) for i in range(500)]
            while server.count < 10:
                await asyncio.sleep(0.01)
            for task in tasks:
                task.cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(r, asyncio.CancelledError) for r in results)
            assert server.count == 10  # the 490 queued calls were never sent
            assert not client._pool.slots.locked()
            server.default = "ok"
            assert (await client.request("GET", "/open/after"))["code"] == 200


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_queue_is_first_come_first_served(backend: str) -> None:
    async with loopback_server() as server:
        client = PandaPonClient(*CREDENTIALS, base_url=server.url, http_backend=backend, max_in_flight=1)
        async with client:
            await asyncio.gather(*(client.request("GET", f"/open/q{i}") for i in range(20)))
    assert [r.target for r in server.requests] == [f"/open/q{i}" for i in range(20)]
