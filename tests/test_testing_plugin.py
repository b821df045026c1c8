"""The `pandapon_mock` pytest plugin, run the way a user's project runs it: a separate pytest process (pytester)
that finds the plugin through the `pytest11` entry point, with a user app that builds its client from the
environment."""

from __future__ import annotations

import textwrap

import pytest

from .conftest import HAS_FAST

pytest_plugins = ["pytester"]

USER_APP = '''
"""The user's application: it builds its client from the environment, as production code does."""
import hmac
import json

from pandapon_async import PandaPonClient
from pandapon_async.generated.api.alibaba_cart import alibaba_create_order_from_cart, alibaba_list_cart
from pandapon_async.generated.api.taobao_cart import taobao_add_cart_item
from pandapon_async.generated.models import AlibabaCartCreateOrderRequest, TaobaoAddCartItemRequest
from pandapon_async.webhooks import sign_body

ADDRESS = {"fullName": "Test", "mobile": "13800000000", "provinceText": "浙江省", "cityText": "杭州市",
           "areaText": "余杭区", "address": "测试地址", "postCode": "311100"}


async def cart_ids() -> list[int]:
    async with PandaPonClient() as client:
        cart = await alibaba_list_cart.asyncio(client=client)
        return [entry.id for shop in cart.data.enable_list for entry in shop.cart_item_infos]


async def order_whole_cart() -> str:
    ids = await cart_ids()
    async with PandaPonClient() as client:
        body = AlibabaCartCreateOrderRequest.from_dict({"flow": "general", "cartIds": ids, "addressParam": ADDRESS})
        created = await alibaba_create_order_from_cart.asyncio(client=client, body=body)
        return created.data["orderId"]


async def add_on_taobao_then_order_on_1688() -> str:
    async with PandaPonClient() as client:
        body = TaobaoAddCartItemRequest(
            item_id=1, sku_id="1", mp_id="1", mp_sku_id="1", item_title="kettle", price=500, quantity=1, shop_id=1
        )
        await taobao_add_cart_item.asyncio(client=client, body=body)
    body = AlibabaCartCreateOrderRequest.from_dict({"flow": "general", "cartIds": [1], "addressParam": ADDRESS})
    async with PandaPonClient() as client:
        return (await alibaba_create_order_from_cart.asyncio(client=client, body=body)).data["orderId"]


received: list[dict] = []


async def webhook_app(scope, receive, send):
    """A minimal ASGI receiver: verifies the HMAC like PandaPon's docs say, answers 200 or 401."""
    import os

    body = b""
    while True:
        event = await receive()
        body += event.get("body", b"")
        if not event.get("more_body"):
            break
    headers = dict(scope["headers"])
    expected = sign_body(body, os.environ["PANDAPON_ACCESS_SECRET"])
    ok = hmac.compare_digest(headers.get(b"authorization", b"").decode(), expected)
    if ok:
        received.append(json.loads(body))
    await send({"type": "http.response.start", "status": 200 if ok else 401, "headers": []})
    await send({"type": "http.response.body", "body": b"success" if ok else b"bad signature"})
'''

