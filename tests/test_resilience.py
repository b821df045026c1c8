"""Errors, safe retries, timeouts and redacted logging (issue: resilience)."""

from __future__ import annotations

import asyncio
import logging
import pickle

import httpx
import pytest
import respx

from pandapon_async import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PandaPonAPIError,
    PandaPonClient,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
)
from pandapon_async import _logging as package_logging
from pandapon_async.generated.api.alibaba_order import alibaba_create_order
from pandapon_async.generated.api.taobao_aftersales import taobao_get_refund
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.api.warehouse import warehouse_preview_order_freight
from pandapon_async.generated.models import AlibabaOrderCreateRequest, WarehouseOrderFreightPreviewRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope

CREATE_BODY = AlibabaOrderCreateRequest.from_dict(
    {
        "flow": "general",
        "addressParam": {
            "fullName": "zhang",
            "mobile": "18600888861",
            "phone": "18600888861",
            "postCode": "100000",
            "cityText": "杭州市",
            "provinceText": "浙江省",
            "areaText": "西湖区",
            "townText": "转塘",
            "address": "xxxxxxx",
        },
        "cargoParamList": [{"offerId": 743470146022, "specId": "e61a85a671bb3d0301d0412b51641c6b", "quantity": 1}],
    }
)


# -- errors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (408, RequestTimeoutError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_http_statuses_map_to_typed_errors(
    api: respx.MockRouter, client: PandaPonClient, status: int, error_type: type[APIStatusError]
) -> None:
    api.get("/open/product/get").respond(status, json={"requestId": "rid-9", "code": status, "msg": "nope"})
    with pytest.raises(error_type) as info:
        await taobao_get_goods.asyncio(client=client.with_options(max_retries=0), item_id="1")
    error = info.value
    assert type(error) is error_type
    assert error.status_code == status
    assert error.request_id == "rid-9"
    assert "taobao_get_goods" in str(error) and "rid-9" in str(error)


async def test_errors_pickle_with_their_attributes(api: respx.MockRouter, client: PandaPonClient) -> None:
    api.get("/open/order/refund/query").respond(json=envelope(None, code=5001, msg="系统繁忙", request_id="r-1"))
    with pytest.raises(PandaPonAPIError) as info:
        await taobao_get_refund.asyncio(client=client, refund_id="1")
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is PandaPonAPIError
    assert (copy.code, copy.msg, copy.request_id, copy.operation, copy.status_code) == (
        5001,
        "系统繁忙",
        "r-1",
        "taobao_get_refund",
        200,
    )
    assert str(copy) == str(info.value)
    status_error = InternalServerError(
        "HTTP 502", status_code=502, body_excerpt="<html>", operation="op", request_id=None
    )
    assert pickle.loads(pickle.dumps(status_error)).body_excerpt == "<html>"


async def test_business_errors_are_not_retried(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/order/refund/query").respond(json=envelope(None, code=5001, msg="busy"))
    with pytest.raises(PandaPonAPIError):
        await taobao_get_refund.asyncio(client=client, refund_id="1")
    assert route.call_count == 1


# -- retries -----------------------------------------------------------------------------------------------


async def test_get_503_then_200_succeeds_after_one_retry_signed_afresh(
    api: respx.MockRouter, client: PandaPonClient, slept: list[float]
) -> None:
    route = api.get("/open/order/refund/query").mock(
        side_effect=[httpx.Response(503, text="busy"), httpx.Response(200, json=envelope({"currency": "CNY"}))]
    )
    result = await taobao_get_refund.asyncio(client=client, refund_id="1")
    assert result.data.currency == "CNY"
    assert route.call_count == 2
    first, second = (call.request.headers for call in route.calls)
    assert first["nonce-str"] != second["nonce-str"]
    assert first["signature"] != second["signature"]
    assert len(slept) == 1 and 0 < slept[0] <= 0.5


async def test_create_order_503_raises_at_once_and_was_sent_once(
    api: respx.MockRouter, client: PandaPonClient, slept: list[float]
) -> None:
    route = api.post("/alibaba/order/create").respond(503, text="Service Unavailable")
    with pytest.raises(InternalServerError) as info:
        await alibaba_create_order.asyncio(client=client, body=CREATE_BODY)
    assert route.call_count == 1
    assert slept == []
    assert info.value.attempts == 1
    assert "not retried" in str(info.value) and "not marked safe to repeat" in str(info.value)


async def test_create_order_connection_error_is_not_retried(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.post("/alibaba/order/create").mock(side_effect=httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as info:
        await alibaba_create_order.asyncio(client=client, body=CREATE_BODY)
    assert route.call_count == 1
    assert info.value.retry_note and "not retried" in info.value.retry_note


async def test_429_retry_after_is_honoured(api: respx.MockRouter, client: PandaPonClient, slept: list[float]) -> None:
    route = api.get("/open/product/get").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}, json={"code": 429, "msg": "slow down"}),
            httpx.Response(200, json=envelope({})),
        ]
    )
    await taobao_get_goods.asyncio(client=client, item_id="1")
    assert route.call_count == 2
    assert slept == [7.0]


