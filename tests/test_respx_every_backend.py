"""respx intercepts the client's requests on the wreq and aiohttp backends too, however it is switched on.

Without that, a user with the ``fast`` (or ``aiohttp``) extra who mocks with respx would send the "mocked" call
to the network. Every test runs on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from pandapon_async import PandaPonClient
from pandapon_async._transport import respx_is_active
from pandapon_async.generated.api.taobao_goods import taobao_get_goods

from .conftest import ACCESS_KEY, ACCESS_SECRET, BASE_URL, USER_ID, envelope

# Every test here is about the optional backends; a `make compat` cell without them skips the module.
pytest.importorskip("wreq")
pytest.importorskip("aiohttp")
NATIVE_HANDLE = {"wreq": "_client", "aiohttp": "_session"}  # what each backend opens on its first real send
_chosen: list[str] = []


@pytest.fixture(autouse=True, params=["wreq", "aiohttp"])
def _backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", request.param)  # wreq is also the default when installed
    _chosen[:] = [request.param]
    yield


def make_client() -> PandaPonClient:
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, max_retries=0)
    assert client.http_backend == _chosen[0]
    return client


async def call(client: PandaPonClient) -> int | str | None:
    result = await taobao_get_goods.asyncio(client=client, item_id="672991141190")
    assert result.data is not None
    return result.data.item_id


async def test_context_manager() -> None:
    async with make_client() as client:
        with respx.mock(base_url=BASE_URL) as router:
            route = router.get("/open/product/get").respond(json=envelope({"itemId": 1}))
            assert await call(client) == 1
        assert route.call_count == 1
        assert route.calls.last.request.headers["access-key"] == ACCESS_KEY
        assert route.calls.last.request.url.params["itemId"] == "672991141190"


@respx.mock
async def test_decorator() -> None:
    route = respx.get(f"{BASE_URL}/open/product/get").respond(json=envelope({"itemId": 2}))
    async with make_client() as client:
        assert await call(client) == 2
    assert route.called


async def test_the_respx_mock_fixture(respx_mock: respx.MockRouter) -> None:
    respx_mock.get(f"{BASE_URL}/open/product/get").respond(json=envelope({"itemId": 3}))
    async with make_client() as client:
        assert await call(client) == 3


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_any_using(using: str) -> None:
    async with make_client() as client:
        with respx.mock(base_url=BASE_URL, using=using) as router:
            router.get("/open/product/get").respond(json=envelope({"itemId": 4}))
            assert await call(client) == 4


async def test_an_unmatched_request_fails_as_respx_does_and_never_reaches_the_network() -> None:
    async with make_client() as client:
        with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
            router.get("/somewhere/else").respond(json=envelope({}))
            with pytest.raises(AssertionError, match="not mocked"):
                await call(client)


async def test_after_the_mock_ends_the_client_uses_its_own_backend_again() -> None:
    assert not respx_is_active()
    async with make_client() as client:
        with respx.mock(base_url=BASE_URL) as router:
            router.get("/open/product/get").respond(json=envelope({"itemId": 5}))
            await call(client)
            assert respx_is_active()
        assert not respx_is_active()
        # The backend's own client was never needed.
        assert getattr(client._backend, NATIVE_HANDLE[client.http_backend]) is None  # type: ignore[attr-defined]


def test_respx_is_seen_as_inactive_without_routers() -> None:
    assert not respx_is_active()
    with respx.mock():
        assert respx_is_active()
    assert not respx_is_active()
