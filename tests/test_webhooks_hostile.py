"""The receiver's limits: hostile nesting, the body size limit, replay tolerance, repeated deliveries, hanging
handlers, and parsing a body already verified without verifying it again."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from typing import Any

import httpx
import pytest

from pandapon_async import (
    MessageFormatError,
    StaleMessageError,
    TaobaoOrderPriceModifyMessage,
    UnknownMessage,
    WebhookMessage,
    create_webhook_app,
    parse_message,
    parse_verified_message,
)
from pandapon_async.webhooks import MAX_JSON_DEPTH, check_freshness

from .test_inbox_support import ACCESS_SECRET, ThreadedUvicorn, message_body, signed

TAOBAO = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"


def served(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://merchant.example")


def nested_envelope(levels: int) -> bytes:
    """A signed-looking envelope whose body is ``levels`` arrays deep (100k: far past any recursion limit)."""
    return b'{"messageType":"X","messageBody":{"a":' + b"[" * levels + b"]" * levels + b"}}"


def nested_message_body(levels: int) -> bytes:
    """A messageBody of ``levels`` nested objects: json.loads accepts ~900, copy.deepcopy then recursed."""
    inner = "{}"
    for _ in range(levels):
        inner = '{"k":' + inner + "}"
    return ('{"messageType":"' + TAOBAO + '","messageBody":' + inner + ',"messagePlatform":0}').encode()


# --- deep nesting: a 400, never RecursionError or 500 ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [nested_envelope(100_000), nested_message_body(900), nested_envelope(MAX_JSON_DEPTH)],
    ids=["100k-levels", "message-body-900-levels", "just-past-the-limit"],
)
async def test_deeply_nested_bodies_are_message_format_errors_and_400(body: bytes) -> None:
    if len(body) < 100_000:
        assert json.loads(body)  # valid JSON for the decoder: refused by the depth rule, before any copy
    with pytest.raises(MessageFormatError, match=f"nests deeper than {MAX_JSON_DEPTH} levels"):
        parse_message(body, signed(body), ACCESS_SECRET)
    with pytest.raises(MessageFormatError):
        parse_verified_message(body)
    response = await _push(create_webhook_app(ACCESS_SECRET, handlers={"*": lambda m: None}), body)
    assert response.status_code == 400
    assert f"nests deeper than {MAX_JSON_DEPTH} levels" in response.json()["error"]


async def _push(app: Any, body: bytes) -> httpx.Response:
    async with served(app) as http:
        return await http.post("/", content=body, headers=signed(body))


def test_nesting_inside_a_json_string_message_body_and_at_the_limit() -> None:
    deep = json.dumps({"a": json.loads(b"[" * 200 + b"]" * 200)})
    body = json.dumps({"messageType": TAOBAO, "messageBody": deep}).encode()
    with pytest.raises(MessageFormatError, match="messageBody is a string but nests deeper"):
        parse_verified_message(body)
    fine = json.dumps({"messageType": "X", "messageBody": {"a": json.loads(b"[" * 60 + b"]" * 60)}}).encode()
    assert isinstance(parse_verified_message(fine), UnknownMessage)  # 62 levels: within the limit


def test_deep_nesting_is_refused_even_with_a_low_recursion_limit() -> None:
    body = nested_message_body(MAX_JSON_DEPTH - 2)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        message = parse_verified_message(body)  # deepcopy of 62 levels fits the smaller stack
    finally:
        sys.setrecursionlimit(old)
    assert isinstance(message, TaobaoOrderPriceModifyMessage)


async def test_nested_body_under_uvicorn_is_400_not_500() -> None:
    app = create_webhook_app(ACCESS_SECRET, handlers={"*": lambda m: None})
    body = nested_envelope(100_000)
    with ThreadedUvicorn(app) as server:
        async with httpx.AsyncClient() as http:
            response = await http.post(server.url, content=body, headers=signed(body))
    assert response.status_code == 400 and "nests deeper" in response.json()["error"]


# --- the body size limit: 413 without reading the rest ----------------------------------------------------------


async def test_streamed_body_over_the_limit_is_413_without_reading_the_rest() -> None:
    app = create_webhook_app(ACCESS_SECRET, max_body_size=64 * 1024)
    chunk = b"x" * 16 * 1024
    reads = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        return {"type": "http.request", "body": chunk, "more_body": True}  # an endless body

    async def send(message: Any) -> None:
        sent.append(dict(message))

    scope = {"type": "http", "method": "POST", "headers": [(b"transfer-encoding", b"chunked")]}
    await asyncio.wait_for(app(scope, receive, send), timeout=5)
    assert sent[0]["status"] == 413 and json.loads(sent[1]["body"]) == {"error": "body too large"}
    assert reads == 5  # 5 × 16 KiB is the first read past 64 KiB: nothing after it is read

    declared = {"type": "http", "method": "POST", "headers": [(b"content-length", b"10485760")]}
    reads, sent = 0, []
    await app(declared, receive, send)
    assert sent[0]["status"] == 413 and reads == 0  # refused from Content-Length alone


def test_streamed_body_over_the_limit_under_uvicorn() -> None:
    app = create_webhook_app(ACCESS_SECRET, max_body_size=256 * 1024)
    chunk = b"10000\r\n" + b"x" * 65536 + b"\r\n"  # one 64 KiB chunk of a chunked upload
    with ThreadedUvicorn(app) as server, socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"POST /pandapon/messages HTTP/1.1\r\nHost: receiver\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(5):  # 320 KiB: past the limit, and the upload never ends
            sock.sendall(chunk)
        answer = b""
        while b"body too large" not in answer:
            data = sock.recv(65536)
            assert data, answer
            answer += data
        assert answer.startswith(b"HTTP/1.1 413 ") and b"connection: close" in answer.lower()
        # The receiver closed the connection instead of reading the rest: going on with the upload fails.
        with pytest.raises(OSError):
            for _ in range(2000):
                sock.sendall(chunk)
        ok = httpx.post(server.url, content=message_body(1), headers=signed(message_body(1)))
    assert ok.status_code == 200


# --- replay protection ----------------------------------------------------------------------------------------


async def test_replay_tolerance_is_off_by_default_and_refuses_stale_or_missing_timestamps() -> None:
    old = message_body(1, timestamp=1715669977082)  # May 2024
    assert (await _push(create_webhook_app(ACCESS_SECRET), old)).status_code == 200  # off by default

    strict = create_webhook_app(ACCESS_SECRET, replay_tolerance=3 * 3600)
    stale = await _push(strict, old)
    assert stale.status_code == 400 and "tolerance 10800 s" in stale.json()["error"]
    fresh = message_body(2, timestamp=int(time.time() * 1000) - 2 * 3600 * 1000)  # a retry 2 h later
    assert (await _push(strict, fresh)).status_code == 200
    future = message_body(3, timestamp=int((time.time() + 4 * 3600) * 1000))
    assert (await _push(strict, future)).status_code == 400
    untimed = json.dumps({"messageType": TAOBAO, "messageBody": {}}).encode()
    response = await _push(strict, untimed)
    assert response.status_code == 400 and "no epoch-milliseconds timestamp" in response.json()["error"]

    message = parse_verified_message(old)
    with pytest.raises(StaleMessageError):
        check_freshness(message, 60, now=1715669977.082 + 61)
    check_freshness(message, 60, now=1715669977.082 + 59)
    assert issubclass(StaleMessageError, MessageFormatError)


# --- repeated deliveries: the idempotency key --------------------------------------------------------------------


def test_idempotency_key_ignores_the_push_timestamp_and_the_body_encoding() -> None:
    original = parse_verified_message(message_body(1))
    same_bytes = parse_verified_message(message_body(1))
    restamped = parse_verified_message(message_body(1, timestamp=1715669977082 + 1800_000))
    as_string = parse_verified_message(message_body(1, as_string=True))
    reordered = parse_verified_message(
        json.dumps(
            {
                "timestamp": "1",
                "messagePlatform": "0",
                "messageBody": {"subOrders": [{"quantity": 1, "purchase_order_outer_id": "1"}], "salesOrderId": "1"},
                "messageType": TAOBAO,
            }
        ).encode()
    )
    other_order = parse_verified_message(message_body(2))
    keys = {m.idempotency_key for m in (original, same_bytes, restamped, as_string, reordered)}
    assert len(keys) == 1 and len(original.idempotency_key) == 64
    assert other_order.idempotency_key not in keys
    assert original.message_id == same_bytes.message_id != restamped.message_id  # message_id is the exact bytes


# --- a hanging handler: the answer still goes out within the budget ------------------------------------------


@pytest.mark.parametrize(("background", "status"), [(True, 200), (False, 503)])
async def test_hanging_handler_is_answered_within_the_ack_budget(background: bool, status: int) -> None:
    cancelled = asyncio.Event()

    async def hangs(message: WebhookMessage) -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    app = create_webhook_app(ACCESS_SECRET, handlers={"*": hangs}, ack_timeout=0.3, background=background)
    started = time.perf_counter()
    response = await _push(app, message_body(1))
    elapsed = time.perf_counter() - started
    assert response.status_code == status
    assert elapsed < 1.0  # PandaPon's budget; the window itself is 0.3 s
    if background:
        assert app.pending == 1  # carries on after the 200
        await app.drain(timeout=0.05)
        assert app.pending == 1
    else:
        await asyncio.wait_for(cancelled.wait(), 1)  # cancelled: the 503 makes PandaPon push it again
        assert response.json()["error"] == "handler did not finish in time"


async def test_inbox_answer_does_not_wait_for_a_hanging_handler() -> None:
    from pandapon_async import MemoryInbox

    async def hangs(message: WebhookMessage) -> None:
        await asyncio.sleep(3600)

    app = create_webhook_app(ACCESS_SECRET, handlers={"*": hangs}, inbox=MemoryInbox())
    async with app.running():
        started = time.perf_counter()
        response = await _push(app, message_body(1))
        elapsed = time.perf_counter() - started
        await asyncio.sleep(0.05)
        assert (await app.counts()).in_flight == 1
        assert app.workers is not None
        await app.workers.stop(timeout=0.05)  # cancelled; the message stays claimed, to be taken again
    assert response.status_code == 200 and elapsed < 0.5


# --- a verified body is not verified twice -------------------------------------------------------------------


async def test_verification_happens_once_per_delivery(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandapon_async.webhooks._messages as messages
    from pandapon_async import MemoryInbox

    calls: list[bytes] = []
    real = messages.verify_signature

    def counting(body: bytes, authorization: str, secret: str) -> bool:
        calls.append(body)
        return real(body, authorization, secret)

    monkeypatch.setattr(messages, "verify_signature", counting)
    body = message_body(5)
    assert parse_verified_message(body) == parse_message(body, signed(body), ACCESS_SECRET)
    assert calls == [body]  # parse_message verified once; parse_verified_message did not

    calls.clear()
    handled: list[WebhookMessage] = []
    app = create_webhook_app(ACCESS_SECRET, handlers={"*": handled.append}, inbox=MemoryInbox())
    async with app.running():
        assert (await _push(app, body)).status_code == 200
        for _ in range(200):
            if handled:
                break
            await asyncio.sleep(0.01)
    assert len(handled) == 1 and calls == [body]  # the worker parsed the stored body without verifying again
