"""Refused at the door: bad configuration and arguments raise a typed error naming them, before anything is sent."""

from __future__ import annotations

import asyncio
import math
import threading
from typing import Any

import httpx
import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from pandapon_async import (
    ClientStateError,
    ConfigurationError,
    InvalidArgumentError,
    PandaPonClient,
    PandaPonError,
    __version__,
)
from pandapon_async._request import encode_query
from pandapon_async.generated.api.alibaba_order import alibaba_cancel_order
from pandapon_async.generated.api.taobao_aftersales import taobao_cancel_refund, taobao_get_refund
from pandapon_async.generated.models import AlibabaOrderCancelRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import loopback_server

CREDENTIALS = (ACCESS_KEY, ACCESS_SECRET, USER_ID)

# -- configuration ---------------------------------------------------------------------------------------------

BAD_CONFIGURATION: dict[str, tuple[dict[str, Any], str]] = {
    "newline in the access key": ({"access_key": "ak\r\nX-Injected: 1"}, "access_key"),
    "non-ASCII access key": ({"access_key": "ключ-доступа"}, "access_key"),
    "int access key": ({"access_key": 1234}, "access_key"),
    "bytes secret": ({"access_secret": b"secret"}, "access_secret"),
    "space in the secret": ({"access_secret": "two words"}, "access_secret"),
    "list user id": ({"user_id": ["1"]}, "user_id"),
    "bool user id": ({"user_id": True}, "user_id"),
    "newline in a default header": ({"headers": {"X-Trace": "a\nb"}}, "headers"),
    "bad header name": ({"headers": {"X Trace": "a"}}, "headers"),
    "NaN timeout": ({"timeout": float("nan")}, "timeout"),
    "infinite timeout": ({"timeout": math.inf}, "timeout"),
    "negative connect timeout": ({"connect_timeout": -1}, "connect_timeout"),
    "port 99999": ({"base_url": "https://api.pandapon.com:99999"}, "base_url"),
    "no scheme": ({"base_url": "api.pandapon.com"}, "base_url"),
    "ftp scheme": ({"base_url": "ftp://api.pandapon.com"}, "base_url"),
    "query in the base URL": ({"base_url": "https://api.pandapon.com/?x=1"}, "base_url"),
    "negative max_retries": ({"max_retries": -1}, "max_retries"),
    "bool max_retries": ({"max_retries": True}, "max_retries"),
    "unknown backend": ({"http_backend": "curl"}, "http_backend"),
    "zero connections": ({"limits": httpx.Limits(max_connections=0)}, "max_connections"),
}


@pytest.mark.parametrize("case", list(BAD_CONFIGURATION))
def test_bad_configuration_is_refused_by_the_constructor_naming_the_argument(case: str) -> None:
    overrides, argument = BAD_CONFIGURATION[case]
    arguments: dict[str, Any] = {"access_key": ACCESS_KEY, "access_secret": ACCESS_SECRET, "user_id": USER_ID}
    arguments.update(overrides)
    with pytest.raises(ConfigurationError) as info:
        PandaPonClient(**arguments)
    assert argument in str(info.value)
    assert ACCESS_SECRET not in str(info.value)
    if case in ("bytes secret", "space in the secret"):
        assert "secret" not in str(info.value).split(":", 1)[-1].replace("access_secret", "")


def test_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", "ak\nbad")
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", ACCESS_SECRET)
    monkeypatch.setenv("PANDAPON_USER_ID", USER_ID)
    with pytest.raises(ConfigurationError, match="PANDAPON_ACCESS_KEY"):
        PandaPonClient()
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("PANDAPON_BASE_URL", "localhost:8000")
    with pytest.raises(ConfigurationError, match="PANDAPON_BASE_URL"):
        PandaPonClient()


# -- path parameters -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "segment"),
    [("../../x", "..%2F..%2Fx"), (".", "%2E"), ("..", "%2E%2E"), ("a/b", "a%2Fb"), ("a?b", "a%3Fb"), ("a#b", "a%23b"),
     ("a b", "a%20b"), ("退款", "%E9%80%80%E6%AC%BE"), (110002687818, "110002687818")],
)  # fmt: skip
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_path_parameter_is_one_encoded_segment(value: Any, segment: str, backend: str) -> None:
    async with (
        loopback_server() as server,
        PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend) as client,
    ):
        await taobao_cancel_refund.asyncio(value, client=client)
    assert [r.target for r in server.requests] == [f"/open/order/refund/cancel/{segment}"]


