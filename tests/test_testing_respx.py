"""respx just works on every backend: while a respx router is active, a client on the default backend (wreq, the
``fast`` extra) sends through the mocked httpx path — every way of activating respx, no configuration; an unmatched
route fails as respx does, never as a network call.

These tests use a user's default backend and point the client at a real loopback server: a request respx failed to
intercept would reach it, and the tests count that it never does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import respx
from respx.models import AllMockedAssertionError

from pandapon_async import PandaPonAPIError, PandaPonClient
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.testing import PandaPonMock

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope, needs_fast
from .loopback import LoopbackServer, loopback_server

pytestmark = needs_fast

GOODS = {"itemId": 672991141190, "categoryName": "钱包"}


@pytest.fixture(autouse=True)
def _default_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANDAPON_HTTP_BACKEND", raising=False)  # the suite pins httpx; a user's default is wreq


@pytest.fixture
async def network() -> AsyncIterator[LoopbackServer]:
    """Where requests would go without respx: a loopback server that counts what reaches it."""
    async with loopback_server() as server:
        yield server


def _client(url: str) -> PandaPonClient:
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=url)
    assert client.http_backend == "wreq"
    return client


async def _get_goods(url: str) -> object:
    async with _client(url) as client:
        return await taobao_get_goods.asyncio(client=client, item_id="672991141190")


async def test_context_manager(network: LoopbackServer) -> None:
    with respx.mock(base_url=network.url) as router:
        route = router.get("/open/product/get").respond(json=envelope(GOODS))
        result = await _get_goods(network.url)
    assert route.call_count == 1 and network.count == 0
    assert result.data is not None and result.data.category_name == "钱包"  # type: ignore[attr-defined]
    request = route.calls.last.request
    assert request.url.params["itemId"] == "672991141190"
    assert request.headers["access-key"] == ACCESS_KEY and len(request.headers["signature"]) == 32


async def test_decorator(network: LoopbackServer) -> None:
    @respx.mock
    async def scenario() -> None:
        respx.get(f"{network.url}/open/product/get").respond(json=envelope(code=4004, msg="下架"))
        with pytest.raises(PandaPonAPIError) as error:
            await _get_goods(network.url)
        assert error.value.code == 4004

    await scenario()
    assert network.count == 0


async def test_the_respx_mock_pytest_fixture(respx_mock: respx.MockRouter, network: LoopbackServer) -> None:
    route = respx_mock.get(f"{network.url}/open/product/get").respond(json=envelope(GOODS))
    await _get_goods(network.url)
    assert route.called and network.count == 0


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_every_using_mocker(using: str, network: LoopbackServer) -> None:
    with respx.mock(base_url=network.url, using=using) as router:
        route = router.get("/open/product/get").respond(json=envelope(GOODS))
        await _get_goods(network.url)
    assert route.call_count == 1 and network.count == 0


async def test_an_unmatched_route_fails_as_respx_does_never_as_a_network_call(network: LoopbackServer) -> None:
    with respx.mock(base_url=network.url, assert_all_called=False) as router:
        router.get("/somewhere/else").respond(json=envelope())
        with pytest.raises(AllMockedAssertionError):
            await _get_goods(network.url)
    assert network.count == 0


async def test_a_client_created_before_respx_starts_is_intercepted_too(network: LoopbackServer) -> None:
    async with _client(network.url) as client:
        with respx.mock(base_url=network.url) as router:
            route = router.get("/open/product/get").respond(json=envelope(GOODS))
            await taobao_get_goods.asyncio(client=client, item_id="1")
        assert route.call_count == 1 and network.count == 0
        # respx stopped: the same client goes to the network again, on wreq
        await client.request("GET", "/open/product/get", params={"itemId": "1"})
    assert network.count == 1


async def test_without_respx_the_default_backend_goes_to_the_network(network: LoopbackServer) -> None:
    await _get_goods(network.url)
    assert network.count == 1


@pytest.mark.parametrize("backend", ["wreq", "aiohttp", "httpx"])
async def test_respx_and_the_pandapon_mock_fixture_in_one_test(
    backend: str, respx_mock: respx.MockRouter, pandapon_mock: PandaPonMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/testing.md: an active router sees the mock's requests too; a pass-through route lets them reach it."""
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", backend)
    passed = respx_mock.route(host="127.0.0.1").pass_through()
    async with PandaPonClient() as client:
        assert client.http_backend == backend
        await taobao_get_goods.asyncio(client=client, item_id="672991141190")
    assert passed.called
    assert pandapon_mock.operations == ["taobao_get_goods"]
