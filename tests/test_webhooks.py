"""Pushed messages: signature test vector, parsing, and the ASGI app served through httpx.ASGITransport."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from pandapon_async import (
    AlibabaOrderPriceModifyMessage,
    InvalidSignatureError,
    MessageFormatError,
    TaobaoOrderPriceModifyMessage,
    UnknownMessage,
    WebhookApp,
    WebhookMessage,
    create_webhook_app,
    parse_message,
    verify_signature,
)
from pandapon_async.generated.models import CallbackTaobaoOrderPriceModifyBody, CallbackTaobaoSubOrder
from pandapon_async.webhooks import sign_body

from .conftest import ACCESS_SECRET

# platform.md decision 2: the callback signature test vector.
VECTOR_BODY = (
    b'{"messageType":"TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY","messageBody":{"salesOrderId":"88"},'
    b'"messagePlatform":0,"timestamp":"1715669977082"}'
)
VECTOR_SIGNATURE = "3C92EE2F2AC3426154445507E0ED62DE2C88B7706A80A075D644D632E2E82A5F"
TAOBAO = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"


def signed(body: bytes, secret: str = ACCESS_SECRET) -> dict[str, str]:
    return {"Authorization": sign_body(body, secret), "Content-Type": "application/json"}


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def served(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://merchant.example")


async def push(app: Any, body: bytes, headers: dict[str, str] | None = None, path: str = "/") -> httpx.Response:
    async with served(app) as http:
        return await http.post(path, content=body, headers=signed(body) if headers is None else headers)


def test_signature_test_vector() -> None:
    assert sign_body(VECTOR_BODY, ACCESS_SECRET) == VECTOR_SIGNATURE
    assert verify_signature(VECTOR_BODY, VECTOR_SIGNATURE, ACCESS_SECRET)
    assert verify_signature(VECTOR_BODY, VECTOR_SIGNATURE.lower(), ACCESS_SECRET)
    # Exact raw bytes: the same JSON re-serialised with spaces is a different body.
    respaced = json.dumps(json.loads(VECTOR_BODY)).encode()
    assert json.loads(respaced) == json.loads(VECTOR_BODY)
    assert not verify_signature(respaced, VECTOR_SIGNATURE, ACCESS_SECRET)

    message = parse_message(VECTOR_BODY, {"authorization": VECTOR_SIGNATURE.lower()}, ACCESS_SECRET)
    assert isinstance(message, TaobaoOrderPriceModifyMessage)
    assert message.body is not None and message.body.sales_order_id == "88"
    assert (message.message_type, message.message_platform, message.timestamp) == (TAOBAO, 0, "1715669977082")
    assert message.pushed_at is not None and message.pushed_at.year == 2024
    assert message.raw == json.loads(VECTOR_BODY) and message.raw_body == VECTOR_BODY


async def test_forged_signature_is_rejected_with_401(caplog: pytest.LogCaptureFixture) -> None:
    forged = VECTOR_SIGNATURE[:-1] + "0"
    with pytest.raises(InvalidSignatureError):
        parse_message(VECTOR_BODY, {"Authorization": forged}, ACCESS_SECRET)
    with pytest.raises(InvalidSignatureError):
        parse_message(VECTOR_BODY, {}, ACCESS_SECRET)

    calls: list[WebhookMessage] = []
    app = create_webhook_app(ACCESS_SECRET, handlers={"*": calls.append})
    with caplog.at_level(logging.DEBUG, logger="pandapon_async.webhooks"):
        assert (await push(app, VECTOR_BODY, {"Authorization": forged})).status_code == 401
        assert (await push(app, VECTOR_BODY, {})).status_code == 401
    assert calls == []
    assert "rejected a pushed message" in caplog.text
    assert ACCESS_SECRET not in caplog.text and forged not in caplog.text


async def test_wrong_secret_is_rejected_with_401() -> None:
    headers = signed(VECTOR_BODY, secret="another-developers-secret")
    with pytest.raises(InvalidSignatureError):
        parse_message(VECTOR_BODY, headers, ACCESS_SECRET)
    assert (await push(create_webhook_app(ACCESS_SECRET), VECTOR_BODY, headers)).status_code == 401


async def test_truncated_body() -> None:
    truncated = VECTOR_BODY[:-20]
    app = create_webhook_app(ACCESS_SECRET)
    # Cut in transit: the signature of the whole body no longer matches.
    assert (await push(app, truncated, {"Authorization": VECTOR_SIGNATURE})).status_code == 401
    # Signed as sent but not JSON: a clear format error, answered 400.
    with pytest.raises(MessageFormatError, match="not valid JSON"):
        parse_message(truncated, signed(truncated), ACCESS_SECRET)
    response = await push(app, truncated)
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error"]


@pytest.mark.parametrize("as_string", [False, True], ids=["body-as-object", "body-as-json-string"])
async def test_message_body_as_object_or_json_string(as_string: bool) -> None:
    message_body = {
        "salesOrderId": "88",
        "subOrders": [{"purchase_order_outer_id": "74", "quantity": 6, "not_in_the_spec": "kept"}],
        "purchaseOrderPriceDTO": {"total": 1200},
        "newField": [1, 2],
    }
    payload = {
        "messageType": TAOBAO,
        "messageBody": json.dumps(message_body, separators=(",", ":")) if as_string else message_body,
        "messagePlatform": 0,
        "timestamp": "1715669977082",
    }
    body = encode(payload)
    calls: list[WebhookMessage] = []

    async def on_price(message: TaobaoOrderPriceModifyMessage) -> None:
        calls.append(message)

    app = create_webhook_app(ACCESS_SECRET)
    app.on(TaobaoOrderPriceModifyMessage, on_price)
    response = await push(app, body)

    assert response.status_code == 200
    assert len(calls) == 1
    message = calls[0]
    assert message == parse_message(body, signed(body), ACCESS_SECRET)
    assert isinstance(message, TaobaoOrderPriceModifyMessage)
    assert isinstance(message.body, CallbackTaobaoOrderPriceModifyBody)
    assert message.body.sales_order_id == "88"
    assert isinstance(message.body.sub_orders, list) and isinstance(message.body.sub_orders[0], CallbackTaobaoSubOrder)
    assert message.body.sub_orders[0].purchase_order_outer_id == "74"
    assert message.body.sub_orders[0].quantity == 6
    # Nothing is dropped: unknown fields stay on the models, and the envelope is kept as received.
    assert message.body.sub_orders[0].additional_properties == {"not_in_the_spec": "kept"}
    assert message.body["newField"] == [1, 2]
    assert message.body.to_dict() == message_body
    assert message.raw == payload and message.raw_body == body
    assert response.json() == {"status": "ok", "messageId": message.message_id}


async def test_unknown_message_type_keeps_the_raw_payload() -> None:
    payload = {
        "messageType": "TAOBAO_ORDER_REFUND_SOMETHING_NEW",
        "messageBody": {"refundId": "TQ1", "orderId": 3296711100591134260},
        "messagePlatform": 0,
        "timestamp": "1715669977082",
        "extra": {"kept": True},
    }
    body = encode(payload)
    message = parse_message(body, signed(body), ACCESS_SECRET)
    assert isinstance(message, UnknownMessage)
    assert message.message_type == "TAOBAO_ORDER_REFUND_SOMETHING_NEW"
    assert message.body == {"refundId": "TQ1", "orderId": 3296711100591134260}
    assert message.raw == payload and message.raw_body == body

    # Acknowledged without a handler; the catch-all handler gets it once one is registered.
    assert (await push(create_webhook_app(ACCESS_SECRET), body)).status_code == 200
    app = create_webhook_app(ACCESS_SECRET)
    typed: list[WebhookMessage] = []
    fallback: list[WebhookMessage] = []
    app.on(TAOBAO, typed.append)
    app.on("*", fallback.append)
    assert (await push(app, body)).status_code == 200
    assert typed == [] and fallback == [message]


async def test_documented_1688_message_is_typed() -> None:
    payload = {
        "messageType": "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        "messageBody": {"baseInfo": {"id": 1}, "productItems": [{"name": "x"}], "orderBizInfo": None},
        "messagePlatform": 1,
        "timestamp": 1715669977082,
    }
    body = encode(payload)
    message = parse_message(body, [(b"AUTHORIZATION", sign_body(body, ACCESS_SECRET).encode())], ACCESS_SECRET)
    assert isinstance(message, AlibabaOrderPriceModifyMessage)
    assert message.body is not None and message.body.to_dict() == payload["messageBody"]
    assert (message.message_platform, message.timestamp) == (1, "1715669977082")


async def test_malformed_envelopes_are_400() -> None:
    app = create_webhook_app(ACCESS_SECRET)
    for body in (b"[1, 2]", encode({"messageType": TAOBAO, "messageBody": "not json"}), encode({"messageBody": 5})):
        with pytest.raises(MessageFormatError):
            parse_message(body, signed(body), ACCESS_SECRET)
        assert (await push(app, body)).status_code == 400


@pytest.mark.parametrize("ack_timeout", [0.5, 0.0], ids=["fails-within-the-ack-window", "fails-after-the-ack"])
async def test_handler_failure(ack_timeout: float, caplog: pytest.LogCaptureFixture) -> None:
    release = asyncio.Event()

    async def broken(message: WebhookMessage) -> None:
        if ack_timeout == 0.0:
            await release.wait()
        raise RuntimeError("database down")

    app = create_webhook_app(ACCESS_SECRET, handlers={TAOBAO: broken}, ack_timeout=ack_timeout)
    with caplog.at_level(logging.ERROR, logger="pandapon_async.webhooks"):
        response = await push(app, VECTOR_BODY)
        if ack_timeout == 0.0:
            # Already acknowledged: the failure can only be logged.
            assert response.status_code == 200
            release.set()
            await app.drain()
            assert "PandaPon will not push it again" in caplog.text
        else:
            # Failed in time to say so: 500 makes PandaPon push the message again.
            assert response.status_code == 500
            assert response.json()["error"] == "handler failed"
            assert "answering 500" in caplog.text
    assert "database down" in caplog.text and app.pending == 0


async def test_slow_background_handler_does_not_delay_the_ack() -> None:
    release = asyncio.Event()
    finished: list[WebhookMessage] = []

    async def slow(message: WebhookMessage) -> None:
        await release.wait()
        finished.append(message)

    app = create_webhook_app(ACCESS_SECRET, handlers={TAOBAO: slow}, ack_timeout=0)
    response = await push(app, VECTOR_BODY)
    assert response.status_code == 200
    assert finished == [] and app.pending == 1
    release.set()
    await app.drain()
    assert len(finished) == 1 and isinstance(finished[0], TaobaoOrderPriceModifyMessage)
    assert finished[0].message_id == response.json()["messageId"] and app.pending == 0


async def test_concurrent_and_duplicate_deliveries() -> None:
    bodies = [encode({"messageType": TAOBAO, "messageBody": {"salesOrderId": str(n)}}) for n in range(5)]
    bodies.append(bodies[0])  # a retried push: the same bytes again
    started: list[WebhookMessage] = []
    all_started = asyncio.Event()

    async def handler(message: WebhookMessage) -> None:
        started.append(message)
        if len(started) == len(bodies):
            all_started.set()
        # Every handler waits for all the others: this completes only if deliveries run concurrently.
        await all_started.wait()

    app = create_webhook_app(ACCESS_SECRET, handlers={TAOBAO: handler}, background=False)
    async with served(app) as http:
        responses = await asyncio.wait_for(
            asyncio.gather(*(http.post("/", content=body, headers=signed(body)) for body in bodies)), timeout=10
        )
    assert [r.status_code for r in responses] == [200] * len(bodies)
    ids = [r.json()["messageId"] for r in responses]
    assert ids[0] == ids[-1] and len(set(ids)) == 5
    assert sorted(m.message_id for m in started) == sorted(ids)


async def test_console_verify_probe_and_starlette_route() -> None:
    calls: list[WebhookMessage] = []
    hooks: WebhookApp = create_webhook_app(ACCESS_SECRET)
    hooks.handler()(calls.append)
    # A Route (not a Mount, which redirects the slash-less URL with 307) serves the exact callback URL.
    site = Starlette(routes=[Route("/pandapon/messages", hooks)])
    async with served(site) as http:
        assert (await http.get("/pandapon/messages")).status_code == 200
        assert (await http.head("/pandapon/messages")).status_code == 200
        assert (await http.post("/pandapon/messages", content=b"")).status_code == 200
        assert (await http.post("/pandapon/messages", content=b"{}")).status_code == 401
        assert (await http.put("/pandapon/messages", content=b"")).status_code == 405
        response = await http.post("/pandapon/messages", content=VECTOR_BODY, headers=signed(VECTOR_BODY))
    assert response.status_code == 200
    assert [type(m) for m in calls] == [TaobaoOrderPriceModifyMessage]
