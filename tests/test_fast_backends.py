"""The optional backends, wreq (the default when installed, the ``fast`` extra) and aiohttp (the ``aiohttp``
extra), against a real loopback server (an aiohttp.web app)."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from pandapon_async import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    PandaPonAPIError,
    PandaPonClient,
    SigningInput,
    md5_signer,
)
from pandapon_async.generated.api.alibaba_order import alibaba_cancel_order
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.api.warehouse import warehouse_preview_order_freight
from pandapon_async.generated.models import AlibabaOrderCancelRequest, WarehouseOrderFreightPreviewRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope

Handler = Callable[[web.Request], Any]


class Recorder:
    """A loopback server whose answers the test scripts; it records every request it sees."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answers: list[Handler] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(
            {
                "method": request.method,
                "path": request.path,
                "query": dict(request.query),
                "raw_query": request.query_string,
                "headers": dict(request.headers),
                "body": await request.read(),
            }
        )
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        result = answer(request)
        if asyncio.iscoroutine(result):
            result = await result
        assert isinstance(result, web.StreamResponse)
        return result


@pytest.fixture
async def server() -> AsyncIterator[tuple[Recorder, str]]:
    recorder = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    try:
        yield recorder, str(test_server.make_url("")).rstrip("/")
    finally:
        await test_server.close()


def ok(data: Any = None) -> Handler:
    return lambda request: web.json_response(envelope(data))


@pytest.fixture(params=["wreq", "aiohttp"])
def make_client(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Callable[..., PandaPonClient]:
    monkeypatch.delenv("PANDAPON_HTTP_BACKEND")
    # wreq by default (it is installed); aiohttp when asked for.
    chosen = {} if request.param == "wreq" else {"http_backend": request.param}

    def make(base_url: str, **kwargs: Any) -> PandaPonClient:
        client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=base_url, **chosen, **kwargs)
        assert client.http_backend == request.param
        return client

    return make


async def test_generated_calls_are_signed_and_parsed(
    server: tuple[Recorder, str], make_client: Callable[..., PandaPonClient]
) -> None:
    recorder, url = server
    recorder.answers = [ok({"itemId": "672991141190", "picUrls": ["a.jpg"]})]
    async with make_client(url) as client:
        result = await taobao_get_goods.asyncio(client=client, item_id="672991141190")
        detailed = await taobao_get_goods.asyncio_detailed(client=client, item_id="寿司 & more")
    assert result.data.item_id == "672991141190" and result.data.pic_urls == ["a.jpg"]
    assert isinstance(detailed.headers, httpx.Headers) and detailed.headers["content-type"].startswith(
        "application/json"
    )
    first, second = recorder.requests
    assert (first["method"], first["path"], first["query"]) == ("GET", "/open/product/get", {"itemId": "672991141190"})
    assert second["query"] == {"itemId": "寿司 & more"}
    headers = first["headers"]
    assert headers["access-key"] == ACCESS_KEY and headers["user-id"] == USER_ID
    assert re.fullmatch(r"\d{13}", headers["timestamp"]) and re.fullmatch(r"[0-9a-zA-Z]{32}", headers["nonce-str"])
    signing_input = SigningInput(
        ACCESS_KEY, headers["timestamp"], headers["nonce-str"], USER_ID, "GET", "/open/product/get"
    )
    assert headers["signature"] == md5_signer(signing_input, ACCESS_SECRET)
    assert first["headers"]["nonce-str"] != second["headers"]["nonce-str"]


async def test_json_body_and_warehouse_signed_query(
    server: tuple[Recorder, str], make_client: Callable[..., PandaPonClient]
) -> None:
    recorder, url = server
    recorder.answers = [ok(True)]
    body = {
        "receiverAddress": {"country": "US", "zip": "91607", "name": "Test Buyer"},
        "renderItems": [
            {
                "itemId": "2048020617114736",
                "skuId": "413185732720",
                "quantity": 1,
                "freightInfo": {"serviceId": "1", "companyName": "", "serviceCategory": ""},
            }
        ],
    }
    async with make_client(url) as client:
        await warehouse_preview_order_freight.asyncio(
            client=client, body=WarehouseOrderFreightPreviewRequest.from_dict(body)
        )
    sent = recorder.requests[0]
    assert sent["path"] == "/open/pp/logistics/orderRenderFreight"
    assert json.loads(sent["body"]) == body
    assert sent["headers"]["Content-Type"] == "application/json"
    assert sent["query"] == {"timestamp": sent["headers"]["timestamp"], "sign": sent["headers"]["signature"]}