@pytest.mark.parametrize("value", ["", None])
async def test_an_empty_or_none_path_parameter_is_refused_before_sending(value: Any) -> None:
    async with (
        loopback_server() as server,
        PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url) as c,
    ):
        with pytest.raises(InvalidArgumentError, match="refund_id") as info:
            await taobao_cancel_refund.asyncio(value, client=c)
    assert info.value.argument == "refund_id"
    assert server.count == 0


# -- arguments ---------------------------------------------------------------------------------------------------


async def test_arguments_that_cannot_be_sent_raise_typed_errors_before_sending() -> None:
    async with loopback_server() as server:
        client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url)
        async with client:
            for body in ({"orderId": "1"}, None):
                with pytest.raises(InvalidArgumentError, match="body must be the operation's request model"):
                    await alibaba_cancel_order.asyncio(client=client, body=body)  # type: ignore[arg-type]
            with pytest.raises(InvalidArgumentError, match="refund_id"):
                await taobao_get_refund.asyncio(client=client, refund_id="\udc80")
            with pytest.raises(InvalidArgumentError, match="'refund_id'"):
                await taobao_get_refund.asyncio(client=client, refund_id="9" * 9000)
            request = AlibabaOrderCancelRequest.from_dict({"orderId": "1", "webSite": "1688", "cancelReason": "x"})
            request.additional_properties["weight"] = float("nan")
            with pytest.raises(InvalidArgumentError, match="NaN or infinity"):
                await alibaba_cancel_order.asyncio(client=client, body=request)
            request.additional_properties["weight"] = "\ud800"
            with pytest.raises(InvalidArgumentError, match="lone surrogate"):
                await alibaba_cancel_order.asyncio(client=client, body=request)
            with pytest.raises(InvalidArgumentError, match="path"):
                await client.request("GET", "/open/x y")
    assert server.count == 0


async def test_a_closed_client_says_so() -> None:
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    await client.aclose()
    with pytest.raises(ClientStateError, match="closed"):
        await taobao_get_refund.asyncio(client=client, refund_id="1")


async def test_a_client_used_from_a_second_event_loop_says_so() -> None:
    async with loopback_server() as server:
        client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend="aiohttp")
        await client.request("GET", "/open/x")
        errors: list[BaseException] = []

        def other_loop() -> None:
            try:
                asyncio.run(client.request("GET", "/open/x"))
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=other_loop)
        thread.start()
        thread.join(10)
        await client.aclose()
    assert len(errors) == 1 and isinstance(errors[0], ClientStateError)
    assert "event loop" in str(errors[0])
    assert server.count == 1


async def test_requests_name_the_package_and_version() -> None:
    async with loopback_server() as server:
        for backend in BACKENDS:
            async with PandaPonClient(
                ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend
            ) as client:
                await client.request("GET", "/open/x")
    assert [r.header("user-agent") for r in server.requests] == [f"pandapon-async/{__version__}"] * len(BACKENDS)


# -- the query encoding is httpx's -----------------------------------------------------------------------------

scalars = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20), st.integers(), st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8),
                       st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=5))  # fmt: skip
def test_the_query_is_encoded_as_httpx_encodes_params(params: dict[str, Any]) -> None:
    expected = httpx.Request("GET", "http://h/p", params=params).url.query.decode()
    assert encode_query(params) == expected


def test_every_door_error_is_a_pandapon_error() -> None:
    assert issubclass(InvalidArgumentError, PandaPonError) and issubclass(InvalidArgumentError, ValueError)
    assert issubclass(ClientStateError, PandaPonError) and issubclass(ClientStateError, RuntimeError)


# -- proxies ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
async def test_both_backends_honour_proxy_settings(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    async with loopback_server() as proxy, loopback_server() as origin:
        target = "http://api.pandapon.example"
        # From the environment: the request goes to the proxy, in absolute form.
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with PandaPonClient(*CREDENTIALS, base_url=target, http_backend=backend) as client:
            await client.request("GET", "/open/x", params={"a": "1"})
        assert [r.target for r in proxy.requests] == [f"{target}/open/x?a=1"]
        # NO_PROXY sends straight to the origin.
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with PandaPonClient(*CREDENTIALS, base_url=origin.url, http_backend=backend) as client:
            await client.request("GET", "/open/y")
        assert [r.target for r in origin.requests] == ["/open/y"] and proxy.count == 1
        # An explicit proxy= wins over the environment.
        monkeypatch.delenv("HTTP_PROXY")
        async with PandaPonClient(*CREDENTIALS, base_url=target, http_backend=backend, proxy=proxy.url) as client:
            await client.request("GET", "/open/z")
        assert proxy.requests[-1].target == f"{target}/open/z"


def test_a_bad_proxy_url_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="proxy"):
        PandaPonClient(*CREDENTIALS, proxy="not a url")
