"""The embedded mock server: every operation answers and parses, authentication and validation errors come back
as envelopes, the cart → order scenario keeps state, it serves on loopback and pushes signed callbacks."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import re
import socket
import subprocess
import sys
import time
import typing
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from pandapon_async import PandaPonAPIError, PandaPonClient, SigningInput, md5_signer
from pandapon_async._signing import new_nonce, timestamp_ms
from pandapon_async._spec import build_operations
from pandapon_async._spec import operation_name as snake_case
from pandapon_async.generated._operations import OPERATIONS
from pandapon_async.generated.api.alibaba_cart import (
    alibaba_create_order_from_cart,
    alibaba_list_cart,
    alibaba_preview_cart_order,
)
from pandapon_async.generated.api.alibaba_order import (
    alibaba_cancel_order,
    alibaba_get_order_detail,
    alibaba_list_orders,
)
from pandapon_async.generated.api.taobao_cart import taobao_add_cart_item
from pandapon_async.generated.models import (
    AlibabaCartCreateOrderRequest,
    AlibabaCartPreviewOrderRequest,
    AlibabaOrderCancelRequest,
    AlibabaOrderDetailRequest,
    AlibabaOrderListRequest,
    TaobaoAddCartItemRequest,
)
from pandapon_async.mock import (
    DEMO_ACCESS_KEY,
    DEMO_ACCESS_SECRET,
    DEMO_USER_ID,
    MOCK_BASE_URL,
    MockErrorCode,
    MockState,
    OrderLine,
    SpecOperation,
    create_mock_app,
    load_spec,
    mock_client,
    push_callback,
)

from .conftest import ROOT

SPEC = load_spec()
SPEC_OPERATIONS = build_operations(SPEC)
_REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:test:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def _matches_schema(pointer: str, value: Any) -> list[str]:
    validator = Draft202012Validator({"$ref": "urn:test:spec" + pointer}, registry=_REGISTRY)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def _seed_example_ids(state: MockState) -> None:
    """Cart entries and orders with the ids the spec's request examples use, so stateful operations succeed."""
    for entry_id in (0, 75, 76):
        state.add_to_cart(entry_id=entry_id, title=f"entry {entry_id}", quantity=1, price=100, shop_id="s1")
    for order_id in (2019601741959504495, 2542285634920880794):
        state.create_order(platform="1688", lines=[OrderLine(title="seed", quantity=1, price=1)], order_id=order_id)


def _module_for(op: SpecOperation) -> Any:
    operation = OPERATIONS[op.name]
    return importlib.import_module(f"pandapon_async.generated.api.{operation.tag.replace('.', '_')}.{op.name}")


def _call_kwargs(module: Any, op: SpecOperation) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.asyncio_detailed).parameters.items():
        if name == "client":
            continue
        if name == "body":
            candidates = [parameter.annotation, *typing.get_args(parameter.annotation)]
            model = next(c for c in candidates if hasattr(c, "from_dict"))
            kwargs["body"] = model.from_dict(op.body_example or {})
        else:
            spec_parameter = next(p for p in op.parameters if snake_case(p.name) == name)
            kwargs[name] = spec_parameter.example or "1"
    return kwargs


def test_every_operation_of_the_spec_has_a_generated_function() -> None:
    assert len(SPEC_OPERATIONS) == len(OPERATIONS)
    assert {op.name for op in SPEC_OPERATIONS} == set(OPERATIONS)


@pytest.mark.parametrize("op", SPEC_OPERATIONS, ids=lambda op: op.name)
async def test_every_operation_is_callable_against_the_mock_and_parses(op: SpecOperation) -> None:
    state = MockState()
    _seed_example_ids(state)
    module = _module_for(op)
    async with mock_client(state=state) as client:
        response = await module.asyncio_detailed(client=client, **_call_kwargs(module, op))
    body = json.loads(response.content)
    assert body["code"] in (200, 0), body
    assert len(body["requestId"]) == 32
    assert _matches_schema(op.response_pointer, body) == []
    returned = typing.get_type_hints(module.asyncio)["return"]
    assert isinstance(response.parsed, returned)


# -- authentication ------------------------------------------------------------------------------------


