"""Pending entries (documented, path not public) through the namespaces: refused without a path, signed calls
through client.request with one, the path surviving copy()/with_options."""

from __future__ import annotations

import inspect
import json
import re

import pytest
import respx

from pandapon_async import ConfigurationError, InternalServerError, PandaPonClient, SigningInput, _spec, md5_signer

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope

SPEC = _spec.packaged_spec()
PENDING = _spec.pending_entries(SPEC)


def _client(**options: object) -> PandaPonClient:
    return PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, **options)  # type: ignore[arg-type]


def test_every_pending_entry_is_a_documented_namespace_method() -> None:
    assert len(PENDING) == 28
    client = _client()
    for entry in PENDING:
        namespace = _spec.namespace_of_group(SPEC, entry["group"])
        node: object = client
        for part in namespace.split("."):
            node = getattr(node, part)
        method = getattr(node, entry["x-pandapon-method"])
        doc = " ".join((inspect.getdoc(method) or "").split())
        assert "pending, its path is not public" in doc and entry["key"] in doc, entry["key"]
    assert callable(client.taobao.orders.get_detail) and callable(client.alibaba.marketing.get_hot_list)


async def test_without_a_path_the_call_is_refused_and_says_how_to_supply_it(api: respx.MockRouter) -> None:
    route = api.route().respond(json=envelope())
    async with _client() as client:
        with pytest.raises(ConfigurationError) as raised:
            await client.taobao.orders.get_detail(params={"orderId": "123"})
    assert str(raised.value) == (
        "taobao.order.detail (Get the order details according to the order ID) has no public path: PandaPon's "
        "documentation does not show it, and the client does not guess one. If your console shows it, supply it: "
        "PandaPonClient(pending_paths={'taobao.order.detail': 'GET /path/from/your/console'})"
    )
    assert route.call_count == 0


async def test_with_a_path_it_sends_a_signed_call_and_returns_the_envelope(api: respx.MockRouter) -> None:
    route = api.get("/open/order/detail").respond(json=envelope({"orderId": "123", "status": "paid"}))
    async with _client(pending_paths={"taobao.order.detail": "GET /open/order/detail"}) as client:
        result = await client.taobao.orders.get_detail(params={"orderId": "123", "skip": None})
    assert result == envelope({"orderId": "123", "status": "paid"})
    request = route.calls.last.request
    assert (request.method, request.url.path, request.url.query) == ("GET", "/open/order/detail", b"orderId=123")
    headers = request.headers
    assert headers["access-key"] == ACCESS_KEY and headers["user-id"] == USER_ID
    expected = md5_signer(
        SigningInput(ACCESS_KEY, headers["timestamp"], headers["nonce-str"], USER_ID, "GET", "/open/order/detail"),
        ACCESS_SECRET,
    )
    assert headers["signature"] == expected


async def test_a_post_entry_sends_its_json_body_and_is_not_retried(api: respx.MockRouter) -> None:
    route = api.post("/open/x/cancel").respond(500, text="busy")
    async with _client(pending_paths={"taobao.order.cancel": "/open/x/cancel"}) as client:  # method from the docs
        with pytest.raises(InternalServerError):
            await client.taobao.orders.cancel(json={"orderId": "9"})
    assert route.call_count == 1
    assert json.loads(route.calls.last.request.content) == {"orderId": "9"}
    assert route.calls.last.request.headers["content-type"] == "application/json"


async def test_the_paths_survive_copy_and_with_options(api: respx.MockRouter) -> None:
    route = api.post("/open/cart/remove").respond(json=envelope(True))
    client = _client(pending_paths={"1688.cart.delete": "post /open/cart/remove"})
    clone = client.with_options(timeout=3).copy(max_retries=0)
    assert clone._pending_paths == {"1688.cart.delete": "POST /open/cart/remove"}
    assert (await clone.alibaba.cart.delete(json={"cartIds": [1]}))["data"] is True
    assert route.call_count == 1
    await client.aclose()


@pytest.mark.parametrize(
    ("pending_paths", "message"),
    [
        ({"taobao.order.detial": "GET /x"}, "'taobao.order.detial' is not a pending entry of the spec"),
        ({"taobao.aftersales.refund_query": "GET /x"}, "is not a pending entry of the spec"),  # documented, not pending
        ({"taobao.order.detail": "open/order/detail"}, "must be 'METHOD /path'"),
        ({"taobao.order.detail": 5}, "must be 'METHOD /path'"),
        ({"1688.cart.add": "/open/cart/add"}, "the docs show no method for 1688.cart.add, so give one"),
        (["taobao.order.detail"], "pending_paths must map pending keys"),
    ],
)
def test_bad_pending_paths_are_refused_with_a_clear_error(pending_paths: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        _client(pending_paths=pending_paths)
