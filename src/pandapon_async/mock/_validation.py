"""Request checks against the spec's schemas: JSON Schema 2020-12 over the whole spec, plus JSON-in-string fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from .._spec import SPEC_URI, resolve_pointer, schema_registry

MAX_REPORTED_ERRORS = 3
_ITEMS = object()  # marks "every item of an array" in a field path


def _location(error: Any, root: str) -> str:
    return root + str(error.json_path).removeprefix("$")


class SchemaChecker:
    """Validates values against schemas named by JSON pointers into the spec (``$ref`` resolved over the spec)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._registry = schema_registry(spec)
        self._validators: dict[str, Any] = {}
        self._encoded: dict[str, list[tuple[object, ...]]] = {}

    def _validator(self, schema_pointer: str) -> Any:
        validator = self._validators.get(schema_pointer)
        if validator is None:
            validator = Draft202012Validator({"$ref": SPEC_URI + schema_pointer}, registry=self._registry)
            self._validators[schema_pointer] = validator
        return validator

    def problems(self, schema_pointer: str, value: Any, *, root: str = "$") -> list[str]:
        """Human-readable problems of ``value`` (empty when it validates); the most relevant first."""
        errors = list(self._validator(schema_pointer).iter_errors(value))
        if not errors:
            return []
        first = best_match(errors)
        ordered = [first] + [e for e in errors if e is not first]
        messages = []
        for error in ordered[:MAX_REPORTED_ERRORS]:
            # anyOf/oneOf failures carry the useful reason in their context
            detail = best_match(error.context) if error.context else error
            location = _location(detail, root)
            messages.append(f"at {location}: {detail.message[:200]}")
        if len(errors) > MAX_REPORTED_ERRORS:
            messages.append(f"and {len(errors) - MAX_REPORTED_ERRORS} more")
        return messages

    def is_valid(self, schema_pointer: str, value: Any) -> bool:
        return bool(self._validator(schema_pointer).is_valid(value))

    # -- fields sent as JSON inside a string (x-pandapon-json-encoded) ------------------------------------------

    def _resolve(self, ref: str) -> dict[str, Any]:
        node = resolve_pointer(self._spec, ref)
        return node if isinstance(node, dict) else {}

    def _walk(self, schema: dict[str, Any], path: tuple[object, ...], seen: frozenset[str]) -> list[tuple[object, ...]]:
        found: list[tuple[object, ...]] = []
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
            found += self._walk(self._resolve(ref), path, seen | {ref})
        if schema.get("x-pandapon-json-encoded"):
            found.append(path)
        for keyword in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(keyword) or []:
                if isinstance(sub, dict):
                    found += self._walk(sub, path, seen)
        for name, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict):
                found += self._walk(sub, (*path, name), seen)
        items = schema.get("items")
        if isinstance(items, dict):
            found += self._walk(items, (*path, _ITEMS), seen)
        return found

    def json_encoded_problems(self, schema_pointer: str, value: Any) -> list[str]:
        """Fields the spec marks ``x-pandapon-json-encoded`` must hold a JSON document inside their string."""
        paths = self._encoded.get(schema_pointer)
        if paths is None:
            paths = self._walk(self._resolve(schema_pointer), (), frozenset())
            self._encoded[schema_pointer] = paths
        problems = []
        for path in paths:
            for location, text in _values_at(value, path, "$"):
                if not isinstance(text, str) or not text.strip():
                    continue
                try:
                    json.loads(text)
                except ValueError as exc:
                    problems.append(f"at {location}: must be JSON encoded inside the string ({exc})")
        return problems


def _values_at(value: Any, path: tuple[object, ...], location: str) -> Iterator[tuple[str, Any]]:
    if not path:
        yield location, value
        return
    head, rest = path[0], path[1:]
    if head is _ITEMS:
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _values_at(item, rest, f"{location}[{index}]")
    elif isinstance(value, dict) and isinstance(head, str) and head in value:
        yield from _values_at(value[head], rest, f"{location}.{head}")
