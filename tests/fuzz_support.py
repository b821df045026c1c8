"""What the fuzz tests share: hypothesis profiles, argument and answer strategies, and a loopback harness.

Two profiles: ``ci`` (the default, a bounded run that belongs in the gate) and ``fuzz`` (``make fuzz``: many more
examples). ``PANDAPON_FUZZ_PROFILE`` picks one; every fuzz test takes its settings from :data:`PROFILE`.

Argument values are generated per location (query, path, body field) as ``(value, verdict)`` pairs: the verdict
says what the client must do with a call carrying that value: send it, refuse it with a typed error before
sending, or either (as long as nothing untyped escapes). The verdict of a call is the strictest of its values'.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import math
import os
import pkgutil
import reprlib
import sys
import typing
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, TypeVar

import attrs
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import pandapon_async.generated.api as api_package
from pandapon_async import PandaPonClient
from pandapon_async._spec import SpecOperation, operation_name, packaged_operations, packaged_spec, resolve_pointer

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import LoopbackServer, loopback_server

T = TypeVar("T")

# --- profiles ---------------------------------------------------------------------------------------------------

_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,  # no example database left behind in the worktree or in CI
    "suppress_health_check": list(HealthCheck),  # huge and deep values are the point here
}
settings.register_profile("ci", max_examples=6, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=200, **_COMMON)
PROFILE_NAME = os.environ.get("PANDAPON_FUZZ_PROFILE", "ci")
PROFILE = settings.get_profile(PROFILE_NAME)
"""The settings of every fuzz test: a handful of examples per operation in the gate, hundreds under ``make fuzz``."""


COUNTS: Counter[str] = Counter()
"""Examples and requests run, by kind; printed at the end of a module when ``PANDAPON_FUZZ_COUNTS`` is set (and
always under the fuzz profile), so a run can report how many cases it tried."""


def report_counts(module: str) -> None:
    if PROFILE_NAME != "ci" or os.environ.get("PANDAPON_FUZZ_COUNTS"):
        line = ", ".join(f"{kind}: {n}" for kind, n in sorted(COUNTS.items()))
        print(f"\n[{PROFILE_NAME} profile] {module}: {line}", file=sys.__stderr__, flush=True)
    COUNTS.clear()


def scaled(ci: int) -> int:
    """How many examples a test that is not parametrised per operation runs (``ci`` in the gate, 100x under fuzz)."""
    return ci if PROFILE_NAME == "ci" else ci * 100


# --- the operations ---------------------------------------------------------------------------------------------

OPERATIONS: list[SpecOperation] = packaged_operations()
SPEC: dict[str, Any] = packaged_spec()


def _modules() -> dict[str, Any]:
    found = {}
    for group in pkgutil.iter_modules(api_package.__path__):
        package = importlib.import_module(f"{api_package.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = importlib.import_module(f"{package.__name__}.{module.name}")
    return found


MODULES = _modules()


def body_model(operation: SpecOperation) -> Any:
    """The request model class of an operation with a body."""
    annotation = MODULES[operation.name]._get_kwargs.__annotations__["body"]
    if isinstance(annotation, str):  # postponed annotations
        annotation = typing.get_type_hints(MODULES[operation.name]._get_kwargs)["body"]
    return next(t for t in (*typing.get_args(annotation), annotation) if hasattr(t, "from_dict"))


def resolve(schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = resolve_pointer(SPEC, schema["$ref"])
    return schema if isinstance(schema, dict) else {}


# --- verdicts ---------------------------------------------------------------------------------------------------


class Verdict(enum.IntEnum):
    """What the client must do with a call; a call takes the strictest verdict of its values."""

    SEND = 0
    EITHER = 1  # sending and refusing are both acceptable, an untyped exception is not
    REFUSE = 2


Tagged = tuple[Any, Verdict]


def tag(strategy: st.SearchStrategy[Any], verdict: Verdict) -> st.SearchStrategy[Tagged]:
    return strategy.map(lambda value: (value, verdict))


def combine(*verdicts: Verdict) -> Verdict:
    return max(verdicts, default=Verdict.SEND)


# --- hostile values ---------------------------------------------------------------------------------------------

KNOWN_ESCAPES: dict[str, str] = {
    "mock-newline-path": "a path holding an encoded newline (%0A) misses the mock's catch-all route (Starlette's "
    "path convertor is `.*`, which stops at a newline) and gets Starlette's plain-text 404 'Not Found'",
    "mock-blank-json-field": "taobao_create_order with `receiver` a blank string (' ') passes validation "
    "(SchemaChecker.json_encoded_problems skips blank strings) and then gets envelope code 500 'mock internal error: "
    "JSONDecodeError' from the scenario's json.loads(body['receiver']) (_scenario.py)",
}
"""Escapes found by these tests and pinned by an ``xfail(strict=True)`` test of the same name; the strategies
leave them out so the property tests keep looking for new ones. Delete an entry when its fix lands."""


def unless_known(name: str, strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    return st.nothing() if name in KNOWN_ESCAPES else strategy


def unknown_or(name: str, verdict: Verdict) -> Verdict:
    """``verdict`` once the escape ``name`` is fixed; until then either outcome passes."""
    return Verdict.EITHER if name in KNOWN_ESCAPES else verdict


NORMAL_TEXT = st.text(max_size=40)  # any code point but lone surrogates: unicode, NUL, CR/LF, RTL marks, emoji
SURROGATE_TEXT = st.tuples(NORMAL_TEXT, st.characters(categories=["Cs"]), NORMAL_TEXT).map("".join)
HUGE_TEXT = st.sampled_from(["é", "x", "连", "%", " "]).flatmap(
    lambda ch: st.integers(9_000, 20_000).map(lambda n: ch * n)
)
NORMAL_INTS = st.integers(-(2**200), 2**200)  # 64-bit ids and well beyond
HUGE_INTS = st.integers(4_301, 6_000).map(lambda digits: 10**digits)  # more digits than str(int) allows
FINITE_FLOATS = st.floats(allow_nan=False, allow_infinity=False)
NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])


class _Opaque:
    def __repr__(self) -> str:
        return "<opaque object>"


NOT_JSON = st.one_of(
    st.binary(max_size=8),
    st.sets(st.integers(0, 9), max_size=3),
    st.frozensets(st.text(max_size=3), max_size=2),
    st.decimals(allow_nan=False, places=2, min_value=-1000, max_value=1000),
    st.complex_numbers(allow_nan=False, allow_infinity=False, max_magnitude=10),
    st.builds(_Opaque),
)
"""Python values no JSON can carry: a body holding one must be refused."""


def deep_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


DEEP = st.integers(1_100, 3_000).map(deep_list)


def query_leaf(required: bool) -> st.SearchStrategy[Tagged]:
    return st.one_of(
        tag(NORMAL_TEXT, Verdict.SEND),
        tag(NORMAL_INTS | FINITE_FLOATS | st.booleans(), Verdict.SEND),
        tag(st.lists(NORMAL_TEXT | NORMAL_INTS, min_size=1, max_size=3), Verdict.SEND),
        tag(st.none(), Verdict.SEND if not required else Verdict.REFUSE),
        tag(SURROGATE_TEXT, Verdict.REFUSE),
        tag(HUGE_TEXT, Verdict.REFUSE),  # the request target would exceed MAX_URL_LENGTH
        tag(unless_known("text-huge-int", HUGE_INTS), Verdict.REFUSE),
        tag(NON_FINITE, Verdict.REFUSE),
        tag(NOT_JSON | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), Verdict.EITHER),
    )


def path_leaf() -> st.SearchStrategy[Tagged]:
    return st.one_of(
        tag(st.text(min_size=1, max_size=40), Verdict.SEND),
        tag(st.sampled_from([".", "..", "/", "a/b", "?x=1", "#f", "%2F", " ", "\r\n"]), Verdict.SEND),
        tag(NORMAL_INTS | FINITE_FLOATS, Verdict.SEND),
        tag(st.sampled_from(["", None]), Verdict.REFUSE),
        tag(SURROGATE_TEXT, Verdict.REFUSE),
        tag(HUGE_TEXT, Verdict.REFUSE),
        tag(unless_known("text-huge-int", HUGE_INTS), Verdict.REFUSE),
        tag(NON_FINITE, Verdict.REFUSE),
        tag(NOT_JSON | st.lists(st.integers(), max_size=2), Verdict.EITHER),
    )


def _json_leaf() -> st.SearchStrategy[Tagged]:
    """Any value in a body field, whatever its schema says (the client sends types as given: strict about
    what JSON can carry, not about the schema)."""
    return st.one_of(
        tag(st.none() | st.booleans() | NORMAL_INTS | FINITE_FLOATS | NORMAL_TEXT, Verdict.SEND),
        tag(st.integers(20_000, 200_000).map(lambda n: "y" * n), Verdict.SEND),  # big bodies are fine
        tag(SURROGATE_TEXT, Verdict.REFUSE),
        tag(NON_FINITE, Verdict.REFUSE),
        tag(HUGE_INTS, Verdict.REFUSE),
        tag(unless_known("body-not-json", NOT_JSON), Verdict.REFUSE),
        tag(unless_known("body-deep", DEEP), Verdict.EITHER),
    )


def _typed_leaf(kind: str) -> st.SearchStrategy[Tagged]:
    typed = {
        "string": NORMAL_TEXT,
        "integer": NORMAL_INTS,
        "number": NORMAL_INTS | FINITE_FLOATS,
        "boolean": st.booleans(),
    }.get(kind, NORMAL_TEXT)
    return tag(typed, Verdict.SEND) | _json_leaf()


def _collect(items: list[Tagged]) -> Tagged:
    return [value for value, _ in items], combine(*(verdict for _, verdict in items))


def body_value(schema: Any, depth: int = 0) -> st.SearchStrategy[Tagged]:
    """A JSON-shaped value for a request body schema: nested objects stay objects (so the model builds), every
    leaf may be hostile, and objects may carry extra keys with hostile names and values."""
    schema = resolve(schema)
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema and key != "allOf":
            return st.one_of([body_value(s, depth + 1) for s in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += part.get("required") or []
        schema = merged
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
    if kind is None and schema.get("properties"):
        kind = "object"
    if depth > 5 or kind not in ("object", "array"):
        return _typed_leaf(kind or "string")
    if kind == "array":
        return st.lists(body_value(schema.get("items") or {}, depth + 1), max_size=3).map(_collect)
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    fields = {name: body_value(sub, depth + 1) for name, sub in properties.items()}
    known = st.fixed_dictionaries(
        {name: s for name, s in fields.items() if name in required},
        optional={name: s for name, s in fields.items() if name not in required},
    )
    extras = st.dictionaries(
        NORMAL_TEXT.filter(lambda k: k not in properties) | SURROGATE_TEXT, _json_leaf(), max_size=2
    )

    def join(pair: tuple[dict[str, Tagged], dict[str, Tagged]]) -> Tagged:
        known_values, extra_values = pair
        verdicts = [v for _, v in known_values.values()] + [v for _, v in extra_values.values()]
        surrogate_key = any(_has_surrogate(k) for k in extra_values)
        value = {k: v for k, (v, _) in extra_values.items()} | {k: v for k, (v, _) in known_values.items()}
        return value, combine(*verdicts, Verdict.REFUSE if surrogate_key else Verdict.SEND)

    return st.tuples(known, extras).map(join)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


# --- a call ---------------------------------------------------------------------------------------------------


@dataclass(repr=False)
class Call:
    """One generated call of an operation: its keyword arguments, the verdict, and what the wire must show."""

    operation: SpecOperation
    arguments: dict[str, Any]
    verdict: Verdict
    path_values: dict[str, Any] = field(default_factory=dict)  # wire name -> value
    query_values: dict[str, Any] = field(default_factory=dict)  # wire name -> value
    body_json: Any = None  # the model's to_dict(), when it has one

    def __repr__(self) -> str:
        # Bounded: values may be nested thousands of levels deep or megabytes long.
        shown = {name: self.body_json if name == "body" else value for name, value in self.arguments.items()}
        return f"{self.operation.name}(**{SHORT.repr(shown)}) -> {self.verdict.name}"


class _ShortRepr(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        return repr(x) if x.bit_length() < 200 else f"<int of {x.bit_length()} bits>"  # repr() caps at 4300 digits


SHORT = _ShortRepr()
SHORT.maxlevel, SHORT.maxstring, SHORT.maxother, SHORT.maxlong = 4, 60, 60, 60


def call_strategy(operation: SpecOperation) -> st.SearchStrategy[Call]:
    """Hostile argument values for every parameter and the body of ``operation``."""
    parts: dict[str, st.SearchStrategy[Tagged]] = {}
    for parameter in operation.parameters:
        leaf = path_leaf() if parameter.location == "path" else query_leaf(parameter.required)
        parts[parameter.name] = leaf
    body: st.SearchStrategy[Any] = st.none()
    if operation.body_pointer is not None:
        body = body_value(resolve_pointer(SPEC, operation.body_pointer))

    def build(drawn: tuple[dict[str, Tagged], Any, int | None]) -> Call:
        values, tagged_body, slot = drawn
        arguments = {operation_name(name): value for name, (value, _) in values.items()}
        verdicts = [verdict for _, verdict in values.values()]
        call = Call(operation, arguments, Verdict.SEND)
        for parameter in operation.parameters:
            target = call.path_values if parameter.location == "path" else call.query_values
            target[parameter.name] = values[parameter.name][0]
        if tagged_body is not None:
            body_dict, body_verdict = tagged_body
            model = arguments["body"] = body_model(operation).from_dict(body_dict)
            call.body_json = body_dict
            verdicts.append(body_verdict)
            nested = [name for name in attrs.fields_dict(type(model)) if hasattr(getattr(model, name), "to_dict")]
            if slot is not None and nested:
                # A caller's likely mistake: the plain dict where the nested model belongs.
                name = nested[slot % len(nested)]
                setattr(model, name, getattr(model, name).to_dict())
                verdicts.append(Verdict.EITHER)
        call.verdict = combine(*verdicts)
        return call

    slot = st.none() | unless_known("body-model-slot", st.integers(0, 50))
    return st.tuples(st.fixed_dictionaries(parts), body, slot).map(build)


def expected_query(values: dict[str, Any]) -> list[tuple[str, str]]:
    """The documented query encoding: booleans as true/false, lists repeated, None left out, else ``str()``."""
    pairs = []
    for name, value in values.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            if item is None:
                continue
            pairs.append((name, "true" if item is True else "false" if item is False else str(item)))
    return pairs


# --- answers ----------------------------------------------------------------------------------------------------


def raw_answer(status: int, body: bytes, *headers: str) -> bytes:
    """A whole HTTP/1.1 response, as the loopback server sends it."""
    head = "".join(f"{h}\r\n" for h in headers)
    return f"HTTP/1.1 {status} Fuzz\r\ncontent-length: {len(body)}\r\n{head}\r\n".encode() + body


# Non-2xx statuses with a body a client may receive (no 1xx, 204, 304: they carry no body).
ERROR_STATUSES = [301, 302, 400, 401, 403, 404, 408, 409, 418, 429, 431, 499, 500, 502, 503, 504, 599]


@dataclass(frozen=True)
class Hostile:
    """A hostile answer: how to make its body from a valid envelope, and the error it must end in (None: a
    parsed value or any typed error)."""

    name: str
    make: Callable[[bytes], bytes]
    headers: tuple[str, ...] = ()
    error: str | None = "APIResponseValidationError"
    known: str | None = None  # the KNOWN_ESCAPES entry this answer hits today


def _nest(depth: int, inner: bytes = b"1") -> bytes:
    return b'{"code":200,"data":' + b"[" * depth + inner + b"]" * depth + b"}"


HOSTILE_ANSWERS: list[Hostile] = [
    Hostile("empty body", lambda ok: b""),
    Hostile("whitespace body", lambda ok: b" \r\n\t "),
    Hostile(
        "html gateway page",
        lambda ok: b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        ("content-type: text/html",),
    ),
    Hostile("truncated json", lambda ok: ok[: max(1, len(ok) // 2)]),
    Hostile("invalid utf-8 inside a string", lambda ok: b'{"code":200,"msg":"\xff\xfe\xc3(","data":null}'),
    Hostile("utf-16 bytes", lambda ok: ok.decode().encode("utf-16"), error=None),  # the stdlib detects UTF-16
    Hostile("a json array", lambda ok: b"[" + ok + b"]"),
    Hostile("a json string", lambda ok: b'"ok"'),
    Hostile("json null", lambda ok: b"null"),
    Hostile("a bare number", lambda ok: b"200"),
    Hostile("no code", lambda ok: b'{"msg":"ok","data":null}'),
    # Within reach of newer readers (Python 3.12 reads 1,100 levels, 3.13 5,000): parsed there, refused by 3.11.
    Hostile("nested 1,100 levels", lambda ok: _nest(1_100), error=None),
    Hostile("nested 2,500 levels", lambda ok: _nest(2_500), error=None),
    Hostile("nested 100,000 levels", lambda ok: _nest(100_000)),
    Hostile(
        "nested objects 30,000 levels", lambda ok: b'{"code":200,"data":' + b'{"a":' * 30_000 + b"1" + b"}" * 30_001
    ),
    Hostile("code null", lambda ok: b'{"code":null,"data":null}', error="PandaPonAPIError"),
    Hostile("code huge", lambda ok: b'{"code":' + b"9" * 5_000 + b',"data":null}', error=None),
    Hostile("code as a float", lambda ok: b'{"code":200.0,"data":null}', error=None),
    Hostile(
        "code as an object",
        lambda ok: b'{"code":{"a":1},"data":null}',
        error="PandaPonAPIError",
        known="code-unhashable",
    ),
    Hostile(
        "code as a list", lambda ok: b'{"code":[200],"data":null}', error="PandaPonAPIError", known="code-unhashable"
    ),
    Hostile("code NaN", lambda ok: b'{"code":NaN,"data":null}', error=None),
    Hostile("code 1e400", lambda ok: b'{"code":1e400,"data":null}', error=None),
    Hostile("data of every wrong type", lambda ok: b'{"code":200,"data":"not an object"}', error=None),
    Hostile("data a number", lambda ok: b'{"code":200,"data":12345678901234567890123}', error=None),
    Hostile("data a list", lambda ok: b'{"code":200,"data":[1,"a",null]}', error=None),
    Hostile("data an object of nulls", lambda ok: b'{"code":200,"data":{"a":null}}', error=None),
    Hostile(
        "every field null",
        lambda ok: b'{"requestId":null,"code":200,"msg":null,"developId":null,"data":null}',
        error=None,
    ),
    Hostile("requestId an object", lambda ok: b'{"requestId":{"a":[1]},"code":200,"data":null}', error=None),
    Hostile("duplicate keys", lambda ok: b'{"code":500,"code":200,"data":null,"data":{}}', error=None),
    Hostile("bom before json", lambda ok: b"\xef\xbb\xbf" + ok, error=None),
    Hostile("gzip header, not gzip", lambda ok: ok, ("content-encoding: gzip",), error="APIError"),
    Hostile("deflate header, not deflate", lambda ok: ok, ("content-encoding: deflate",), error="APIError"),
    Hostile("unknown content-encoding", lambda ok: ok, ("content-encoding: x-unknown",), error=None),
    Hostile("content-type xml", lambda ok: ok, ("content-type: application/xml",), error=None),
]
"""Each answer is served with a 2xx status; ``error`` names the base class the call must raise."""


def valid_envelope(operation: SpecOperation) -> st.SearchStrategy[dict[str, Any]]:
    """Envelopes generated from the operation's 200 schema, with the drift tolerant reading must absorb."""
    from .test_tolerant_parsing import strategy_for

    return strategy_for(resolve_pointer(SPEC, operation.response_pointer), SPEC).map(lambda body: {**body, "code": 200})


# --- a loopback harness on one event loop -----------------------------------------------------------------------


class Harness:
    """A loopback server and a client per backend, on one event loop that hypothesis examples run on.

    Hypothesis drives synchronous test functions; each example runs its coroutine with :meth:`run`, so the
    server, the connection pools and the clients live across examples (fast) yet stay on one loop.
    """

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._stack = AsyncExitStack()
        self.server: LoopbackServer = self.run(self._stack.enter_async_context(loopback_server()))
        self.clients: dict[str, PandaPonClient] = {backend: self.run(self._client(backend)) for backend in BACKENDS}

    async def _client(self, backend: str) -> PandaPonClient:
        client = PandaPonClient(
            ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=self.server.url, http_backend=backend, max_retries=0
        )
        return await self._stack.enter_async_context(client)

    def run(self, awaitable: Awaitable[T]) -> T:
        return self.loop.run_until_complete(awaitable)  # type: ignore[arg-type]

    def close(self) -> None:
        self.run(self._stack.aclose())
        self.loop.close()


def harness() -> Iterator[Harness]:
    """Body of a module-scoped fixture: one harness for all the examples of a test module."""
    h = Harness()
    try:
        yield h
    finally:
        COUNTS["loopback requests"] += h.server.count
        h.close()