def _headers(
    path: str, *, method: str = "GET", timestamp: str | None = None, nonce: str | None = None
) -> dict[str, str]:
    timestamp = timestamp or timestamp_ms()
    nonce = nonce or new_nonce()
    signing = SigningInput(DEMO_ACCESS_KEY, timestamp, nonce, DEMO_USER_ID, method, path)
    return {
        "access-key": DEMO_ACCESS_KEY,
        "timestamp": timestamp,
        "nonce-str": nonce,
        "user-id": DEMO_USER_ID,
        "signature": md5_signer(signing, DEMO_ACCESS_SECRET),
    }


def _raw_client(**app_options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=MOCK_BASE_URL, transport=httpx.ASGITransport(app=create_mock_app(**app_options)))


async def test_bad_signature_is_an_envelope_error_that_never_echoes_the_secret() -> None:
    app = create_mock_app()
    wrong = "not-the-secret-0123456789"
    async with PandaPonClient(
        DEMO_ACCESS_KEY, wrong, DEMO_USER_ID, base_url=MOCK_BASE_URL, transport=httpx.ASGITransport(app=app)
    ) as client:
        with pytest.raises(PandaPonAPIError) as caught:
            await alibaba_list_cart.asyncio(client=client)
    assert caught.value.code == MockErrorCode.AUTHENTICATION_FAILED == 401
    assert caught.value.status_code == 200
    assert "signature does not match" in (caught.value.msg or "")
    assert wrong not in str(caught.value) and DEMO_ACCESS_SECRET not in str(caught.value)


async def test_missing_headers_and_unknown_access_key_are_named() -> None:
    async with _raw_client() as http:
        missing = (await http.get("/v2/alibaba/cart/list", headers={"access-key": DEMO_ACCESS_KEY})).json()
        headers = _headers("/v2/alibaba/cart/list") | {"access-key": "someone-else"}
        unknown = (await http.get("/v2/alibaba/cart/list", headers=headers)).json()
    assert (
        missing["code"] == 401 and missing["msg"] == "missing system headers: timestamp, nonce-str, user-id, signature"
    )
    assert missing["data"] is None and missing["requestId"]
    assert unknown["code"] == 401 and "unknown access-key" in unknown["msg"]


async def test_stale_timestamp_is_rejected() -> None:
    stale = str(int((time.time() - 601) * 1000))
    async with _raw_client() as http:
        body = (
            await http.get("/v2/alibaba/cart/list", headers=_headers("/v2/alibaba/cart/list", timestamp=stale))
        ).json()
    assert body["code"] == MockErrorCode.STALE_TIMESTAMP == 408
    assert re.fullmatch(r"timestamp is 60\d s away from the server clock \(allowed: 600 s\)", body["msg"])
    # the same through the client, with the mock's clock 11 minutes ahead
    async with mock_client(app=create_mock_app(clock=lambda: time.time() + 660)) as client:
        with pytest.raises(PandaPonAPIError) as caught:
            await alibaba_list_cart.asyncio(client=client)
    assert caught.value.code == 408


async def test_reused_nonce_is_rejected() -> None:
    headers = _headers("/v2/alibaba/cart/list")
    async with _raw_client() as http:
        first = (await http.get("/v2/alibaba/cart/list", headers=headers)).json()
        second = (await http.get("/v2/alibaba/cart/list", headers=headers)).json()
    assert first["code"] == 0  # the documented example's success code for this endpoint
    assert second["code"] == MockErrorCode.NONCE_REUSED == 409
    assert "nonce-str was already used" in second["msg"]


async def test_warehouse_operation_needs_the_signed_query() -> None:
    path = "/open/pp/logistics/orderRenderFreight"
    async with _raw_client() as http:
        body = (await http.post(path, headers=_headers(path, method="POST"), json={})).json()
    assert body["code"] == 401 and "query parameters timestamp and sign" in body["msg"]


