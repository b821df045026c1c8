"""Tolerant reading, proven with generated responses (hypothesis).

For every operation, envelopes are generated from the operation's own response schema, then mutated the way
real PandaPon responses differ from their docs: extra unknown fields at every level, ``null`` in any field,
arbitrary strings (no enum is assumed), ids as numbers or strings, 64-bit ids beyond 2**53. Each must parse
without an exception and convert back to exactly the same JSON (nothing dropped).
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pandapon_async.generated._operations import OPERATIONS

JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
EXTRA_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=6).map(lambda k: "x_unknown_" + k)
ID_VALUES = st.integers(0, 2**63 - 1) | st.integers(0, 2**63 - 1).map(str) | st.text(max_size=12)


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _is_id(name: str) -> bool:
    return name.endswith(("Id", "id", "ID"))


def strategy_for(schema: dict[str, Any], spec: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values a tolerant client must read: what the schema allows, plus null, extras and type drift."""
    schema = _resolve(schema, spec)
    if depth > 6:
        return st.none()
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            merged["properties"].update(_resolve(part, spec).get("properties", {}))
        return strategy_for(merged, spec, depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([strategy_for(s, spec, depth + 1) for s in schema[key]])
    types = schema.get("type")
    if types is None:
        return ANY_JSON if not schema.get("properties") else strategy_for({**schema, "type": "object"}, spec, depth)
    if isinstance(types, list):
        return st.one_of([strategy_for({**schema, "type": t}, spec, depth) for t in types])
    if types == "null":
        return st.none()
    if types == "string":
        return st.text(max_size=12)  # any string: unknown "enum" values included
    if types == "integer":
        return st.integers(-(2**63), 2**63 - 1)
    if types == "number":
        return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False, width=32)
    if types == "boolean":
        return st.booleans()
    if types == "array":
        return st.lists(strategy_for(schema.get("items", {}), spec, depth + 1), max_size=3)
    if types == "object":
        properties = schema.get("properties") or {}
        optional = {
            name: (ID_VALUES if _is_id(name) else strategy_for(sub, spec, depth + 1)) | st.none()
            for name, sub in properties.items()
        }
        known = st.fixed_dictionaries({}, optional=optional)
        extras = st.dictionaries(EXTRA_KEYS, ANY_JSON, max_size=2)
        if not properties and isinstance(schema.get("additionalProperties"), dict):
            extras = st.dictionaries(
                st.text(max_size=6), strategy_for(schema["additionalProperties"], spec, depth + 1), max_size=3
            )
        return st.tuples(known, extras).map(lambda pair: {**pair[1], **pair[0]})
    return ANY_JSON


def _response_schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    op = OPERATIONS[name]
    schema: dict[str, Any] = spec["paths"][op.path][op.method.lower()]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    return schema


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_generated_responses_parse_and_round_trip(name: str, spec: dict[str, Any]) -> None:
    op = OPERATIONS[name]
    module = importlib.import_module(f"pandapon_async.generated.api.{op.tag.replace('.', '_')}.{name}")
    envelope = strategy_for(_response_schema(spec, name), spec).map(lambda d: {**d, "code": 200})

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=envelope)
    def check(body: dict[str, Any]) -> None:
        body = json.loads(json.dumps(body))  # what json.loads would hand the client
        parsed = module._parse_body(body)
        assert parsed.to_dict() == body

    check()


def test_the_strategy_really_produces_drift(spec: dict[str, Any]) -> None:
    """Guard against a strategy that only ever produces tame values."""
    strategy = strategy_for(_response_schema(spec, "taobao_get_refund"), spec)
    seen = {"null_data": False, "typed_data": False, "extra": False, "numeric_id": False}

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=strategy)
    def look(body: dict[str, Any]) -> None:
        data = body.get("data")
        seen["null_data"] |= "data" in body and data is None
        seen["typed_data"] |= isinstance(data, dict)
        seen["extra"] |= any(k.startswith("x_unknown_") for k in body)
        if isinstance(data, dict):
            seen["numeric_id"] |= isinstance(data.get("distributorId"), int)

    look()
    assert all(seen.values()), seen
