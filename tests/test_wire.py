"""Both backends put the same request on the wire: every operation of the spec, and raw calls, byte for byte.

One loopback server records the raw requests; the clock and the nonce are fixed, so two sends of the same call
must agree in method, request target, headers (names compared case-insensitively, order ignored, as HTTP
allows) and body bytes.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import pandapon_async.generated.api as api_package
from pandapon_async import PandaPonClient
from pandapon_async._spec import SpecOperation, operation_name, packaged_operations

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import RawRequest, loopback_server

FIXED_TIMESTAMP = "1715669977082"
FIXED_NONCE = "Wm3WZYTPz0wzccnWjgc9XLJUv5Zy7SvJ"


@pytest.fixture(autouse=True)
def _fixed_clock_and_nonce(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pandapon_async._signing.timestamp_ms", lambda: FIXED_TIMESTAMP)
    monkeypatch.setattr("pandapon_async._signing.new_nonce", lambda: FIXED_NONCE)


def _modules() -> dict[str, Any]:
    found = {}
    for group in pkgutil.iter_modules(api_package.__path__):
        package = importlib.import_module(f"{api_package.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = importlib.import_module(f"{package.__name__}.{module.name}")
    return found


MODULES = _modules()
OPERATIONS = packaged_operations()


def example_arguments(operation: SpecOperation) -> dict[str, Any]:
    """Keyword arguments for the operation's function, from the spec's parameter and body examples."""
    module = MODULES[operation.name]
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        value = parameter.example
        if value is None:
            value = {"integer": 7, "boolean": True}.get(parameter.schema.get("type", ""), "x-1")
        arguments[operation_name(parameter.name)] = value
    if operation.body_pointer is not None:
        model_class = module._get_kwargs.__annotations__["body"]
        # An optional body is annotated `Model | Unset`: take the model.
        model_class = next(t for t in (*typing.get_args(model_class), model_class) if hasattr(t, "from_dict"))
        arguments["body"] = model_class.from_dict(operation.body_example or {})
    return arguments


async def record(send: Callable[[PandaPonClient], Awaitable[Any]]) -> list[RawRequest]:
    """The request each backend sends for ``send``, as one server saw them (so ``Host`` is the same too)."""
    async with loopback_server() as server:
        for backend in BACKENDS:
            async with PandaPonClient(
                ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend, max_retries=0
            ) as client:
                await send(client)
    assert server.count == len(BACKENDS)
    return server.requests


def differences(first: RawRequest, *others: RawRequest) -> list[str]:
    """What any of ``others`` sent differently from ``first`` (each difference names the backend's position)."""
    return [f"{BACKENDS[index + 1]}: {found}" for index, other in enumerate(others) for found in _pair(first, other)]


def _pair(first: RawRequest, second: RawRequest) -> list[str]:
    found = []
    for part in ("method", "target", "body"):
        if getattr(first, part) != getattr(second, part):
            found.append(f"{part}: {getattr(first, part)!r} != {getattr(second, part)!r}")
    if first.header_set() != second.header_set():
        found.append(f"headers: {sorted(set(first.header_set()) ^ set(second.header_set()))}")
    return found


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
async def test_every_operation_sends_identical_bytes_on_both_backends(operation: SpecOperation) -> None:
    module = MODULES[operation.name]
    arguments = example_arguments(operation)
    seen = await record(lambda c: module.asyncio(client=c, **arguments))
    assert differences(*seen) == []
    request = seen[0]
    assert request.method == operation.method
    assert request.target.split("?")[0].count("/") == operation.path.count("/")
    assert (request.header("user-agent") or "").startswith("pandapon-async/")
    if operation.signed_query:
        assert f"timestamp={FIXED_TIMESTAMP}&sign=" in request.target


RAW_CALLS: dict[str, tuple[str, str, dict[str, Any] | None, Any, str]] = {
    # name: (method, path, params, json, the request target both must send)
    "query in the path and params": ("GET", "/open/x?y=1", {"z": 2}, None, "/open/x?y=1&z=2"),
    "no leading slash": ("GET", "open/x", {"a": "b"}, None, "/open/x?a=b"),
    "None is left out": ("GET", "/open/x", {"c": None, "d": "1"}, None, "/open/x?d=1"),
    "booleans, lists, unicode": (
        "GET",
        "/open/x",
        {"flag": True, "ids": [1, 2], "q": "连衣裙 a&b=c"},
        None,
        "/open/x?flag=true&ids=1&ids=2&q=%E8%BF%9E%E8%A1%A3%E8%A3%99+a%26b%3Dc",
    ),
    "json body": ("POST", "/alibaba/x", None, {"orderId": 2542285634920881005, "名": "值"}, "/alibaba/x"),
    "empty POST": ("POST", "/alibaba/x", None, None, "/alibaba/x"),
    "warehouse path": (
        "POST",
        "/open/pp/logistics/anything",
        None,
        {"a": 1},
        f"/open/pp/logistics/anything?timestamp={FIXED_TIMESTAMP}&sign=",
    ),
}


@pytest.mark.parametrize("name", list(RAW_CALLS))
async def test_raw_calls_send_identical_bytes_on_both_backends(name: str) -> None:
    method, path, params, body, target = RAW_CALLS[name]
    seen = await record(lambda c: c.request(method, path, params=params, json=body))
    assert differences(*seen) == []
    assert seen[0].target.startswith(target) if target.endswith("sign=") else seen[0].target == target
    if body is not None:
        assert seen[0].header("content-type") == "application/json"
    if method == "POST" and body is None:
        assert seen[0].header("content-length") == "0" and seen[0].body == b""


def test_differences_are_named() -> None:
    first = RawRequest("GET", "/a?x=1", [("Host", "h"), ("Accept", "*/*")], b"")
    second = RawRequest("GET", "/a?x=2", [("host", "h"), ("accept", "*/*"), ("x-extra", "1")], b"")
    found = differences(first, second)
    assert found[0].startswith(f"{BACKENDS[1]}: target:")
    assert "x-extra" in found[1]
    assert differences(first, first, second)[0].startswith(f"{BACKENDS[2]}: target:")
    assert differences(first, RawRequest("GET", "/a?x=1", [("accept", "*/*"), ("HOST", "h")], b"")) == []
