"""Nothing unsafe is sent twice: requests counted on a real loopback server, for every fault and both backends.

An operation the spec does not mark safe to repeat reaches the server at most once, whatever the fault; a safe
one at most ``max_retries + 1`` times. Both on a fresh connection and on a reused keep-alive connection (where
aiohttp on its own would resend idempotent HTTP methods).
"""

from __future__ import annotations

import pytest

from pandapon_async import APIConnectionError, APIError, APITimeoutError, InternalServerError, PandaPonClient
from pandapon_async._spec import packaged_operations
from pandapon_async.generated.api.alibaba_order import alibaba_cancel_order
from pandapon_async.generated.api.taobao_aftersales import taobao_cancel_refund
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.models import AlibabaOrderCancelRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import LoopbackServer, loopback_server

FAULTS = ("reset-before", "reset-after", "close-mid-body", "hang", "status-503")
EXPECTED_ERROR: dict[str, type[APIError]] = {
    "reset-before": APIConnectionError,
    "reset-after": APIConnectionError,
    "close-mid-body": APIConnectionError,
    "hang": APITimeoutError,
    "status-503": InternalServerError,
}


def make(server: LoopbackServer, backend: str, max_retries: int) -> PandaPonClient:
    return PandaPonClient(
        ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend, max_retries=max_retries,
        timeout=0.3,
    )  # fmt: skip


async def unsafe_get(client: PandaPonClient) -> object:
    return await taobao_cancel_refund.asyncio("110002687818", client=client)


async def unsafe_post(client: PandaPonClient) -> object:
    example = next(op.body_example for op in packaged_operations() if op.name == "alibaba_cancel_order")
    return await alibaba_cancel_order.asyncio(client=client, body=AlibabaOrderCancelRequest.from_dict(example))


async def safe_get(client: PandaPonClient) -> object:
    return await taobao_get_goods.asyncio(client=client, item_id="672991141190")


@pytest.mark.parametrize("reused", [False, True], ids=["fresh", "reused"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("call", [unsafe_get, unsafe_post], ids=["unsafe GET", "unsafe POST"])
async def test_an_unsafe_operation_reaches_the_server_once(
    call: object, backend: str, fault: str, reused: bool
) -> None:
    async with loopback_server() as server, make(server, backend, max_retries=3) as client:
        if reused:
            await safe_get(client)  # leaves a keep-alive connection in the pool
        before = server.count
        server.faults = [fault] * 4
        with pytest.raises(EXPECTED_ERROR[fault]) as info:
            await call(client)  # type: ignore[operator]
        assert server.count - before == 1, f"{fault}: sent {server.count - before} times"
        assert info.value.attempts == 1
        assert "not marked safe to repeat" in (info.value.retry_note or "")


@pytest.mark.parametrize("reused", [False, True], ids=["fresh", "reused"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_safe_operation_reaches_the_server_at_most_max_retries_plus_one_times(
    backend: str, fault: str, reused: bool
) -> None:
    async with loopback_server() as server, make(server, backend, max_retries=1) as client:
        if reused:
            await safe_get(client)
        before = server.count
        server.faults = [fault] * 4
        with pytest.raises(EXPECTED_ERROR[fault]) as info:
            await safe_get(client)
        assert server.count - before == 2, f"{fault}: sent {server.count - before} times"
        assert info.value.attempts == 2


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_safe_operation_that_recovers_is_sent_exactly_until_it_succeeds(backend: str) -> None:
    async with loopback_server() as server, make(server, backend, max_retries=2) as client:
        server.faults = ["reset-after", "status-503"]
        result = await safe_get(client)
        assert result is not None
        assert server.count == 3
