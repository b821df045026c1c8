"""Quality gates for openapi/pandapon.yaml, shared by the tests and the generator.

Each check returns a list of human-readable problems; an empty list means the gate passes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from spec_reader import spec_reader

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "pandapon.yaml"
REQUIRED_OPERATION_FIELDS = ("operationId", "tags", "summary", "x-pandapon-key", "x-pandapon-idempotent")
iter_operations = spec_reader.iter_operations
iter_examples = spec_reader.iter_examples


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def openapi_problems(spec: dict[str, Any]) -> list[str]:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(spec)
    except OpenAPIValidationError as exc:  # the validator raises its first finding
        return [f"openapi-spec-validator: {exc.message}"]
    return []


def example_problems(spec: dict[str, Any]) -> list[str]:
    """Every request and response example validates against its own schema (JSON Schema 2020-12)."""
    from jsonschema import Draft202012Validator

    uri = spec_reader.SPEC_URI
    registry = spec_reader.schema_registry(spec)
    problems = []
    for where, pointer, value in iter_examples(spec):
        validator = Draft202012Validator({"$ref": uri + pointer}, registry=registry)
        for error in validator.iter_errors(value):
            location = "/".join(str(p) for p in error.absolute_path) or "<root>"
            problems.append(f"{where}: at {location}: {error.message[:200]}")
    return problems


def operation_problems(spec: dict[str, Any]) -> list[str]:
    problems = []
    tag_names = {tag["name"] for tag in spec.get("tags", [])}
    seen_ids: set[str] = set()
    seen_routes: set[tuple[str, str]] = set()
    for path, method, op in iter_operations(spec):
        where = f"{method.upper()} {path}"
        route = (method, path)
        if route in seen_routes:
            problems.append(f"{where}: duplicate method+path")
        seen_routes.add(route)
        for field in REQUIRED_OPERATION_FIELDS:
            if field not in op:
                problems.append(f"{where}: missing {field}")
        op_id = op.get("operationId")
        if op_id in seen_ids:
            problems.append(f"{where}: duplicate operationId {op_id}")
        seen_ids.add(op_id)
        for tag in op.get("tags", []):
            if tag not in tag_names:
                problems.append(f"{where}: tag {tag!r} is not declared at the top level")
        ok = (op.get("responses") or {}).get("200") or (op.get("responses") or {}).get(200)
        media = ((ok or {}).get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            problems.append(f"{where}: no application/json schema for the 200 response")
        elif "example" not in media and not media.get("examples"):
            problems.append(f"{where}: the 200 response has no example")
        body = op.get("requestBody")
        if body:
            body_media = (body.get("content") or {}).get("application/json")
            if body_media is not None and "example" not in body_media and not body_media.get("examples"):
                problems.append(f"{where}: the request body has no example")
    return problems


def all_problems(spec: dict[str, Any]) -> list[str]:
    return openapi_problems(spec) + operation_problems(spec) + example_problems(spec)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SPEC_PATH
    problems = all_problems(load_spec(path))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {path}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
