"""Contract tests generated from the spec, one per operation and way of calling it (none written by hand).

For every operation of the spec, both its generated function (``module.asyncio(client=...)``) and its method on
the namespaced client (``client.<namespace>.<method>(...)``), called with the spec's example parameters and body,
send exactly the documented method, path, query and body; and the documented example answer parses without loss
(``to_dict()`` of the parsed model equals the example). A spec change that breaks a route or a field fails here.
"""

from __future__ import annotations

import importlib
import inspect
import json
import typing
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
import pytest

from pandapon_async import PandaPonClient
from pandapon_async._spec import (
    Parameter,
    SpecOperation,
    facade_call,
    iter_operations,
    packaged_operations,
    packaged_spec,
)
from pandapon_async._spec import operation_name as snake_case
from pandapon_async.generated._operations import OPERATIONS

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID

OPS = packaged_operations()
WAYS = ["function", "namespace"]
_FACADE = {op["operationId"]: facade_call(packaged_spec(), op) for _, _, op in iter_operations(packaged_spec())}


def _callable(op: SpecOperation, way: str, client: PandaPonClient) -> tuple[Any, dict[str, Any]]:
    """The function to call for ``op`` the ``way`` asked, and the client argument it takes."""
    if way == "function":
        return _module(op).asyncio, {"client": client}
    node: Any = client
    for part in _FACADE[op.operation_id].split("."):
        node = getattr(node, part)
    return node, {}


def _module(op: SpecOperation) -> Any:
    tag = OPERATIONS[op.name].tag.replace(".", "_")
    return importlib.import_module(f"pandapon_async.generated.api.{tag}.{op.name}")


def _value(parameter: Parameter) -> Any:
    """The documented example of a parameter; one of its schema's type when the page shows none."""
    if parameter.example is not None:
        return parameter.example
    kinds = parameter.schema.get("type")
    kinds = {kinds} if isinstance(kinds, str) else set(kinds or ["string"])
    return 7 if "string" not in kinds and kinds & {"integer", "number"} else "7"


def _body_model(function: Any) -> Any:
    annotation = typing.get_type_hints(function)["body"]
    candidates = [annotation, *typing.get_args(annotation)]
    return next(c for c in candidates if hasattr(c, "from_dict"))


def _arguments(op: SpecOperation, function: Any) -> dict[str, Any]:
    names = [name for name in inspect.signature(function).parameters if name != "client"]
    by_name = {snake_case(p.name): p for p in op.parameters}
    arguments: dict[str, Any] = {}
    for name in names:
        if name == "body":
            arguments["body"] = _body_model(function).from_dict(op.body_example)
        else:
            assert name in by_name, f"{op.name}: argument {name} is not a parameter of the spec"
            arguments[name] = _value(by_name[name])
    documented = {snake_case(p.name) for p in op.parameters} | ({"body"} if op.body_pointer else set())
    assert set(names) == documented, f"{op.name}: the function's arguments differ from the spec's parameters"
    return arguments


def _expected_target(op: SpecOperation) -> tuple[str, list[tuple[str, str]]]:
    path = op.path
    query: list[tuple[str, str]] = []
    for parameter in op.parameters:
        value = _value(parameter)
        text = "true" if value is True else "false" if value is False else str(value)
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", quote(text, safe=""))
        else:
            query.append((parameter.name, text))
    return path, query


class Recorder:
    """An httpx transport that records the request and answers the operation's documented example."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
async def test_the_documented_request_is_sent(op: SpecOperation, way: str) -> None:
    recorder = Recorder({"code": 200, "msg": "ok", "data": None})
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, transport=httpx.MockTransport(recorder)) as client:
        function, extra = _callable(op, way, client)
        await function(**extra, **_arguments(op, function))
    (request,) = recorder.requests
    path, query = _expected_target(op)
    assert request.method == op.method
    target = urlsplit(str(request.url))
    assert target.path == path
    sent_query = [(k, v) for k, v in parse_qsl(target.query, keep_blank_values=True) if k not in op.signed_query]
    assert sent_query == query
    if op.body_pointer is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == op.body_example


def _documented_answer(op: SpecOperation) -> dict[str, Any]:
    answer = op.example_response()
    # One page documents an answer without the envelope's code; the client needs one to tell success from error.
    answer.setdefault("code", 200)
    return answer


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
async def test_the_documented_answer_parses_without_loss(op: SpecOperation, way: str) -> None:
    answer = _documented_answer(op)
    recorder = Recorder(answer)
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, transport=httpx.MockTransport(recorder)) as client:
        function, extra = _callable(op, way, client)
        parsed = await function(**extra, **_arguments(op, function))
    assert isinstance(parsed, typing.get_type_hints(_module(op).asyncio)["return"])
    assert parsed.to_dict() == answer


@pytest.mark.parametrize("op", [op for op in OPS if op.body_pointer], ids=lambda op: op.name)
def test_the_documented_request_body_round_trips_through_its_model(op: SpecOperation) -> None:
    model = _body_model(_module(op).asyncio)
    assert model.from_dict(op.body_example).to_dict() == op.body_example


def test_every_operation_is_covered_both_ways() -> None:
    assert {op.name for op in OPS} == set(OPERATIONS) and len(OPS) == 42
    assert set(_FACADE) == {op.operation_id for op in OPS}
