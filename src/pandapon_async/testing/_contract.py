"""The contract check: does an answer fit the spec exactly? And a run of every operation that is safe to repeat.

The spec itself is tolerant (it accepts nulls, ids as numbers or strings, unknown fields), so that the client never
fails on a surprise. This check is strict instead, to find where the platform and the spec have drifted apart:

- ``unknown field``: a key the schema of that object does not document;
- ``type``: a value whose JSON type is not one of the documented types (a number for a string...);
- ``null``: a null where the schema does not allow null;
- ``missing``: a documented field that is absent — one the schema requires or the documented example shows;
- ``envelope``: the answer is not the PandaPon envelope (``code`` absent), checked before anything else.

An answer whose envelope ``code`` is an error, or that is not JSON, is not drift but an *error* with the reason.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

from .._envelope import SUCCESS_CODES
from .._exceptions import APIError, ConfigurationError, PandaPonAPIError
from .._spec import Parameter, SpecOperation, packaged_operations, packaged_spec, resolve_pointer

Outcome = Literal["pass", "drift", "error"]
MAX_DEPTH = 200
"""Answers nested deeper than this are reported at that depth instead of walked further."""
REDACTED = "<redacted>"
_SECRET_KEYS = re.compile(
    r"^(signature|sign|authorization|access[-_]?secret|access[-_]?key|secret|nonce[-_]?str)$", re.I
)


@dataclass(frozen=True)
class Difference:
    """One place where an answer and the spec disagree: a JSON pointer into the answer, a kind, a sentence."""

    pointer: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.kind}: {self.message}"


@dataclass
class ContractResult:
    """The check of one operation's answer: ``pass``, ``drift`` (``differences`` says where) or ``error``
    (``reason`` says why: an error envelope, not JSON, a timeout, a refused signature...)."""

    operation: str
    method: str
    path: str
    outcome: Outcome
    differences: list[Difference] = field(default_factory=list)
    reason: str | None = None
    elapsed_ms: float = 0.0

    @property
    def passed(self) -> bool:
        return self.outcome == "pass"

    def summary(self) -> str:
        if self.outcome == "pass":
            return f"{self.operation}: pass"
        if self.outcome == "error":
            return f"{self.operation}: error: {self.reason}"
        return f"{self.operation}: drift: " + "; ".join(str(d) for d in self.differences)


def _escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _types(schema: dict[str, Any]) -> set[str] | None:
    kinds = schema.get("type")
    if kinds is None:
        return None
    return {kinds} if isinstance(kinds, str) else set(kinds)


def _type_fits(actual: str, allowed: set[str] | None) -> bool:
    return allowed is None or actual in allowed or (actual == "integer" and "number" in allowed)


def _common_item(example: Any) -> Any:
    """What every item of a documented example array shows: the keys all object items share (so a field only
    some example items carry is not expected of every item), else the first item."""
    if not isinstance(example, list) or not example:
        return None
    objects = [item for item in example if isinstance(item, dict)]
    if len(objects) != len(example):
        return example[0]
    shared = set(objects[0]).intersection(*objects[1:])
    return {key: value for key, value in objects[0].items() if key in shared}


class StrictChecker:
    """Walks an answer alongside a schema of the spec (``$ref``, ``allOf``, ``anyOf``/``oneOf`` resolved)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec

    def _deref(self, schema: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = resolve_pointer(self._spec, schema["$ref"])
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """One view of a schema and its ``allOf`` branches: types, properties, required, items, additional."""
        view: dict[str, Any] = {
            "types": _types(schema),
            "properties": dict(schema.get("properties") or {}),
            "required": set(schema.get("required") or []),
            "items": schema.get("items"),
            "additional": schema.get("additionalProperties"),
            "enum": schema.get("enum"),
        }
        for branch in schema.get("allOf") or []:
            sub = self._merged(self._deref(branch))
            if sub["types"] is not None:
                view["types"] = sub["types"] if view["types"] is None else view["types"] & sub["types"]
            view["properties"].update(sub["properties"])
            view["required"] |= sub["required"]
            view["items"] = view["items"] if view["items"] is not None else sub["items"]
            view["additional"] = view["additional"] if view["additional"] is not None else sub["additional"]
            view["enum"] = view["enum"] if view["enum"] is not None else sub["enum"]
        return view

    def differences(self, schema: Any, value: Any, example: Any = None) -> list[Difference]:
        """Every difference between ``value`` and ``schema`` (``example``: the documented value at the same place)."""
        found: list[Difference] = []
        self._walk(self._deref(schema), value, "", example, found, 0)
        return found

    def _walk(
        self, schema: dict[str, Any], value: Any, where: str, example: Any, out: list[Difference], depth: int
    ) -> None:
        if depth > MAX_DEPTH:
            out.append(Difference(where, "depth", f"nested more than {MAX_DEPTH} levels; not checked further"))
            return
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            self._walk_alternatives(schema, alternatives, value, where, example, out, depth)
            return
        view = self._merged(schema)
        actual = _json_type(value)
        allowed = view["types"]
        if value is None:
            if allowed is not None and "null" not in allowed:
                out.append(Difference(where, "null", f"null where the spec says {' or '.join(sorted(allowed))}"))
            return
        if not _type_fits(actual, allowed):
            expected = " or ".join(sorted(t for t in allowed or () if t != "null"))
            out.append(Difference(where, "type", f"{actual} where the spec says {expected}"))
            return
        if view["enum"] is not None and value not in view["enum"]:
            out.append(Difference(where, "enum", f"{value!r} is not one of {view['enum']!r}"))
        if isinstance(value, dict):
            self._walk_object(view, value, where, example, out, depth)
        elif isinstance(value, list) and view["items"] is not None:
            items = self._deref(view["items"])
            item_example = _common_item(example)
            for index, item in enumerate(value):
                self._walk(items, item, f"{where}/{index}", item_example, out, depth + 1)

    def _walk_object(
        self,
        view: dict[str, Any],
        value: dict[str, Any],
        where: str,
        example: Any,
        out: list[Difference],
        depth: int,
    ) -> None:
        properties: dict[str, Any] = view["properties"]
        additional = view["additional"]
        for key, item in value.items():
            child = f"{where}/{_escape(key)}"
            if key in properties:
                sub_example = example.get(key) if isinstance(example, dict) else None
                self._walk(self._deref(properties[key]), item, child, sub_example, out, depth + 1)
            elif isinstance(additional, dict) and additional:
                self._walk(self._deref(additional), item, child, None, out, depth + 1)
            elif properties:
                out.append(Difference(child, "unknown field", "not documented in the spec"))
        documented = set(view["required"])
        if isinstance(example, dict):
            documented |= {key for key in example if key in properties}
        for key in sorted(documented - set(value)):
            out.append(Difference(f"{where}/{_escape(key)}", "missing", "documented field absent"))

    def _walk_alternatives(
        self,
        schema: dict[str, Any],
        alternatives: list[Any],
        value: Any,
        where: str,
        example: Any,
        out: list[Difference],
        depth: int,
    ) -> None:
        best: tuple[int, list[Difference]] | None = None
        for alternative in alternatives:
            branch = self._deref(alternative)
            trial: list[Difference] = []
            self._walk(branch, value, where, example, trial, depth)
            # a branch of the value's own type explains a difference better than one that rejects the type outright
            rejects_type = any(d.pointer == where and d.kind in ("type", "null") for d in trial)
            score = (int(rejects_type), trial)
            if best is None or (score[0], len(score[1])) < (best[0], len(best[1])):
                best = score
            if not trial:
                break
        if best is not None:
            out.extend(best[1])
        rest = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf", "description")}
        if rest:
            self._walk(rest, value, where, example, out, depth)


# -- one answer ----------------------------------------------------------------------------------------------


def _find_operation(operation: str | SpecOperation) -> SpecOperation:
    if isinstance(operation, SpecOperation):
        return operation
    for op in packaged_operations():
        if operation in (op.name, op.operation_id, op.key):
            return op
    raise ConfigurationError(f"no operation {operation!r} in the spec (give its name, operationId or key)")


def _decode(body: Any) -> tuple[Any, str | None]:
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            return None, "the answer is not UTF-8 text"
    elif isinstance(body, str):
        text = body
    else:
        return body, None
    try:
        return json.loads(text), None
    except RecursionError:
        return None, "the answer is nested too deeply to parse"
    except ValueError:
        start = text.lstrip()[:60].replace("\n", " ")
        kind = "an HTML page" if start.lower().startswith(("<!doctype", "<html")) else "not JSON"
        return None, f"the answer is {kind}: {start!r}"


def check_response(operation: str | SpecOperation, body: Any) -> ContractResult:
    """Check one answer of ``operation`` (its name, operationId or key) strictly against the spec.

    ``body`` is the decoded envelope (a dict) or its raw bytes/text, e.g. a recorded answer. Returns a
    :class:`ContractResult`: ``passed`` when it fits exactly; ``drift`` with a list of :class:`Difference` (JSON
    pointer, kind, sentence); ``error`` when it is not JSON or its envelope ``code`` is an error. Raises
    ``ConfigurationError`` for an unknown operation. Use it in a test::

        result = check_response("taobao_get_goods", recorded_bytes)
        assert result.passed, result.summary()
    """
    op = _find_operation(operation)
    value, problem = _decode(body)
    result = ContractResult(op.name, op.method, op.path, "pass")
    if problem is not None:
        result.outcome, result.reason = "error", problem
        return result
    if not isinstance(value, dict) or "code" not in value:
        result.outcome = "drift"
        result.differences = [Difference("", "envelope", "not the PandaPon envelope (no code field)")]
        return result
    code = value.get("code")
    if code not in SUCCESS_CODES and str(code) not in {str(c) for c in SUCCESS_CODES}:
        result.outcome, result.reason = "error", f"envelope code {code!r}: {value.get('msg')}"
        return result
    spec = packaged_spec()
    schema = resolve_pointer(spec, op.response_pointer)
    result.differences = StrictChecker(spec).differences(schema, value, op.response_example)
    if result.differences:
        result.outcome = "drift"
    return result


# -- a run over every operation that is safe to repeat ---------------------------------------------------------


def safe_operations(names: Iterable[str] | None = None) -> list[SpecOperation]:
    """The operations the spec marks ``x-pandapon-idempotent: true`` (only those a contract run sends)."""
    chosen = set(names) if names is not None else None
    ops = [op for op in packaged_operations() if op.idempotent]
    if chosen is not None:
        unknown = chosen - {alias for op in ops for alias in (op.name, op.operation_id, op.key)}
        if unknown:
            raise ConfigurationError(
                f"not an operation that is safe to repeat: {', '.join(sorted(unknown))} (a contract run only "
                "sends queries, searches, previews, renders and estimates)"
            )
        ops = [op for op in ops if {op.name, op.operation_id, op.key} & chosen]
    return ops


def _parameter_value(parameter: Parameter) -> Any:
    if parameter.example is not None:
        return parameter.example
    kinds = _types(parameter.schema) or {"string"}
    return 1 if kinds & {"integer", "number"} and "string" not in kinds else "1"


def example_request(op: SpecOperation) -> dict[str, Any]:
    """What a contract run sends for ``op``: the spec's example parameters and body (request-builder kwargs)."""
    path_params = {p.name: _parameter_value(p) for p in op.parameters if p.location == "path"}
    query = {
        p.name: _parameter_value(p)
        for p in op.parameters
        if p.location == "query" and (p.required or p.example is not None)
    }
    kwargs: dict[str, Any] = {"url": op.path, "path_params": path_params, "params": query}
    if op.body_example is not None:
        kwargs["json"] = op.body_example
    return kwargs


def redact(value: Any, secrets: Sequence[str]) -> Any:
    """A copy of ``value`` with secret-looking keys and any occurrence of ``secrets`` replaced by ``<redacted>``."""
    secrets = [s for s in secrets if s]
    if isinstance(value, dict):
        return {k: REDACTED if _SECRET_KEYS.match(str(k)) else redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
    return value


def _record(directory: Path, op: SpecOperation, kwargs: dict[str, Any], content: bytes, secrets: list[str]) -> None:
    decoded, _ = _decode(content)
    entry = {
        "operation": op.name,
        "key": op.key,
        "request": {
            "method": op.method,
            "path": op.path,
            "pathParams": kwargs.get("path_params") or {},
            "query": kwargs.get("params") or {},
            "body": kwargs.get("json"),
        },
        "response": decoded if decoded is not None else content.decode("utf-8", "replace"),
    }
    directory.mkdir(parents=True, exist_ok=True)
    text = json.dumps(redact(entry, secrets), ensure_ascii=False, indent=2)
    (directory / f"{op.name}.json").write_text(text + "\n", encoding="utf-8")


async def check_operation(client: Any, op: SpecOperation, *, record: Path | None = None) -> ContractResult:
    """Send ``op`` with its example request through ``client`` (a PandaPonClient) and check the answer."""
    from ..generated._operations import OPERATIONS

    kwargs = example_request(op)
    started = time.perf_counter()
    try:
        result, _ = await client._call_operation(OPERATIONS[op.name], kwargs)
    except PandaPonAPIError as exc:
        outcome = ContractResult(op.name, op.method, op.path, "error", reason=f"envelope code {exc.code!r}: {exc.msg}")
    except APIError as exc:
        outcome = ContractResult(op.name, op.method, op.path, "error", reason=f"{type(exc).__name__}: {exc}")
    else:
        outcome = check_response(op, result.content)
        if record is not None:
            headers = result.request_headers
            secrets = [client._credentials.access_secret, headers.get("signature", ""), headers.get("nonce-str", "")]
            _record(record, op, kwargs, result.content, secrets)
    outcome.elapsed_ms = (time.perf_counter() - started) * 1000
    return outcome


async def run_contract(
    client: Any,
    operations: Sequence[SpecOperation] | None = None,
    *,
    record: str | os.PathLike[str] | None = None,
) -> list[ContractResult]:
    """Check every operation that is safe to repeat (or ``operations``) through ``client``, one after another; an
    operation that errs is reported and the run goes on."""
    directory = Path(record) if record is not None else None
    return [await check_operation(client, op, record=directory) for op in (operations or safe_operations())]


def seed_mock_for_examples(state: Any, operations: Sequence[SpecOperation] | None = None) -> None:
    """Put the cart entries and orders the example requests name into a mock's state, so they answer."""
    from ..mock import OrderLine

    for op in operations or safe_operations():
        body = op.body_example if isinstance(op.body_example, dict) else {}
        for entry_id in body.get("cartIds") or []:
            if isinstance(entry_id, int) and entry_id not in state.cart:
                state.add_to_cart(entry_id=entry_id, title=f"example entry {entry_id}", quantity=1, price=100)
        order_id = body.get("orderId")
        if order_id is not None and str(order_id).isdigit() and int(order_id) not in state.orders:
            line = OrderLine(title="example", quantity=1, price=100)
            state.create_order(platform="1688", lines=[line], order_id=int(order_id))


def write_junit(results: Sequence[ContractResult], path: str | os.PathLike[str], *, target: str = "") -> None:
    """JUnit XML for CI systems: one test case per operation, a failure per drift, an error per error."""
    failures = sum(r.outcome == "drift" for r in results)
    errors = sum(r.outcome == "error" for r in results)
    suite = ElementTree.Element(
        "testsuite",
        name="pandapon contract" + (f" ({target})" if target else ""),
        tests=str(len(results)),
        failures=str(failures),
        errors=str(errors),
        time=f"{sum(r.elapsed_ms for r in results) / 1000:.3f}",
    )
    for result in results:
        case = ElementTree.SubElement(
            suite,
            "testcase",
            classname=f"pandapon.contract.{result.operation}",
            name=f"{result.method} {result.path}",
            time=f"{result.elapsed_ms / 1000:.3f}",
        )
        if result.outcome == "drift":
            failure = ElementTree.SubElement(
                case, "failure", message=f"{len(result.differences)} difference(s) from the spec", type="drift"
            )
            failure.text = "\n".join(str(d) for d in result.differences)
        elif result.outcome == "error":
            error = ElementTree.SubElement(case, "error", message=result.reason or "error", type="error")
            error.text = result.reason
    tree = ElementTree.ElementTree(suite)
    ElementTree.indent(tree)
    tree.write(os.fspath(path), encoding="utf-8", xml_declaration=True)
