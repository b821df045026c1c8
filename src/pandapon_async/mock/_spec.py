"""The spec as the mock and the CLI read it: routes, parameters, schemas, examples and coverage counts.

Reads the JSON copy of ``openapi/pandapon.yaml`` that ships in the package (no YAML parser needed).
Nothing here imports starlette, so the CLI's ``ops`` command stays light.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DOCUMENTED_ENTRIES = 76
"""The documented entries of the public doc pages (platform.md): 75 English menu items plus ``1688.order.detail``."""

SPEC_URI = "urn:pandapon:spec"
"""The URI under which the whole spec is registered for ``$ref`` resolution (as generator/spec_checks.py does)."""


def pointer(*parts: str | int) -> str:
    """A JSON pointer fragment (``#/a/b~1c``) into the spec."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def snake_case(operation_id: str) -> str:
    """``alibabaCancelOrder`` → ``alibaba_cancel_order`` (the generated module name)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "query" or "path" ("header" parameters are not used by the operations)
    required: bool
    schema: dict[str, Any]
    schema_pointer: str
    example: Any = None


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, with what the mock needs to route, check and answer it."""

    operation_id: str
    name: str
    key: str
    tag: str
    summary: str
    method: str  # upper case
    path: str  # the template, e.g. /open/order/refund/cancel/{refundId}
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_pointer: str | None  # JSON pointer of the request body schema, if the operation has a body
    body_required: bool
    body_example: Any
    response_pointer: str
    response_example: dict[str, Any]
    idempotent: bool
    signed_query: tuple[str, ...] = ()
    status: str = ""
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def is_template(self) -> bool:
        return "{" in self.path

    def example_response(self) -> dict[str, Any]:
        """A fresh deep copy of the 200 example, safe to modify."""
        return copy.deepcopy(self.response_example)


def _first_example(media: dict[str, Any]) -> Any:
    examples = media.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


def _compile(path: str) -> re.Pattern[str]:
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", path):
        regex += re.escape(literal)
        if name:
            regex += f"(?P<{re.sub(r'[^0-9A-Za-z_]', '_', name)}>[^/]+)"
    return re.compile(f"^{regex}$")


def build_operations(spec: dict[str, Any]) -> list[SpecOperation]:
    """Every operation under ``paths``, in the spec's order."""
    operations: list[SpecOperation] = []
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parameters: list[Parameter] = []
            own = op.get("parameters") or []
            for source, index, raw in [("item", i, p) for i, p in enumerate(shared)] + [
                ("op", i, p) for i, p in enumerate(own)
            ]:
                if "$ref" in raw:  # components/parameters are not used by this spec; resolve simply if they appear
                    ref = raw["$ref"].removeprefix("#/").split("/")
                    resolved: Any = spec
                    for part in ref:
                        resolved = resolved[part.replace("~1", "/").replace("~0", "~")]
                    raw = resolved
                if raw.get("in") not in ("query", "path"):
                    continue
                where = (
                    ("paths", path, "parameters", index)
                    if source == "item"
                    else ("paths", path, method, "parameters", index)
                )
                parameters.append(
                    Parameter(
                        name=raw["name"],
                        location=raw["in"],
                        required=bool(raw.get("required")) or raw["in"] == "path",
                        schema=raw.get("schema") or {},
                        schema_pointer=pointer(*where, "schema"),
                        example=raw.get("example"),
                    )
                )
            body = op.get("requestBody") or {}
            body_media = (body.get("content") or {}).get("application/json")
            body_pointer = (
                pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
                if body_media and "schema" in body_media
                else None
            )
            ok = (op.get("responses") or {}).get("200") or {}
            ok_media = (ok.get("content") or {}).get("application/json") or {}
            example = _first_example(ok_media)
            operations.append(
                SpecOperation(
                    operation_id=op.get("operationId", f"{method}_{path}"),
                    name=snake_case(op.get("operationId", f"{method}_{path}")),
                    key=op.get("x-pandapon-key", ""),
                    tag=(op.get("tags") or [""])[0],
                    summary=op.get("summary", ""),
                    method=method.upper(),
                    path=path,
                    pattern=_compile(path),
                    parameters=tuple(parameters),
                    body_pointer=body_pointer,
                    body_required=bool(body.get("required")),
                    body_example=_first_example(body_media) if body_media else None,
                    response_pointer=pointer(
                        "paths", path, method, "responses", "200", "content", "application/json", "schema"
                    ),
                    response_example=example
                    if isinstance(example, dict)
                    else {"code": 200, "msg": "成功", "data": example},
                    idempotent=bool(op.get("x-pandapon-idempotent")),
                    signed_query=tuple(op.get("x-pandapon-signed-query") or ()),
                    status=op.get("x-pandapon-status", ""),
                )
            )
    return operations


@cache
def _packaged_spec_text() -> str:
    return resources.files("pandapon_async.generated").joinpath("openapi.json").read_text(encoding="utf-8")


def load_spec() -> dict[str, Any]:
    """A fresh copy of the packaged spec (``pandapon_async/generated/openapi.json``)."""
    spec: dict[str, Any] = json.loads(_packaged_spec_text())
    return spec


@dataclass(frozen=True)
class Coverage:
    """How much of the 76 documented entries the spec describes, counted from the spec alone."""

    operations: int
    callbacks: int
    pending: int
    documented: int = DOCUMENTED_ENTRIES

    @property
    def described(self) -> int:
        return self.operations + self.callbacks + self.pending

    def line(self) -> str:
        return (
            f"coverage: {self.operations} operations, {self.callbacks} callbacks, {self.pending} pending "
            f"= {self.described} of {self.documented} documented entries"
        )


def coverage(spec: dict[str, Any]) -> Coverage:
    """Operations under ``paths``, callbacks under ``webhooks`` and the ``x-pandapon-pending`` list."""
    operations = sum(
        1
        for item in (spec.get("paths") or {}).values()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )
    callbacks = len(spec.get("webhooks") or {})
    pending = len(spec.get("x-pandapon-pending") or [])
    return Coverage(operations=operations, callbacks=callbacks, pending=pending)
