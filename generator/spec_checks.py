"""Quality gates for openapi/pandapon.yaml, shared by the tests and the generator.

Each check returns a list of human-readable problems; an empty list means the gate passes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
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


# -- portability: what every OpenAPI tool (not only our generator) reads the same way --------------------------

MAX_EXACT_INTEGER = 2**53 - 1
"""Above this a JSON number is rounded by JavaScript (and by every tool that parses numbers as doubles)."""


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec_reader.resolve_pointer(spec, schema["$ref"])
    return schema


def _schema_at(spec: dict[str, Any], pointer: str) -> Any:
    return _resolve(spec, {"$ref": pointer})


def _branches(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema and every allOf / anyOf / oneOf branch below it, with references resolved."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    found = [schema]
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            found += _branches(spec, branch)
    return found


def _undeclared(spec: dict[str, Any], schema: Any, value: Any, where: str) -> Iterator[str]:
    branches = _branches(spec, schema)
    if isinstance(value, dict):
        declared: dict[str, list[Any]] = {}
        is_map = False
        described = False
        for branch in branches:
            for name, sub in (branch.get("properties") or {}).items():
                declared.setdefault(name, []).append(sub)
            extra = branch.get("additionalProperties")
            is_map = is_map or isinstance(extra, dict)
            described = described or "properties" in branch or _is_object_schema(branch)
        if not described:
            return  # any JSON: nothing is declared, nothing to compare with
        for name, item in value.items():
            if name in declared:
                for sub in declared[name]:
                    yield from _undeclared(spec, sub, item, f"{where}/{name}")
            elif not is_map:
                yield f"at {where or '<root>'}: field {name!r} is not declared by its schema"
    elif isinstance(value, list):
        for index, item in enumerate(value):
            for branch in branches:
                if "items" in branch:
                    yield from _undeclared(spec, branch["items"], item, f"{where}/{index}")


def undeclared_example_field_problems(spec: dict[str, Any]) -> list[str]:
    """No example carries a field its schema does not declare (an open object is no excuse: declare what is shown)."""
    problems: list[str] = []
    for where, pointer, value in iter_examples(spec):
        problems += [f"{where}: {p}" for p in _undeclared(spec, _schema_at(spec, pointer), value, "")]
    return sorted(set(problems))


def _big_integers(value: Any, where: str) -> Iterator[str]:
    if isinstance(value, bool):
        return
    if isinstance(value, int) and abs(value) > MAX_EXACT_INTEGER:
        yield f"{where or '<root>'}: {value} is beyond 2^53; JSON tools round it, write it as a string"
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _big_integers(item, f"{where}/{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _big_integers(item, f"{where}/{index}")


def exact_integer_problems(spec: dict[str, Any]) -> list[str]:
    """No example (media or parameter) holds an integer that a JavaScript number cannot keep exact."""
    problems = []
    for where, _, value in iter_examples(spec):
        problems += [f"{where}: at {p}" for p in _big_integers(value, "")]
    for path, method, op in iter_operations(spec):
        for parameter in op.get("parameters") or []:
            for p in _big_integers(parameter.get("example"), ""):
                problems.append(f"{method.upper()} {path} parameter {parameter.get('name')} example: {p}")
    return problems


def _is_object_schema(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def _iter_schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object below node (examples and extensions are data, not schemas)."""
    if isinstance(node, dict):
        if "type" in node or "properties" in node:
            yield where, node
        for key, child in node.items():
            if key in ("example", "examples", "default", "enum", "const") or key.startswith("x-"):
                continue
            if key == "properties" and isinstance(child, dict):
                for name, sub in child.items():
                    yield from _iter_schemas(sub, f"{where}/properties/{name}")
            else:
                yield from _iter_schemas(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _iter_schemas(child, f"{where}/{index}")


def open_object_problems(spec: dict[str, Any]) -> list[str]:
    """Every object schema declares its fields or says explicitly whether others may flow.

    openapi-python-client keeps unknown fields of a bare ``type: object``, but openapi-typescript turns it into
    ``Record<string, never>``: the spec must say ``additionalProperties`` for every tool to read it the same way.
    """
    problems = []
    for section in ("components", "paths", "webhooks"):
        for where, schema in _iter_schemas(spec.get(section), "#/" + section):
            if _is_object_schema(schema) and "properties" not in schema and "additionalProperties" not in schema:
                problems.append(f"{where}: an object schema with neither properties nor additionalProperties")
    return problems


# -- docs a caller can read: provenance lives in x-pandapon-notes, never in what the generator renders ----------

PROVENANCE_WORDS = re.compile(
    r"\bdoc-[a-z0-9]+\b|\bapi-\d{6,}\b|doc\.pandapon\.com|\beditions?\b|\bcut[- ]off\b|\b(?:not )?seen\b|\bmenus?\b"
    r"|\bbadges?\b|platform\.md|\bunconfirmed\b|schema-generated|\bpages?\b",
    re.IGNORECASE,
)
"""Words about where a fact came from (doc page ids, editions, cut-off pages, what was seen): research notes."""
PAGINATION_PHRASES = re.compile(
    r"\bpage (?:number|size)|\bpages? of\b|\bper page\b|\btotal pages\b|\bcurrent page\b|\bone page\b"
    r"|\bresult page\b|\bnext page\b|\blast page\b|\bfirst page\b|\bevery page\b|\bthe pages\b"
    r"|\bpage iterators?\b|\brepeated page\b|\bpages? (?:are|is) fetched\b",
    re.IGNORECASE,
)
"""Where "page" means a page of results, which a caller needs to read about."""


CODE_SPAN = re.compile(r"`[^`]*`")


def provenance_words(text: str, *, pages: bool = True) -> list[str]:
    """Provenance words in prose; code spans (paths, names) and pagination phrases are not prose about pages.

    ``pages=False`` leaves the word "page" alone: the generated page iterators' own docstrings are about pages
    of results throughout (their spec text is checked with the word included).
    """
    words = PROVENANCE_WORDS.findall(PAGINATION_PHRASES.sub(" ", CODE_SPAN.sub(" ", text)))
    return words if pages else [word for word in words if word.lower() not in ("page", "pages")]


def _iter_texts(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every description and summary the generator or a documentation tool may render (not examples, not x-)."""
    if isinstance(node, dict):
        for key, child in node.items():
            if key in ("example", "examples") or key.startswith("x-"):
                continue
            if key == "properties" and isinstance(child, dict):
                for name, sub in child.items():
                    yield from _iter_texts(sub, f"{where}/properties/{name}")
            elif key in ("description", "summary") and isinstance(child, str):
                yield f"{where}/{key}", child
            else:
                yield from _iter_texts(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _iter_texts(child, f"{where}/{index}")


def provenance_problems(spec: dict[str, Any]) -> list[str]:
    """No description or summary speaks of doc pages, editions or cut-offs; those go to `x-pandapon-notes`."""
    problems = []
    for where, text in _iter_texts(spec, "#"):
        words = provenance_words(text)
        if words:
            problems.append(
                f"{where}: provenance words {sorted(set(w.lower() for w in words))}: move them to x-pandapon-notes"
            )
    return problems


def parameter_description_problems(spec: dict[str, Any]) -> list[str]:
    """Every parameter is described, and its schema repeats the description.

    openapi-python-client renders a parameter's `Args:` entry from its schema's description only, while
    documentation tools show the parameter's own; the two must say the same.
    """
    problems = []
    for path, method, op in iter_operations(spec):
        for parameter in op.get("parameters") or []:
            where = f"{method.upper()} {path} parameter {parameter.get('name')}"
            text = parameter.get("description")
            if not text:
                problems.append(f"{where}: no description")
            elif (parameter.get("schema") or {}).get("description") != text:
                problems.append(f"{where}: schema.description must repeat the parameter's description")
    return problems


def all_problems(spec: dict[str, Any]) -> list[str]:
    return (
        openapi_problems(spec)
        + operation_problems(spec)
        + example_problems(spec)
        + undeclared_example_field_problems(spec)
        + exact_integer_problems(spec)
        + open_object_problems(spec)
        + provenance_problems(spec)
        + parameter_description_problems(spec)
    )


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SPEC_PATH
    problems = all_problems(load_spec(path))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {path}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
