"""Fuzzing what we read: generated and hostile answers for every operation, on both backends.

The promise: whatever arrives, ``asyncio()`` and ``asyncio_detailed()`` return a parsed value or raise a
``PandaPonError`` subclass, never a bare ``ValueError``, ``KeyError``, ``TypeError``, ``RecursionError``... Answers
are generated from each operation's 200 schema (with the drift tolerant reading absorbs), then mutated (wrong
types, nulls, huge numbers, deep nesting, broken bytes), and served by a raw loopback server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pandapon_async import (
    APIResponseValidationError,
    APIStatusError,
    PandaPonAPIError,
    PandaPonError,
)
from pandapon_async import _exceptions as errors
from pandapon_async._spec import SpecOperation

from .fuzz_support import (
    BACKENDS,
    COUNTS,
    ERROR_STATUSES,
    HOSTILE_ANSWERS,
    KNOWN_ESCAPES,
    MODULES,
    OPERATIONS,
    PROFILE,
    PROFILE_NAME,
    Harness,
    Hostile,
    harness,
    raw_answer,
    report_counts,
    valid_envelope,
)
from .test_wire import example_arguments

OK_STATUSES = [s.value for s in HTTPStatus if 200 <= s.value < 300 and s.value not in (204, 205)]
"""2xx statuses with a body that ``http.HTTPStatus`` knows (others: see the unusual-status test)."""
FUNCTIONS = ("asyncio", "asyncio_detailed")


@pytest.fixture(scope="module")
def loop_harness() -> Iterator[Harness]:
    yield from harness()
    report_counts(__name__)


async def outcomes(
    h: Harness, operation: SpecOperation, answer: bytes, functions: tuple[str, ...] = FUNCTIONS
) -> dict[str, Any]:
    """What each backend and function gives for ``answer``: a value or the exception that escaped."""
    h.server.raw_response = answer
    module = MODULES[operation.name]
    arguments = example_arguments(operation)
    found: dict[str, Any] = {}
    COUNTS["answers served"] += 1
    for backend in BACKENDS:
        for function in functions:
            try:
                found[f"{backend} {function}"] = await getattr(module, function)(client=h.clients[backend], **arguments)
            except Exception as exc:  # what escapes is what the test judges
                found[f"{backend} {function}"] = exc
    return found


def typed(found: dict[str, Any], what: str) -> None:
    """The promise: a value or a PandaPonError on every backend and function."""
    for where, outcome in found.items():
        if isinstance(outcome, BaseException) and not isinstance(outcome, PandaPonError):
            raise AssertionError(f"{where}: {type(outcome).__name__} escaped for {what}") from outcome


def parsed_everywhere(found: dict[str, Any], status: int, body: bytes) -> None:
    for where, outcome in found.items():
        assert not isinstance(outcome, BaseException), f"{where}: {outcome!r}"
        if where.endswith("detailed"):
            assert outcome.status_code == status
            assert outcome.content == body
            assert outcome.parsed is not None


# --- mutations of a generated envelope --------------------------------------------------------------------------

WRONG_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=10),
    st.integers(-(2**70), 2**70),
    st.just(10**400),  # an integer literal beyond anything 64-bit
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.integers(1_100, 2_500).map(lambda depth: DeepJSON(depth)),
)


class DeepJSON:
    """Stands for JSON nested ``depth`` levels: written out as bytes by :func:`encode` (json.dumps would recurse)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth


def replace_somewhere(value: Any, choices: list[int], replacement: Any) -> Any:
    """``value`` with one node (picked by ``choices``) replaced: a field of any depth gets the wrong type."""
    if not choices or not isinstance(value, dict | list) or not value:
        return replacement
    keys = list(value) if isinstance(value, dict) else list(range(len(value)))
    key = keys[choices[0] % len(keys)]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[key] = replace_somewhere(value[key], choices[1:], replacement)  # type: ignore[index]
    return copy


def encode(value: Any) -> bytes:
    deep: list[DeepJSON] = []

    def placeholder(item: Any) -> str:
        deep.append(item)
        return "\u0000deep"

    text = json.dumps(value, ensure_ascii=False, default=placeholder).encode()
    for item in deep:
        text = text.replace(b'"\\u0000deep"', b"[" * item.depth + b"]" * item.depth, 1)
    return text