USER_TESTS = """
import os

import pytest

from pandapon_async import APIConnectionError, APITimeoutError, PandaPonAPIError, PandaPonClient, RateLimitError

import shop


@pytest.fixture(params=["wreq", "aiohttp", "httpx"])
def backend(request, monkeypatch):
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", request.param)
    return request.param


async def test_the_apps_own_client_reaches_the_mock_on_both_backends(pandapon_mock, backend):
    pandapon_mock.add_to_cart(title="kettle", quantity=2, price=500, shop_id="s1")
    order_id = await shop.order_whole_cart()
    assert [o.status for o in pandapon_mock.state.orders.values()] == ["waitbuyerpay"]
    assert str(next(iter(pandapon_mock.state.orders))) == order_id
    assert pandapon_mock.operations == ["alibaba_list_cart", "alibaba_create_order_from_cart"]
    assert pandapon_mock.calls("1688.cart.create_order")[0].body["cartIds"] == [1]
    assert not pandapon_mock.state.cart


async def test_a_retried_fault_needs_no_backoff_setting(pandapon_mock, backend):
    fault = pandapon_mock.fail("alibaba_list_cart", times=2, status=503)
    assert await shop.cart_ids() == []
    assert (fault.used, fault.remaining) == (2, 0)
    assert [r.status for r in pandapon_mock.calls("alibaba_list_cart")] == [503, 503, 200]
    assert os.environ["PANDAPON_RETRY_MAX_WAIT"] == "0"


async def test_business_error_http_status_drop_and_delay(pandapon_mock, backend):
    pandapon_mock.fail("alibabaListCart", code=4001, msg="cart is locked")
    with pytest.raises(PandaPonAPIError) as business:
        await shop.cart_ids()
    assert (business.value.code, business.value.msg) == (4001, "cart is locked")

    pandapon_mock.fail("alibaba_list_cart", times=3, status=429, headers={"Retry-After": "30"})
    with pytest.raises(RateLimitError) as limited:
        await shop.cart_ids()
    assert limited.value.attempts == 3  # 1 + 2 retries, none of them waited 30 s

    pandapon_mock.add_to_cart(title="kettle", quantity=1, price=500)
    pandapon_mock.fail("alibaba_create_order_from_cart", drop=True)
    with pytest.raises(APIConnectionError) as dropped:
        await shop.order_whole_cart()
    assert dropped.value.attempts == 1 and "not retried" in dropped.value.retry_note
    assert pandapon_mock.calls("alibaba_create_order_from_cart")[0].fault == "dropped connection"
    assert not pandapon_mock.state.orders

    pandapon_mock.fail("alibaba_list_cart", delay=1.0)
    async with PandaPonClient(timeout=0.2, max_retries=0) as client:
        from pandapon_async.generated.api.alibaba_cart import alibaba_list_cart

        with pytest.raises(APITimeoutError):
            await alibaba_list_cart.asyncio(client=client)


async def test_taobao_cart_and_1688_cart_are_separate(pandapon_mock):
    with pytest.raises(PandaPonAPIError) as refused:
        await shop.add_on_taobao_then_order_on_1688()
    assert refused.value.code == 422
    assert "other platform's cart" in refused.value.msg
    assert [e.title for e in pandapon_mock.state.taobao_cart.values()] == ["kettle"]
    assert not pandapon_mock.state.orders


async def test_push_signed_forged_and_odd_callbacks(pandapon_mock):
    answer = await pandapon_mock.push_callback(shop.webhook_app)
    assert (answer.status_code, answer.text) == (200, "success")
    assert shop.received[-1]["messageType"] == "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"

    forged = await pandapon_mock.push_callback(shop.webhook_app, forged=True)
    assert forged.status_code == 401

    odd = await pandapon_mock.push_callback(shop.webhook_app, body={"messageType": "SOMETHING_NEW", "x": [1]})
    assert odd.status_code == 200 and shop.received[-1] == {"messageType": "SOMETHING_NEW", "x": [1]}


def test_every_variable_is_restored_after_a_test():
    assert "PANDAPON_BASE_URL" not in os.environ and "PANDAPON_ACCESS_SECRET" not in os.environ
    assert "PANDAPON_RETRY_MAX_WAIT" not in os.environ


def test_each_test_starts_with_an_empty_mock(pandapon_mock):
    assert pandapon_mock.requests == [] and not pandapon_mock.state.taobao_cart and not pandapon_mock.state.orders
"""


@pytest.fixture
def user_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    for name in ("PANDAPON_HTTP_BACKEND", "PANDAPON_BASE_URL", "PANDAPON_ACCESS_SECRET", "PANDAPON_RETRY_MAX_WAIT"):
        monkeypatch.delenv(name, raising=False)
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(shop=textwrap.dedent(USER_APP))
    pytester.makepyfile(test_shop=textwrap.dedent(USER_TESTS))
    return pytester


def test_the_fixture_works_in_a_users_project(user_project: pytest.Pytester) -> None:
    if HAS_FAST:
        result = user_project.runpytest_subprocess("-p", "no:cacheprovider", "-q")
        result.assert_outcomes(passed=13)
    else:  # a compatibility cell without the optional backends: the user's wreq and aiohttp cases would rightly fail
        result = user_project.runpytest_subprocess("-p", "no:cacheprovider", "-q", "-k", "not aiohttp and not wreq")
        result.assert_outcomes(passed=7, deselected=6)


def test_the_plugin_is_registered_by_the_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_nothing="def test_fixture_exists(pandapon_mock):\n    assert pandapon_mock.url\n")
    result = pytester.runpytest_subprocess("--fixtures", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*pandapon_mock*", "*routed to it*"])


def test_the_examples_of_docs_testing_md_pass(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python example of docs/testing.md, run as a user's test file next to the sample project's `shop`."""
    import re
    import shutil

    from .conftest import ROOT

    monkeypatch.delenv("PANDAPON_HTTP_BACKEND", raising=False)
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "testing.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 3
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    shutil.copytree(ROOT / "examples" / "user_project" / "shop", pytester.path / "shop")
    shutil.copytree(ROOT / "examples" / "user_project" / "tests" / "recorded", pytester.path / "recorded")
    for index, code in enumerate(blocks):
        pytester.makepyfile(**{f"test_docs_{index}": code})
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=5)


def test_without_the_testing_extra_the_fixture_says_what_to_install(pytester: pytest.Pytester) -> None:
    pytester.makeconftest("import sys\nsys.modules['pandapon_async.mock'] = None  # as if starlette were missing\n")
    pytester.makepyfile(test_it="def test_it(pandapon_mock):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*the pandapon_mock fixture needs the testing extra*pandapon-async[[]testing[]]*"])