async def test_the_secret_and_the_signer_are_configurable() -> None:
    def sha_signer(signing: SigningInput, secret: str) -> str:
        import hashlib

        return hashlib.sha256(
            f"{signing.access_key}{signing.nonce_str}{signing.timestamp}{secret}".encode()
        ).hexdigest()

    app = create_mock_app(access_key="k" * 10, access_secret="s3cret-for-test", signer=sha_signer)
    transport = httpx.ASGITransport(app=app)
    async with PandaPonClient(
        "k" * 10, "s3cret-for-test", "u1", base_url=MOCK_BASE_URL, transport=transport, signer=sha_signer
    ) as ok:
        assert (await alibaba_list_cart.asyncio(client=ok)).code == 0
    async with PandaPonClient("k" * 10, "s3cret-for-test", "u1", base_url=MOCK_BASE_URL, transport=transport) as md5:
        with pytest.raises(PandaPonAPIError) as caught:
            await alibaba_list_cart.asyncio(client=md5)
    assert caught.value.code == 401


# -- routing and validation ----------------------------------------------------------------------------


async def test_invalid_body_is_rejected_naming_the_fields() -> None:
    async with mock_client() as client:
        with pytest.raises(PandaPonAPIError) as caught:
            await client.request("POST", "/alibaba/order/cancel", json={"webSite": 1688, "orderId": "x"})
        assert caught.value.code == MockErrorCode.INVALID_REQUEST == 400
        msg = caught.value.msg or ""
        assert msg.startswith("invalid request body: ")
        assert "'cancelReason' is a required property" in msg and "at body.webSite: 1688 is not of type 'string'" in msg

        with pytest.raises(PandaPonAPIError) as not_json:
            await client.request("POST", "/alibaba/order/detail", json=None)
        assert not_json.value.code == 400 and "request body is required" in (not_json.value.msg or "")

        order = {"purchaseAmount": 400, "receiver": "{not json", "orderLineList": "[]"}
        with pytest.raises(PandaPonAPIError) as encoded:
            await client.request("POST", "/open/order", json=order)
        assert encoded.value.code == 400 and "at body.receiver: must be JSON encoded inside the string" in (
            encoded.value.msg or ""
        )


async def test_query_parameters_unknown_routes_and_methods() -> None:
    async with mock_client() as client:
        with pytest.raises(PandaPonAPIError) as missing:
            await client.request("GET", "/open/order/refund/query")
        assert missing.value.code == 400 and missing.value.msg == "missing required query parameter refundId"
        with pytest.raises(PandaPonAPIError) as unknown:
            await client.request("POST", "/open/order/detail")
        assert unknown.value.code == MockErrorCode.NOT_FOUND == 404
        assert "no operation at POST /open/order/detail" in (unknown.value.msg or "")
        with pytest.raises(PandaPonAPIError) as method:
            await client.request("POST", "/open/product/get")
        assert method.value.code == 405 and "the spec has GET" in (method.value.msg or "")
        refund = await client.request("GET", "/open/order/refund/cancel/110000235001")  # a {refundId} template
        assert refund["data"]["cancelSuccess"] is True


# -- the cart → order scenario ---------------------------------------------------------------------------

ADDRESS = {
    "fullName": "测试",
    "mobile": "18720122943",
    "cityText": "杭州市",
    "provinceText": "浙江省",
    "address": "测试地址",
}