async def test_retry_after_is_capped_at_60_seconds(
    api: respx.MockRouter, client: PandaPonClient, slept: list[float]
) -> None:
    api.get("/open/product/get").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200, json=envelope({}))]
    )
    await taobao_get_goods.asyncio(client=client, item_id="1")
    assert slept == [60.0]


async def test_retries_stop_after_max_retries_with_growing_backoff(
    api: respx.MockRouter, client: PandaPonClient, slept: list[float]
) -> None:
    route = api.get("/open/product/get").mock(side_effect=httpx.ConnectTimeout("timed out"))
    with pytest.raises(APITimeoutError) as info:
        await taobao_get_goods.asyncio(client=client, item_id="1")
    assert route.call_count == 3  # the first attempt and 2 retries
    assert info.value.attempts == 3
    assert "gave up after 2 retries" in str(info.value)
    assert len(slept) == 2 and slept[1] > slept[0]


async def test_max_retries_per_client_and_per_call(api: respx.MockRouter, slept: list[float]) -> None:
    route = api.post("/open/pp/logistics/orderRenderFreight").respond(500)
    body = WarehouseOrderFreightPreviewRequest.from_dict({})
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, max_retries=4) as client:
        with pytest.raises(InternalServerError):
            await warehouse_preview_order_freight.asyncio(client=client, body=body)
        assert route.call_count == 5
        with pytest.raises(InternalServerError) as info:
            await warehouse_preview_order_freight.asyncio(client=client.with_options(max_retries=0), body=body)
        assert route.call_count == 6
        assert "retries are disabled" in str(info.value)


async def test_connection_errors_of_safe_operations_are_retried(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/product/get").mock(
        side_effect=[httpx.RemoteProtocolError("server hung up"), httpx.Response(200, json=envelope({}))]
    )
    await taobao_get_goods.asyncio(client=client, item_id="1")
    assert route.call_count == 2