async def test_retry_of_a_safe_call_and_no_retry_of_a_cancel(
    server: tuple[Recorder, str], make_client: Callable[..., PandaPonClient], slept: list[float]
) -> None:
    recorder, url = server
    recorder.answers = [lambda r: web.Response(status=503, text="busy"), ok({"itemId": 1})]
    async with make_client(url) as client:
        await taobao_get_goods.asyncio(client=client, item_id="1")
        assert len(recorder.requests) == 2
        assert recorder.requests[0]["headers"]["nonce-str"] != recorder.requests[1]["headers"]["nonce-str"]
        recorder.answers = [lambda r: web.Response(status=503, text="busy")]
        with pytest.raises(InternalServerError) as info:
            await alibaba_cancel_order.asyncio(
                client=client, body=AlibabaOrderCancelRequest(web_site="1688", order_id=1, cancel_reason="other")
            )
    assert len(recorder.requests) == 3
    assert "not retried" in str(info.value)
    assert len(slept) == 1


async def test_html_502_business_error_and_timeout(
    server: tuple[Recorder, str], make_client: Callable[..., PandaPonClient]
) -> None:
    recorder, url = server

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.json_response(envelope())

    async with make_client(url, max_retries=0, timeout=0.2) as client:
        recorder.answers = [lambda r: web.Response(status=502, text="<html><h1>502 Bad Gateway</h1></html>")]
        with pytest.raises(InternalServerError) as http_error:
            await client.request("GET", "/open/product/get")
        assert http_error.value.body_excerpt == "<html><h1>502 Bad Gateway</h1></html>"
        recorder.answers = [lambda r: web.json_response(envelope(None, code=4001, msg="not found", request_id="r9"))]
        with pytest.raises(PandaPonAPIError) as business:
            await client.request("GET", "/open/product/get")
        assert (business.value.code, business.value.request_id) == (4001, "r9")
        recorder.answers = [slow]
        with pytest.raises(APITimeoutError):
            await client.request("GET", "/open/product/get")


async def test_connection_refused_is_a_connection_error(make_client: Callable[..., PandaPonClient]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with make_client(f"http://127.0.0.1:{port}", max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.request("GET", "/open/product/get")
    assert info.value.attempts == 2
    assert ACCESS_SECRET not in str(info.value)


async def test_closing_closes_the_session(
    server: tuple[Recorder, str], make_client: Callable[..., PandaPonClient]
) -> None:
    recorder, url = server
    recorder.answers = [ok()]
    client = make_client(url)
    await client.request("GET", "/x")
    await client.aclose()
    assert client.is_closed
    with pytest.raises(RuntimeError):
        await client.request("GET", "/x")


def test_backend_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    from pandapon_async import ConfigurationError

    monkeypatch.delenv("PANDAPON_HTTP_BACKEND")
    make = lambda **kw: PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, **kw)  # noqa: E731
    assert make().http_backend == "wreq"
    assert make(http_backend="aiohttp").http_backend == "aiohttp"
    assert make(http_backend="httpx").http_backend == "httpx"
    installed = importlib.util.find_spec
    # Without wreq, "auto" takes aiohttp; without either, httpx; asking for a missing one names its extra.
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "wreq" else installed(name, *a))
    assert make().http_backend == "aiohttp"
    with pytest.raises(
        ConfigurationError, match=r"http_backend='wreq' needs wreq: pip install 'pandapon-async\[fast\]'"
    ):
        make(http_backend="wreq")
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in ("wreq", "aiohttp") else installed(name, *a)
    )
    assert make().http_backend == "httpx"
    with pytest.raises(ConfigurationError, match=r"pip install 'pandapon-async\[aiohttp\]'"):
        make(http_backend="aiohttp")
    monkeypatch.setattr(importlib.util, "find_spec", installed)
    assert make(transport=httpx.MockTransport(lambda r: httpx.Response(200))).http_backend == "httpx"
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", "httpx")
    assert make().http_backend == "httpx"
    with pytest.raises(ConfigurationError):
        make(http_backend="curl")  # type: ignore[arg-type]
    for backend in ("aiohttp", "wreq"):
        with pytest.raises(ConfigurationError, match="httpx transport"):
            make(http_backend=backend, transport=httpx.MockTransport(lambda r: httpx.Response(200)))


async def test_a_method_wreq_cannot_send_is_refused_before_sending() -> None:
    from pandapon_async import InvalidArgumentError

    from .loopback import loopback_server

    async with (
        loopback_server() as server,
        PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend="wreq") as client,
    ):
        with pytest.raises(InvalidArgumentError, match="method 'BREW' cannot be sent") as info:
            await client.request("BREW", "/open/x")
        assert info.value.argument == "method"
        assert (await client.request("OPTIONS", "/open/x"))["code"] == 200  # any standard method goes out
    assert [r.method for r in server.requests] == ["OPTIONS"]