async def test_cart_to_order_scenario_keeps_state() -> None:
    state = MockState()
    app = create_mock_app(state=state)
    async with mock_client(app=app) as client:
        item = {"mpId": "26", "mpSkuId": "65", "itemId": 672991141190, "skuId": "85", "itemTitle": "钱包"}
        await taobao_add_cart_item.asyncio(
            client=client,
            body=TaobaoAddCartItemRequest.from_dict(
                item | {"price": 689, "quantity": 2, "shopId": 42, "shopName": "店"}
            ),
        )
        cart = await alibaba_list_cart.asyncio(client=client)
        assert cart.data and cart.data.enable_list
        (shop,) = cart.data.enable_list
        assert shop.seller_nick_name == "店"
        (entry,) = shop.cart_item_infos or []
        assert (entry.item_title, entry.quantity, entry.price) == ("钱包", 2, 689)

        preview = await alibaba_preview_cart_order.asyncio(
            client=client,
            body=AlibabaCartPreviewOrderRequest.from_dict({"cartIds": [entry.id], "addressParam": ADDRESS}),
        )
        assert preview.data["orderPreviewResuslt"][0]["sumPayment"] == 1378

        created = await alibaba_create_order_from_cart.asyncio(
            client=client,
            body=AlibabaCartCreateOrderRequest.from_dict(
                {"flow": "general", "cartIds": [entry.id], "addressParam": ADDRESS}
            ),
        )
        order_id = created.data["orderId"]
        assert int(order_id) > 2**53 and created.data["totalSuccessAmount"] == 1378
        assert not state.cart  # ordered entries leave the cart

        listed = await alibaba_list_orders.asyncio(client=client, body=AlibabaOrderListRequest())
        assert [o["baseInfo"]["id"] for o in listed.data["data"]] == [order_id]

        detail_request = AlibabaOrderDetailRequest(web_site="1688", order_id=order_id)
        detail = await alibaba_get_order_detail.asyncio(client=client, body=detail_request)
        assert detail.data and detail.data["baseInfo"]["status"] == "waitbuyerpay"
        assert detail.data["nativeLogistics"]["contactPerson"] == "测试"

        cancel = AlibabaOrderCancelRequest(web_site="1688", order_id=int(order_id), cancel_reason="不想要了")
        assert (await alibaba_cancel_order.asyncio(client=client, body=cancel)).data is True
        detail = await alibaba_get_order_detail.asyncio(client=client, body=detail_request)
        assert detail.data and detail.data["baseInfo"]["status"] == "cancel"
        with pytest.raises(PandaPonAPIError) as again:
            await alibaba_cancel_order.asyncio(client=client, body=cancel)
        assert again.value.code == MockErrorCode.BUSINESS_RULE == 422 and "is cancel" in (again.value.msg or "")

        with pytest.raises(PandaPonAPIError) as unknown:
            await alibaba_get_order_detail.asyncio(
                client=client, body=AlibabaOrderDetailRequest(web_site="1688", order_id="1")
            )
        assert unknown.value.code == 422 and unknown.value.msg == "order 1 not found"

    async with httpx.AsyncClient(base_url=MOCK_BASE_URL, transport=httpx.ASGITransport(app=app)) as http:
        assert (await http.get("/_mock/state")).json()["orders"][0]["status"] == "cancel"
        assert (await http.post("/_mock/reset")).json() == {"reset": True}
    assert not state.orders


# -- loopback server, callbacks, import isolation -----------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def test_serves_on_loopback_with_python_dash_m() -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "pandapon_async.mock", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        async with PandaPonClient(
            DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, base_url=f"http://127.0.0.1:{port}"
        ) as client:
            for _ in range(100):
                try:
                    cart = await alibaba_list_cart.asyncio(client=client.with_options(max_retries=0))
                    break
                except Exception:
                    await asyncio.sleep(0.1)
            else:
                pytest.fail("the mock server did not start")
        assert cart.data is not None
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=10)
    log = stderr.decode()
    assert f"PandaPon mock server on http://127.0.0.1:{port}" in log
    assert "GET /v2/alibaba/cart/list -> code 0 (alibaba_list_cart)" in log


async def test_push_callback_signs_the_body() -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from pandapon_async.webhooks import verify_signature

    received: list[tuple[bytes, str]] = []

    async def receive(request: Request) -> Response:
        received.append((await request.body(), request.headers["authorization"]))
        return Response(status_code=200)

    receiver = Starlette(routes=[Route("/hook", receive, methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://receiver") as http:
        response = await push_callback("http://receiver/hook", secret="pp-test-secret-0123456789abcdef", client=http)
    assert response.status_code == 200
    ((body, authorization),) = received
    assert verify_signature(body, authorization, "pp-test-secret-0123456789abcdef")
    assert authorization == authorization.upper() and len(authorization) == 64
    message = json.loads(body)
    assert message["messageType"] == "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY" and message["messagePlatform"] == 0


def test_importing_the_package_does_not_import_the_optional_extras() -> None:
    # (rich is left out: httpx itself imports it for its own command line when rich and click are installed)
    extras = "('starlette', 'typer', 'uvicorn', 'jsonschema')"
    code = f"import sys, pandapon_async; print(sorted(m for m in {extras} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