@st.composite
def mutated(draw: st.DrawFn, operation: SpecOperation) -> bytes:
    """A generated envelope, changed at one place: a wrong-typed node, or broken bytes."""
    body = encode(draw(valid_envelope(operation)))
    kind = draw(st.sampled_from(["node", "truncate", "byte", "splice"]))
    if kind == "node":
        choices = draw(st.lists(st.integers(0, 50), max_size=6))
        changed = replace_somewhere(json.loads(body), choices, draw(WRONG_VALUES))
        if (
            "code-unhashable" in KNOWN_ESCAPES
            and isinstance(changed, dict)
            and isinstance(changed.get("code"), list | dict)
        ):
            changed["code"] = "a code of the wrong type"  # pinned by the hostile-answer test, kept out of the way here
        return encode(changed)
    at = draw(st.integers(0, max(0, len(body) - 1)))
    if kind == "truncate":
        return body[:at]
    if kind == "byte":
        return body[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\\", b'"', b"}", b"]"])) + body[at + 1 :]
    return body[:at] + draw(st.sampled_from([b"NaN", b"-Infinity", b"1e999", b"<html>", b"\xed\xa0\x80"])) + body[at:]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_generated_answers_parse_on_both_backends(operation: SpecOperation, loop_harness: Harness) -> None:
    """Anything the 200 schema allows (plus unknown fields, nulls, ids as text) parses, with any 2xx status."""

    # test_tolerant_parsing reads many more generated envelopes per operation; here they travel on the wire.
    @settings(PROFILE, max_examples=max(1, PROFILE.max_examples // 2))
    @given(envelope=valid_envelope(operation), status=st.sampled_from(OK_STATUSES))
    def check(envelope: dict[str, Any], status: int) -> None:
        COUNTS["generated-answer examples"] += 1
        body = encode(envelope)
        found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(status, body)))
        parsed_everywhere(found, status, body)

    check()


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_mutated_answers_end_in_a_value_or_a_typed_error(operation: SpecOperation, loop_harness: Harness) -> None:
    @PROFILE
    @given(body=mutated(operation), status=st.sampled_from(OK_STATUSES + ERROR_STATUSES))
    def check(body: bytes, status: int) -> None:
        COUNTS["mutated-answer examples"] += 1
        found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(status, body)))
        typed(found, f"HTTP {status} {body[:200]!r}")
        if not 200 <= status < 300:
            for outcome in found.values():
                assert isinstance(outcome, APIStatusError) and outcome.status_code == status

    check()


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param(
            h,
            id=h.name,
            marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_ESCAPES[h.known])]
            if h.known in KNOWN_ESCAPES
            else [],
        )
        for h in HOSTILE_ANSWERS
    ],
)
def test_hostile_answers_to_every_operation(hostile: Hostile, loop_harness: Harness) -> None:
    """Every operation, both backends, both functions: the documented error, or at least a typed one."""
    expected = getattr(errors, hostile.error) if hostile.error else PandaPonError
    # An answer refused before parsing is refused the same way for every operation: a few operations suffice.
    # One that parses reaches each operation's own parser: all of them.
    operations = OPERATIONS if hostile.error is None or PROFILE_NAME != "ci" else OPERATIONS[:: len(OPERATIONS) // 4]
    for index, operation in enumerate(operations):
        ok = json.dumps(operation.example_response(), ensure_ascii=False).encode()
        answer = raw_answer(200, hostile.make(ok), *hostile.headers)
        # Both backends always; the two functions take turns (they share everything up to the Response wrapper).
        function = FUNCTIONS[index % 2]
        found = loop_harness.run(outcomes(loop_harness, operation, answer, functions=(function,)))
        typed(found, f"{hostile.name} to {operation.name}")
        if hostile.error:
            for where, outcome in found.items():
                assert isinstance(outcome, expected), f"{operation.name} {where}: {outcome!r}"


def test_a_deeply_nested_2xx_answer_is_a_validation_error(loop_harness: Harness) -> None:
    """30,000+ levels: orjson refuses past 1,024, every supported standard library would recurse (3.13 reads
    5,000); the reader says not JSON."""
    for depth, operations in ((30_000, OPERATIONS), (100_000, OPERATIONS[:3])):
        body = b'{"code":200,"data":' + b"[" * depth + b"]" * depth + b"}"
        for operation in operations:
            found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(200, body)))
            for where, outcome in found.items():
                assert isinstance(outcome, APIResponseValidationError), f"{operation.name} {where}: {outcome!r}"
                assert "not JSON" in str(outcome) and outcome.status_code == 200


def test_a_business_error_in_any_shape_is_a_business_error(loop_harness: Harness) -> None:
    """A non-success code as a number or as text, with ``msg`` of any type: ``PandaPonAPIError``."""
    for code in (500, "500", -1, "E123"):
        for msg in ("失败", None, 7, ["a"]):
            body = encode({"code": code, "msg": msg, "data": None, "requestId": "r"})
            for operation in OPERATIONS[:5]:
                found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(200, body)))
                for outcome in found.values():
                    assert isinstance(outcome, PandaPonAPIError) and outcome.request_id == "r"


@pytest.mark.parametrize("status", [218, 299])
def test_an_unusual_2xx_status_parses_with_asyncio(status: int, loop_harness: Harness) -> None:
    operation = next(op for op in OPERATIONS if op.name == "taobao_get_goods")
    body = encode(operation.example_response())
    found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(status, body)))
    for backend in BACKENDS:
        assert not isinstance(found[f"{backend} asyncio"], BaseException)


@pytest.mark.parametrize("status", [218, 299])
def test_an_unusual_2xx_status_comes_back_from_asyncio_detailed(status: int, loop_harness: Harness) -> None:
    for operation in OPERATIONS:
        body = encode(operation.example_response())
        found = loop_harness.run(outcomes(loop_harness, operation, raw_answer(status, body)))
        for where, outcome in found.items():
            if isinstance(outcome, BaseException):
                raise outcome
            if where.endswith("detailed"):
                assert outcome.status_code == status
