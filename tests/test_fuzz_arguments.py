"""Fuzzing what we send: hostile argument values for every operation, on both backends.

The promise: a call is either sent exactly as its documented route says (method, path, query holding the
parameters, body holding the model) or refused with an ``InvalidArgumentError`` before anything is sent, counted
on a loopback server. Which of the two is decided per value (see ``fuzz_support.Verdict``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pandapon_async import InvalidArgumentError, PandaPonClient, PandaPonError

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID
from .fuzz_support import (
    BACKENDS,
    COUNTS,
    KNOWN_ESCAPES,
    MODULES,
    OPERATIONS,
    PROFILE,
    Call,
    Harness,
    Verdict,
    call_strategy,
    deep_list,
    expected_query,
    harness,
    report_counts,
)
from .loopback import RawRequest, loopback_server

pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")


@pytest.fixture(scope="module")
def loop_harness() -> Iterator[Harness]:
    yield from harness()
    report_counts(__name__)


async def send(h: Harness, backend: str, call: Call) -> BaseException | None:
    module = MODULES[call.operation.name]
    try:
        await module.asyncio(client=h.clients[backend], **call.arguments)
    except Exception as exc:  # what escapes is what the test judges
        return exc
    return None


def check_wire(call: Call, request: RawRequest) -> None:
    """The request is what the documented route says."""
    operation = call.operation
    assert request.method == operation.method
    target = urlsplit(request.target)
    found = operation.pattern.match(target.path)
    assert found, f"{target.path!r} is not a path of {operation.path}"
    for name, value in call.path_values.items():
        group = found.group(name.replace("-", "_"))
        assert "/" not in group
        assert unquote(group, errors="strict") == str(value)
    pairs = parse_qsl(target.query, keep_blank_values=True, errors="strict")
    signed = set(operation.signed_query)
    assert [pair for pair in pairs if pair[0] not in signed] == expected_query(call.query_values)
    if call.body_json is not None:
        assert request.header("content-type") == "application/json"
        assert json.loads(request.body) == json.loads(json.dumps(call.arguments["body"].to_dict()))
    else:
        assert request.body == b""


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_hostile_arguments_are_sent_as_documented_or_refused_before_sending(
    operation: Any, loop_harness: Harness
) -> None:
    h = loop_harness

    # Query and path values have the most kinds of hostility: their operations get more examples.
    @settings(PROFILE, max_examples=PROFILE.max_examples * (6 if operation.parameters else 1))
    @given(call=call_strategy(operation))
    def check(call: Call) -> None:
        COUNTS["argument examples"] += 1
        for backend in BACKENDS:
            before = h.server.count
            error = h.run(send(h, backend, call))
            sent = h.server.count - before
            if error is not None and not isinstance(error, PandaPonError):
                raise AssertionError(f"{backend}: {type(error).__name__} escaped from {call!r}") from error
            COUNTS["calls sent" if sent else "calls refused"] += 1
            if sent:
                assert sent == 1
                assert call.verdict is not Verdict.REFUSE, f"{backend}: sent a call that must be refused"
                check_wire(call, h.server.requests[-1])
            else:
                assert isinstance(error, InvalidArgumentError), f"{backend}: nothing sent, yet {error!r}"
                assert call.verdict is not Verdict.SEND, f"{backend}: refused a sendable call: {error}"
                assert error.argument, "the error names the argument"

    check()


# --- what the fuzzing found, pinned (fuzz_support.KNOWN_ESCAPES keeps the strategies away from them) -----------


def _cancel(order_id: Any, **extra: Any) -> Any:
    from pandapon_async.generated.models import AlibabaOrderCancelRequest

    body = AlibabaOrderCancelRequest(web_site="1688", order_id=order_id, cancel_reason="不想要了")
    for name, value in extra.items():
        body[name] = value
    return body


def _cart_order_with_a_dict_address() -> Any:
    from pandapon_async.generated.models import TaobaoCartOrderAddress, TaobaoCreateCartOrderRequest

    body = TaobaoCreateCartOrderRequest(ids=[1], order_address=TaobaoCartOrderAddress.from_dict({"receiver": "A"}))
    body.order_address = body.order_address.to_dict()  # the plain dict where the nested model belongs
    return body


PINNED: list[tuple[str, str, str, Callable[[], dict[str, Any]], type[BaseException]]] = [
    # (KNOWN_ESCAPES name, case, operation, its arguments, what escapes today)
    ("body-not-json", "a set", "alibaba_cancel_order", lambda: {"body": _cancel({1, 2})}, TypeError),
    (
        "body-not-json",
        "bytes in an extra field",
        "alibaba_cancel_order",
        lambda: {"body": _cancel(1, n=b"x")},
        TypeError,
    ),
    (
        "body-deep",
        "100,000 levels",  # beyond every supported interpreter's encoder (3.12 writes 1,100, 3.13 5,000)
        "alibaba_cancel_order",
        lambda: {"body": _cancel(1, n=deep_list(100_000))},
        RecursionError,
    ),
    ("text-huge-int", "query", "taobao_get_goods", lambda: {"item_id": 10**4301}, ValueError),
    ("text-huge-int", "path", "taobao_cancel_refund", lambda: {"refund_id": 10**4301}, ValueError),
    ("required-query-none", "refund_id=None", "taobao_get_refund", lambda: {"refund_id": None}, AssertionError),
    (
        "body-model-slot",
        "dict address",
        "taobao_create_cart_order",
        lambda: {"body": _cart_order_with_a_dict_address()},
        AttributeError,
    ),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("operation_name", "arguments"),
    [
        pytest.param(
            operation,
            make,
            id=f"{name}: {case}",
            marks=[pytest.mark.xfail(strict=True, raises=escapes, reason=KNOWN_ESCAPES[name])]
            if name in KNOWN_ESCAPES
            else [],
        )
        for name, case, operation, make, escapes in PINNED
    ],
)
async def test_found_by_fuzzing_refused_before_sending(
    backend: str, operation_name: str, arguments: Callable[[], dict[str, Any]]
) -> None:
    async with (
        loopback_server() as server,
        PandaPonClient(
            ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend, max_retries=0
        ) as client,
    ):
        try:
            await MODULES[operation_name].asyncio(client=client, **arguments())
        except InvalidArgumentError as error:
            info = error
        else:
            raise AssertionError(f"sent: {server.requests[-1].target if server.requests else 'nothing'}")
    assert server.count == 0
    assert info.argument in ("body", "item_id", "refund_id")


def test_the_argument_strategy_produces_every_verdict() -> None:
    """Guard against strategies that only ever produce tame (or only hostile) calls."""
    seen: set[Verdict] = set()
    operations = [op for op in OPERATIONS if op.name in ("taobao_get_goods", "alibaba_cancel_order")]

    @settings(PROFILE, max_examples=200)
    @given(call=st.sampled_from(operations).flatmap(call_strategy))
    def look(call: Call) -> None:
        seen.add(call.verdict)

    look()
    assert seen == set(Verdict)
