"""The mock answers every method, path and hostile body with its JSON envelope; its carts, refunds, request log
and injected faults, in-process and on loopback."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from pandapon_async import APIConnectionError, APIStatusError, APITimeoutError, ConfigurationError, PandaPonAPIError
from pandapon_async._spec import packaged_operations
from pandapon_async.generated.api.alibaba_aftersales import alibaba_create_refund
from pandapon_async.generated.api.alibaba_cart import alibaba_create_order_from_cart, alibaba_list_cart
from pandapon_async.generated.api.taobao_cart import taobao_add_cart_item, taobao_create_cart_order
from pandapon_async.generated.models import (
    AlibabaCartCreateOrderRequest,
    AlibabaRefundCreateRequest,
    TaobaoAddCartItemRequest,
    TaobaoCreateCartOrderRequest,
)
from pandapon_async.mock import (
    MAX_BODY_DEPTH,
    MOCK_BASE_URL,
    Fault,
    MockServer,
    MockState,
    create_mock_app,
    mock_client,
    mock_service,
    mock_transport,
)

from .test_mock import _headers

REFUND = next(op for op in packaged_operations() if op.name == "alibaba_create_refund").body_example
ADD = {"itemId": 7, "skuId": "1", "mpId": "7", "mpSkuId": "1", "itemTitle": "kettle", "price": 500, "quantity": 1}
ADDRESS = {"fullName": "测试", "mobile": "13800000000", "address": "地址"}


def _raw(app: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=MOCK_BASE_URL, transport=mock_transport(app))  # type: ignore[arg-type]


# -- every hostile byte ends in the envelope ----------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_BODY_DEPTH + 1, 3_000, 100_000])
async def test_a_deeply_nested_body_is_an_envelope_error_naming_the_body(depth: int) -> None:
    body = b"[" * depth + b"]" * depth
    path = "/alibaba/product/detail/get"
    async with _raw(create_mock_app()) as http:
        answer = await http.post(path, content=body, headers=_headers(path, method="POST"))
    assert answer.status_code == 200
    envelope = answer.json()
    assert envelope["code"] == 400 and envelope["data"] is None
    assert envelope["msg"].startswith("invalid request body: arrays and objects nest") and str(depth) in envelope["msg"]


async def test_nesting_inside_strings_does_not_count(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps({"offerId": 1, "country": "[" * 5_000}).encode()
    path = "/alibaba/product/detail/get"
    async with _raw(create_mock_app()) as http:
        answer = await http.post(path, content=body, headers=_headers(path, method="POST"))
    assert answer.json()["code"] == 200
    assert "internal error" not in caplog.text


async def test_deep_json_inside_a_json_encoded_string_field_is_named() -> None:
    """taobao_create_order carries its order lines as JSON inside a string (x-pandapon-json-encoded)."""
    op = next(o for o in packaged_operations() if o.name == "taobao_create_order")
    body = json.dumps(op.body_example | {"orderLineList": "[" * 100_000 + "]" * 100_000}).encode()
    async with _raw(create_mock_app()) as http:
        answer = await http.post(op.path, content=body, headers=_headers(op.path, method="POST"))
    envelope = answer.json()
    assert envelope["code"] == 400
    assert envelope["msg"] == (
        "invalid request body: at body.orderLineList: the JSON inside the string nests 100000 levels deep "
        f"(the mock accepts at most {MAX_BODY_DEPTH})"
    )


@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND", "BREW", "PUT", "DELETE"])
@pytest.mark.parametrize("path", ["/open/product/get", "/nowhere", "/", "/_mock/state", "/_mock/elsewhere"])
async def test_every_method_and_path_gets_the_json_envelope(method: str, path: str) -> None:
    async with _raw(create_mock_app()) as http:
        answer = await http.request(method, path)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    envelope = answer.json()
    assert envelope["code"] in (404, 405) and envelope["data"] is None and envelope["msg"]


async def test_trace_on_a_served_mock_gets_the_envelope() -> None:
    with MockServer() as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            answer = await http.request("TRACE", "/open/product/get")
    assert answer.status_code == 200
    assert answer.json()["code"] == 405 and "method TRACE not allowed on /open/product/get" in answer.json()["msg"]


# -- one cart per platform ------------------------------------------------------------------------------------


async def test_taobao_cart_entries_cannot_be_ordered_from_the_1688_cart() -> None:
    state = MockState()
    async with mock_client(state=state) as client:
        await taobao_add_cart_item.asyncio(client=client, body=TaobaoAddCartItemRequest.from_dict(ADD))
        (entry_id,) = state.taobao_cart
        listed = await alibaba_list_cart.asyncio(client=client)
        assert listed.data is not None and listed.data.enable_list == []
        with pytest.raises(PandaPonAPIError) as refused:
            body = {"flow": "general", "cartIds": [entry_id], "addressParam": ADDRESS}
            await alibaba_create_order_from_cart.asyncio(
                client=client, body=AlibabaCartCreateOrderRequest.from_dict(body)
            )
        assert refused.value.code == 422
        assert refused.value.msg == (
            f"cart entry {entry_id} not found in the 1688 cart (its entries: none: the 1688 cart is empty); "
            f"{entry_id} in the other platform's cart: Taobao and 1688 keep separate carts"
        )
        ordered = await taobao_create_cart_order.asyncio(
            client=client, body=TaobaoCreateCartOrderRequest.from_dict({"ids": [entry_id], "orderAddress": {}})
        )
    assert ordered.code == 200
    assert not state.taobao_cart and [o.platform for o in state.orders.values()] == ["taobao"]


async def test_refunds_and_the_request_log_are_kept() -> None:
    state = MockState()
    async with mock_client(state=state) as client:
        with pytest.raises(PandaPonAPIError, match="order 5 not found"):
            await alibaba_create_refund.asyncio(
                client=client, body=AlibabaRefundCreateRequest.from_dict(REFUND | {"orderId": 5})
            )
        seeded = await client.request("POST", "/_mock/cart", json={"title": "kettle", "price": 500})
        body = {"flow": "general", "cartIds": [seeded["data"]["id"]], "addressParam": ADDRESS}
        created = await alibaba_create_order_from_cart.asyncio(
            client=client, body=AlibabaCartCreateOrderRequest.from_dict(body)
        )
        order_id = int(created.data["orderId"])
        refund = await alibaba_create_refund.asyncio(
            client=client,
            body=AlibabaRefundCreateRequest.from_dict(REFUND | {"orderId": order_id, "description": "broken"}),
        )
    (recorded,) = state.refunds.values()
    assert refund.data is not None and refund.data.refund_id == recorded.id
    assert (recorded.order_id, recorded.request["description"]) == (str(order_id), "broken")
    assert [(r.operation, r.code) for r in state.requests] == [
        ("alibaba_create_refund", 422),
        ("alibaba_create_order_from_cart", 200),
        ("alibaba_create_refund", 0),  # the documented example's success code
    ]  # the /_mock/ administration route is not a platform request
    assert state.requests[0].body == REFUND | {"orderId": 5}


# -- faults ---------------------------------------------------------------------------------------------------


async def test_faults_in_process_business_error_status_and_drop() -> None:
    app = create_mock_app()
    faults = mock_service(app).faults

    faults.add(Fault("alibabaListCart", code=4100, msg="cart busy"))
    faults.add(Fault("1688.cart.list", status=502))
    faults.add(Fault("alibaba_list_cart", drop=True))
    async with mock_client(app=app, max_retries=0) as client:
        with pytest.raises(PandaPonAPIError) as business:
            await alibaba_list_cart.asyncio(client=client)
        assert (business.value.code, business.value.msg, business.value.status_code) == (4100, "cart busy", 200)
        with pytest.raises(APIStatusError) as status:
            await alibaba_list_cart.asyncio(client=client)
        assert status.value.status_code == 502
        with pytest.raises(APIConnectionError, match="closed the connection"):
            await alibaba_list_cart.asyncio(client=client)
        assert (await alibaba_list_cart.asyncio(client=client)).code in (0, 200)
    assert [r.fault for r in mock_service(app).state.requests] == ["code 4100", "HTTP 502", "dropped connection", None]


def test_bad_faults_are_refused_with_the_reason() -> None:
    faults = mock_service(create_mock_app()).faults

    with pytest.raises(ConfigurationError, match="did you mean alibaba_list_cart"):
        faults.add(Fault("alibaba_list_carts", code=1))
    with pytest.raises(ConfigurationError, match="times must be"):
        faults.add(Fault("alibaba_list_cart", times=0, code=1))
    with pytest.raises(ConfigurationError, match="one of code=, status= or drop=True"):
        faults.add(Fault("alibaba_list_cart", code=1, status=500))
    with pytest.raises(ConfigurationError, match="needs code=, status=, delay= or drop=True"):
        faults.add(Fault("alibaba_list_cart"))


async def test_a_delay_fault_holds_the_answer() -> None:
    app = create_mock_app()
    mock_service(app).faults.add(Fault("alibaba_list_cart", delay=5.0))
    async with mock_client(app=app, timeout=0.1, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await alibaba_list_cart.asyncio(client=client)


async def test_a_request_delayed_across_a_reset_changes_nothing_and_is_not_logged() -> None:
    """The fixture resets the mock between tests: a request still waiting must not act on the next test's state."""
    app = create_mock_app()
    service = mock_service(app)
    service.state.add_to_cart(title="kettle", quantity=1, price=500)
    service.faults.add(Fault("alibaba_create_order_from_cart", delay=0.3))
    body = AlibabaCartCreateOrderRequest.from_dict({"flow": "general", "cartIds": [1], "addressParam": ADDRESS})
    async with mock_client(app=app, max_retries=0) as client:
        waiting = asyncio.create_task(alibaba_create_order_from_cart.asyncio(client=client, body=body))
        await asyncio.sleep(0.05)
        service.reset()
        service.state.add_to_cart(entry_id=1, title="the next test's entry", quantity=1, price=1)
        with pytest.raises(PandaPonAPIError, match="the mock was reset while this request waited"):
            await waiting
    assert not service.state.orders and list(service.state.cart) == [1]
    assert service.state.requests == []


def test_a_reset_also_forgets_the_goods_catalogue() -> None:
    from pandapon_async.mock import goods_catalogue

    service = mock_service(create_mock_app())
    catalogue = goods_catalogue(service.state)
    catalogue.goods = [{"imageUrl": "x", "subject": "seeded"}]
    service.reset()
    assert goods_catalogue(service.state) is not catalogue and goods_catalogue(service.state).goods is None
