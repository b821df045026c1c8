"""The client on real generated calls: signed headers, envelope handling, typed errors, lifecycle."""

from __future__ import annotations

import json
import re

import httpx
import pytest
import respx

from pandapon_async import (
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    PandaPonAPIError,
    PandaPonClient,
    PandaPonError,
    SigningInput,
    md5_signer,
)
from pandapon_async.generated.api.taobao_aftersales import taobao_get_refund
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.api.warehouse import warehouse_preview_order_freight
from pandapon_async.generated.models import WarehouseOrderFreightPreviewRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, BASE_URL, USER_ID, envelope


async def test_generated_call_carries_all_five_signed_headers(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/product/get").respond(json=envelope({"itemId": 672991141190}))
    result = await taobao_get_goods.asyncio(client=client, item_id="672991141190")
    assert result.data is not None and result.data.item_id == 672991141190
    headers = route.calls.last.request.headers
    assert headers["access-key"] == ACCESS_KEY
    assert headers["user-id"] == USER_ID
    assert re.fullmatch(r"\d{13}", headers["timestamp"])
    assert re.fullmatch(r"[A-Za-z0-9]{32}", headers["nonce-str"])
    expected = md5_signer(
        SigningInput(ACCESS_KEY, headers["timestamp"], headers["nonce-str"], USER_ID, "GET", "/open/product/get"),
        ACCESS_SECRET,
    )
    assert headers["signature"] == expected
    assert re.fullmatch(r"[0-9A-F]{32}", headers["signature"])


async def test_two_calls_use_different_nonces(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/order/refund/query").respond(json=envelope({}))
    await taobao_get_refund.asyncio(client=client, refund_id="1")
    await taobao_get_refund.asyncio(client=client, refund_id="1")
    nonces = [call.request.headers["nonce-str"] for call in route.calls]
    assert len(nonces) == 2 and nonces[0] != nonces[1]


async def test_warehouse_calls_get_timestamp_and_sign_query_parameters(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    route = api.post("/open/pp/logistics/orderRenderFreight").respond(json=envelope(None))
    body = WarehouseOrderFreightPreviewRequest.from_dict({"renderItems": []})
    await warehouse_preview_order_freight.asyncio(client=client, body=body)
    request = route.calls.last.request
    assert request.url.params["timestamp"] == request.headers["timestamp"]
    assert request.url.params["sign"] == request.headers["signature"]
    assert json.loads(request.content) == {"renderItems": []}


async def test_raw_request_reaches_a_pending_endpoint_with_the_same_signing(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    route = api.get("/open/order/detail").respond(json=envelope({"orderId": "5"}))
    body = await client.request("GET", "/open/order/detail", params={"orderId": "5"})
    assert body["data"] == {"orderId": "5"}
    request = route.calls.last.request
    assert request.url.params["orderId"] == "5"
    assert {"access-key", "timestamp", "nonce-str", "user-id", "signature"} <= set(request.headers)


async def test_raw_request_to_a_warehouse_path_fills_the_signed_query(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    route = api.post("/open/pp/logistics/somethingNew").respond(json=envelope({}))
    await client.request("POST", "/open/pp/logistics/somethingNew", json={"a": 1})
    assert route.calls.last.request.url.params["sign"] == route.calls.last.request.headers["signature"]


async def test_business_error_code_raises_with_code_msg_and_request_id(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    api.get("/open/order/refund/query").respond(json=envelope(None, code=4001, msg="逆向单不存在", request_id="r-77"))
    with pytest.raises(PandaPonAPIError) as info:
        await taobao_get_refund.asyncio(client=client, refund_id="404")
    error = info.value
    assert (error.code, error.msg, error.request_id, error.status_code) == (4001, "逆向单不存在", "r-77", 200)
    assert error.operation == "taobao_get_refund"
    assert "taobao_get_refund" in str(error) and "r-77" in str(error) and "4001" in str(error)
    assert isinstance(error, PandaPonError)


@pytest.mark.parametrize("code", [200, 0, "200"])
async def test_success_codes(api: respx.MockRouter, client: PandaPonClient, code: object) -> None:
    api.post("/open/address/addOrUpdate").respond(json={"code": code, "msg": "string", "data": None})
    body = await client.request("POST", "/open/address/addOrUpdate", json={})
    assert body["code"] == code


async def test_html_gateway_page_with_502_raises_typed_http_error(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
    api.get("/open/product/get").respond(502, text=html, headers={"content-type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        await taobao_get_goods.asyncio(client=client.with_options(max_retries=0), item_id="1")
    error = info.value
    assert isinstance(error, APIStatusError)
    assert error.status_code == 502
    assert error.body_excerpt.startswith("<html><head><title>502 Bad Gateway")
    assert "HTTP 502" in str(error)


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b"", "empty body"),
        (b'{"requestId": "x", "code": 20', "not JSON"),
        (b'{"message": "no envelope"}', "not the PandaPon envelope"),
        (b"[1, 2]", "not the PandaPon envelope"),
    ],
)
async def test_a_2xx_body_that_is_not_the_envelope_raises_validation_error(
    api: respx.MockRouter, client: PandaPonClient, content: bytes, what: str
) -> None:
    api.get("/open/product/get").respond(200, content=content)
    with pytest.raises(APIResponseValidationError) as info:
        await taobao_get_goods.asyncio(client=client, item_id="1")
    assert what in str(info.value)
    assert info.value.status_code == 200


async def test_client_closes_its_pool_on_exit() -> None:
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID) as client:
        assert not client.is_closed
        child = client.with_options(timeout=3)
    assert client.is_closed
    assert child.is_closed  # shares the parent's pool
    assert child.timeout == 3.0


async def test_with_options_shares_the_pool_and_does_not_close_it(client: PandaPonClient) -> None:
    child = client.with_options(max_retries=0)
    assert child._backend is client._backend
    await child.aclose()
    assert not client.is_closed
    assert child.retry_policy.max_retries == 0 and client.retry_policy.max_retries == 2


async def test_custom_transport_is_used() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=envelope({"ok": True}))

    async with PandaPonClient(
        ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url="http://mock.local", transport=httpx.MockTransport(handler)
    ) as client:
        body = await client.request("GET", "/x")
    assert body["data"] == {"ok": True}
    assert str(seen[0].url) == "http://mock.local/x"
    assert BASE_URL not in str(seen[0].url)