async def test_raw_requests_retry_only_when_idempotent(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.post("/open/order/cancel").respond(502)
    with pytest.raises(InternalServerError):
        await client.request("POST", "/open/order/cancel", json={})
    assert route.call_count == 1
    with pytest.raises(InternalServerError):
        await client.request("POST", "/open/order/cancel", json={}, idempotent=True)
    assert route.call_count == 4


async def test_cancelling_during_backoff_stops_at_once(
    api: respx.MockRouter, client: PandaPonClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeping = asyncio.Event()

    async def endless_sleep(seconds: float) -> None:
        sleeping.set()
        await asyncio.Event().wait()  # would never return on its own

    monkeypatch.setattr("pandapon_async._retry.sleep", endless_sleep)
    route = api.get("/open/product/get").respond(503)
    task = asyncio.create_task(taobao_get_goods.asyncio(client=client, item_id="1"))
    await sleeping.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert route.call_count == 1


def test_backoff_is_exponential_with_jitter() -> None:
    policy = RetryPolicy()
    first = [policy.delay(1) for _ in range(50)]
    third = [policy.delay(3) for _ in range(50)]
    assert all(0.375 <= d <= 0.5 for d in first)
    assert all(1.5 <= d <= 2.0 for d in third)
    assert len(set(first)) > 1  # jittered
    assert policy.delay(10) <= policy.max_delay
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_retry_after_as_http_date_is_read() -> None:
    from pandapon_async._retry import parse_retry_after

    response = httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert parse_retry_after(response.headers) == 0.0  # in the past
    assert parse_retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None


# -- timeouts ----------------------------------------------------------------------------------------------


async def test_total_timeout_per_client_and_per_call() -> None:
    class SlowTransport(httpx.AsyncBaseTransport):
        calls = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            SlowTransport.calls += 1
            await asyncio.sleep(30)
            return httpx.Response(200, json=envelope({}))

    async with PandaPonClient(
        ACCESS_KEY, ACCESS_SECRET, USER_ID, timeout=0.05, max_retries=0, transport=SlowTransport()
    ) as client:
        assert (client.timeout, client.connect_timeout) == (0.05, 5.0)
        with pytest.raises(APITimeoutError) as info:
            await client.request("GET", "/open/product/get")
        assert "timed out" in str(info.value)
        with pytest.raises(APITimeoutError):
            await client.with_options(timeout=0.01).request("GET", "/open/product/get")
    assert SlowTransport.calls == 2


def test_default_timeouts_are_sensible() -> None:
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    assert (client.timeout, client.connect_timeout) == (30.0, 5.0)
    assert client._backend._client.timeout.connect == 5.0  # type: ignore[attr-defined]


# -- logging -----------------------------------------------------------------------------------------------


async def test_debug_logs_of_a_suite_of_calls_never_contain_secret_or_signatures(
    api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get("/open/product/get").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=envelope({}, request_id="rid-ok"))]
    )
    api.get("/open/order/refund/query").respond(json=envelope(None, code=4001, msg="bad", request_id="rid-bad"))
    api.post("/open/pp/logistics/orderRenderFreight").respond(json=envelope({}))
    api.post("/alibaba/order/create").mock(side_effect=httpx.ConnectError(f"refused {ACCESS_SECRET}"))
    api.get("/open/html").respond(200, text="<html>x</html>")
    signatures: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="pandapon_async"):
        async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID) as client:
            await taobao_get_goods.asyncio(client=client, item_id="1")
            with pytest.raises(PandaPonAPIError):
                await taobao_get_refund.asyncio(client=client, refund_id="1")
            await warehouse_preview_order_freight.asyncio(
                client=client, body=WarehouseOrderFreightPreviewRequest.from_dict({})
            )
            with pytest.raises(APIConnectionError) as info:
                await alibaba_create_order.asyncio(client=client, body=CREATE_BODY)
            with pytest.raises(APIResponseValidationError):
                await client.request("GET", "/open/html")
    for call in api.calls:
        signatures.append(call.request.headers["signature"])
    text = "\n".join(record.getMessage() for record in caplog.records) + str(info.value)
    assert ACCESS_SECRET not in text
    assert ACCESS_KEY not in text
    assert "58c0…cf03" in text
    for signature in signatures:
        assert signature not in text
    attempt_lines = [r.getMessage() for r in caplog.records if "attempt=" in r.getMessage()]
    assert len(attempt_lines) == 6  # one per attempt, the retried 503 included
    assert any(
        "op=taobao_get_goods method=GET path=/open/product/get status=200 code=200 request_id=rid-ok attempt=2" in line
        for line in attempt_lines
    )
    assert any("status=503" in line and "attempt=1" in line for line in attempt_lines)
    assert any("code=4001 request_id=rid-bad" in line for line in attempt_lines)
    assert all("elapsed_ms=" in line for line in attempt_lines)


def test_pandapon_log_env_turns_logging_on(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("pandapon_async")
    monkeypatch.setattr(package_logging, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("PANDAPON_LOG", "debug")
    PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == 1
    PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    assert len(logger.handlers) == 1  # configured once


def test_api_error_base_catches_everything_from_a_call() -> None:
    for cls in (APIConnectionError, APITimeoutError, APIStatusError, APIResponseValidationError, PandaPonAPIError):
        assert issubclass(cls, APIError)


async def test_connection_errors_quoting_the_signed_url_are_redacted(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url} (secret {ACCESS_SECRET})")

    route = api.post("/open/pp/logistics/orderBookingFreight").mock(side_effect=fail)
    with pytest.raises(APIConnectionError) as info:
        await client.request("POST", "/open/pp/logistics/orderBookingFreight", json={})
    signature = route.calls.last.request.headers["signature"]
    assert signature not in str(info.value) and ACCESS_SECRET not in str(info.value)
    assert "sign=<redacted>" in str(info.value)


async def test_a_longer_per_call_timeout_is_not_capped_by_the_client_default() -> None:
    async def answer_late(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.2)
        return httpx.Response(200, json=envelope({"late": True}))

    transport = httpx.MockTransport(answer_late)
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, timeout=0.05, transport=transport) as client:
        with pytest.raises(APITimeoutError):
            await client.with_options(max_retries=0).request("GET", "/open/product/get")
        body = await client.with_options(timeout=5).request("GET", "/open/product/get")
    assert body["data"] == {"late": True}
