"""The one reader of the PandaPon spec: every question the package asks of ``openapi/pandapon.yaml``.

The client, the mock server, the CLI and the generator scripts ask this module (operations and their routes,
signed-query parameters, pending entries, examples, schema pointers, coverage counts) instead of reading the
spec themselves. At run time it reads the JSON copy that ships in the package
(``pandapon_async/generated/openapi.json``); the generator passes the YAML source it has just loaded.

This module imports nothing from the package, so the generator can load it by file path even when the
package itself does not import (e.g. in the middle of a regeneration).
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
"""The operation keys of an OpenAPI path item, in the order OpenAPI lists them."""

SPEC_URI = "urn:pandapon:spec"
"""The URI under which the whole spec is registered for JSON Schema ``$ref`` resolution."""

FILLS_EXTENSION = "x-pandapon-fills"
DOCUMENTED_ENTRIES_EXTENSION = "x-pandapon-documented-entries"
PENDING_EXTENSION = "x-pandapon-pending"


def pointer(*parts: str | int) -> str:
    """A JSON pointer fragment (``#/a/b~1c``) into the spec."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def resolve_pointer(spec: dict[str, Any], fragment: str) -> Any:
    """The node a ``#/...`` pointer names."""
    node: Any = spec
    for part in fragment.removeprefix("#/").split("/"):
        if part:
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operation_name(operation_id: str) -> str:
    """``alibabaCancelOrder`` → ``alibaba_cancel_order``: the Python name of an operation and of its module."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


# --- walking the document --------------------------------------------------------------------------------------


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation under ``paths``, in the spec's order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def iter_webhooks(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(name, method, operation)`` for every pushed message under ``webhooks``."""
    for name, item in (spec.get("webhooks") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield name, method, op


def iter_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """``(where, JSON pointer of the schema, example value)`` for every example of a request, answer or message."""
    for path, method, op in iter_operations(spec):
        where = f"{method.upper()} {path}"
        media_sets: list[tuple[str, tuple[str, ...], dict[str, Any]]] = []
        body = op.get("requestBody")
        if body and "content" in body:
            media_sets.append(("request", ("paths", path, method, "requestBody", "content"), body["content"]))
        for status, response in (op.get("responses") or {}).items():
            if "content" in response:
                base: tuple[str, ...] = ("paths", path, method, "responses", str(status), "content")
                media_sets.append((f"response {status}", base, response["content"]))
        for label, base, content in media_sets:
            yield from _media_examples(f"{where} {label}", base, content)
    for name, method, op in iter_webhooks(spec):
        if "requestBody" in op:
            base = ("webhooks", name, method, "requestBody", "content")
            yield from _media_examples(f"webhook {name}", base, op["requestBody"].get("content", {}))


def _media_examples(where: str, base: tuple[str, ...], content: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for media_type, media in content.items():
        if "schema" not in media:
            continue
        schema_pointer = pointer(*base, media_type, "schema")
        if "example" in media:
            yield f"{where} example", schema_pointer, media["example"]
        for name, example in (media.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield f"{where} examples.{name}", schema_pointer, example["value"]


def first_example(media: dict[str, Any]) -> Any:
    """The first example of a media type object (``examples`` first, then ``example``), or None."""
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


def signed_query(op: dict[str, Any], spec: dict[str, Any]) -> tuple[str, ...]:
    """The query parameters the signer fills on this operation, as ``(timestamp name, signature name)``, else ``()``.

    Read from the standard declaration: the operation's security requirements that name ``apiKey`` schemes
    ``in: query``, each saying with ``x-pandapon-fills`` which signed value it carries.
    """
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    fills: dict[str, str] = {}
    for requirement in op.get("security", spec.get("security")) or []:
        for scheme_name in requirement:
            scheme = schemes.get(scheme_name) or {}
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                fills[scheme[FILLS_EXTENSION]] = scheme["name"]
    return (fills["timestamp"], fills["signature"]) if fills else ()


# --- operations as the package uses them ----------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """One query or path parameter of an operation."""

    name: str
    location: str  # "query" or "path"
    required: bool
    schema: dict[str, Any]
    schema_pointer: str
    example: Any = None


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, with what the mock and the CLI need to route, check and answer it."""

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


def route_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a template; each ``{name}`` matches one segment."""
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", path):
        regex += re.escape(literal)
        if name:
            regex += f"(?P<{re.sub(r'[^0-9A-Za-z_]', '_', name)}>[^/]+)"
    return re.compile(f"^{regex}$")


def _parameters(spec: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> tuple[Parameter, ...]:
    found: list[Parameter] = []
    sources: list[tuple[tuple[str, ...], Any]] = [(("paths", path, "parameters"), item.get("parameters") or [])]
    sources.append((("paths", path, method, "parameters"), item[method].get("parameters") or []))
    for where, raws in sources:
        for index, raw in enumerate(raws):
            if "$ref" in raw:
                raw = resolve_pointer(spec, raw["$ref"])
            if raw.get("in") not in ("query", "path"):
                continue
            found.append(
                Parameter(
                    name=raw["name"],
                    location=raw["in"],
                    required=bool(raw.get("required")) or raw["in"] == "path",
                    schema=raw.get("schema") or {},
                    schema_pointer=pointer(*where, index, "schema"),
                    example=raw.get("example"),
                )
            )
    return tuple(found)


def build_operations(spec: dict[str, Any]) -> list[SpecOperation]:
    """Every operation under ``paths``, in the spec's order."""
    operations: list[SpecOperation] = []
    for path, method, op in iter_operations(spec):
        item = spec["paths"][path]
        body = op.get("requestBody") or {}
        body_media = (body.get("content") or {}).get("application/json")
        body_pointer = (
            pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
            if body_media and "schema" in body_media
            else None
        )
        ok = (op.get("responses") or {}).get("200") or {}
        example = first_example((ok.get("content") or {}).get("application/json") or {})
        operation_id = op.get("operationId", f"{method}_{path}")
        operations.append(
            SpecOperation(
                operation_id=operation_id,
                name=operation_name(operation_id),
                key=op.get("x-pandapon-key", ""),
                tag=(op.get("tags") or [""])[0],
                summary=op.get("summary", ""),
                method=method.upper(),
                path=path,
                pattern=route_pattern(path),
                parameters=_parameters(spec, path, method, item),
                body_pointer=body_pointer,
                body_required=bool(body.get("required")),
                body_example=first_example(body_media) if body_media else None,
                response_pointer=pointer(
                    "paths", path, method, "responses", "200", "content", "application/json", "schema"
                ),
                response_example=example
                if isinstance(example, dict)
                else {"code": 200, "msg": "成功", "data": example},
                idempotent=bool(op.get("x-pandapon-idempotent")),
                signed_query=signed_query(op, spec),
                status=op.get("x-pandapon-status", ""),
            )
        )
    return operations


def signed_query_for_path(path: str, spec: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The signed query parameters a raw call to ``path`` needs, decided by the spec's own operations.

    A path that matches a documented operation takes that operation's rule; any other path takes the rule of
    the documented operations that share its first three segments (e.g. ``/open/pp/logistics``), when they
    agree on one. ``path`` may carry a query string, which is ignored.
    """
    route = path.split("?", 1)[0]
    family = _family(route)
    rules: set[tuple[str, ...]] = set()
    for operation in _operations_of(spec):
        if operation.pattern.match(route):
            return operation.signed_query
        if _family(operation.path) == family:
            rules.add(operation.signed_query)
    return rules.pop() if len(rules) == 1 else ()


def _family(path: str) -> tuple[str, ...]:
    return tuple(path.strip("/").split("/")[:3])


def _operations_of(spec: dict[str, Any] | None) -> list[SpecOperation]:
    return build_operations(spec) if spec is not None else packaged_operations()


# --- pending entries and coverage -----------------------------------------------------------------------------


def pending_entries(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The documented entries whose path is not public (``x-pandapon-pending``): key, group, titles, method."""
    return list(spec.get(PENDING_EXTENSION) or [])


def documented_entries(spec: dict[str, Any]) -> int:
    """How many entries the public doc pages list (``x-pandapon-documented-entries``)."""
    return int(spec[DOCUMENTED_ENTRIES_EXTENSION])


def group_of(key: str) -> str:
    """The PandaPon group of a reference key: ``1688.order.cancel`` → ``1688.order``;
    ``warehouse.y`` → ``warehouse``."""
    parts = key.split(".")
    return ".".join(parts[:2]) if parts[0] in ("taobao", "1688") else parts[0]


def keys_by_kind(spec: dict[str, Any]) -> dict[str, list[str]]:
    """The reference keys the spec carries, by kind: operations, callbacks (webhooks) and pending."""
    return {
        "operations": [op["x-pandapon-key"] for _, _, op in iter_operations(spec)],
        "callbacks": [op["x-pandapon-key"] for _, _, op in iter_webhooks(spec)],
        "pending": [entry["key"] for entry in pending_entries(spec)],
    }


@dataclass(frozen=True)
class Coverage:
    """How much of the documented entries the spec describes, counted from the spec alone."""

    operations: int
    callbacks: int
    pending: int
    documented: int
    by_group: dict[str, Counter[str]] = field(default_factory=dict, compare=False)

    @property
    def described(self) -> int:
        return self.operations + self.callbacks + self.pending

    def line(self) -> str:
        return (
            f"coverage: {self.operations} operations, {self.callbacks} callbacks, {self.pending} pending "
            f"= {self.described} of {self.documented} documented entries"
        )


def coverage(spec: dict[str, Any]) -> Coverage:
    """Operations under ``paths``, callbacks under ``webhooks`` and pending entries, in all and by group."""
    kinds = keys_by_kind(spec)
    return Coverage(
        operations=len(kinds["operations"]),
        callbacks=len(kinds["callbacks"]),
        pending=len(kinds["pending"]),
        documented=documented_entries(spec),
        by_group={kind: Counter(group_of(key) for key in keys) for kind, keys in kinds.items()},
    )


# --- the shipped copy -----------------------------------------------------------------------------------------


@cache
def _packaged_spec_text() -> str:
    return resources.files("pandapon_async.generated").joinpath("openapi.json").read_text(encoding="utf-8")


def load_spec() -> dict[str, Any]:
    """A fresh copy of the packaged spec, safe to modify."""
    spec: dict[str, Any] = json.loads(_packaged_spec_text())
    return spec


@cache
def packaged_spec() -> dict[str, Any]:
    """The packaged spec, read once per process; treat it as read-only (``load_spec()`` for a copy)."""
    return load_spec()


@cache
def packaged_operations() -> list[SpecOperation]:
    """``build_operations`` of the packaged spec, built once per process."""
    return build_operations(packaged_spec())


def schema_registry(spec: dict[str, Any]) -> Any:
    """A ``referencing.Registry`` holding the whole spec under :data:`SPEC_URI` (needs ``jsonschema``)."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


# --- the namespaced client: namespaces, method names, pagination ----------------------------------------------
# (x-pandapon-namespace on tags, x-pandapon-method on operations and pending entries, x-pandapon-pagination on
# list/search operations; the generator renders the facade and docs/api.md from these answers)

NAMESPACE_EXTENSION = "x-pandapon-namespace"
METHOD_EXTENSION = "x-pandapon-method"
PAGINATION_EXTENSION = "x-pandapon-pagination"
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class Pagination:
    """How one list/search operation pages, as its ``x-pandapon-pagination`` declares it.

    ``page`` and ``size`` are the wire names of the page-number and page-size fields, sent ``location``
    (``body`` or ``query``); ``first`` is the number of the first page. ``items``, ``total_pages`` and
    ``total_items`` are paths (wire names) into the answer's envelope; an operation whose answer the docs do not
    show has no ``items`` path, and then no iterator is offered (nothing is guessed).
    """

    location: str
    page: str
    size: str | None
    first: int
    items: tuple[str, ...] | None
    total_pages: tuple[str, ...] | None
    total_items: tuple[str, ...] | None

    @property
    def iterable(self) -> bool:
        """True when the answer's items are declared, so the pages can be iterated."""
        return self.items is not None


def pagination(op: dict[str, Any]) -> Pagination | None:
    """The operation's declared paging, or None; a malformed declaration raises ``ValueError`` naming the field."""
    raw = op.get(PAGINATION_EXTENSION)
    if raw is None:
        return None
    known = {"in", "page", "size", "first", "items", "total-pages", "total-items"}
    if not isinstance(raw, dict) or not isinstance(raw.get("page"), str) or set(raw) - known:
        raise ValueError(f"{PAGINATION_EXTENSION} must map {sorted(known)} (page required), not {raw!r}")
    if raw.get("in", "body") not in ("body", "query"):
        raise ValueError(f"{PAGINATION_EXTENSION}: 'in' must be body or query, not {raw['in']!r}")

    def path(name: str) -> tuple[str, ...] | None:
        value = raw.get(name)
        return tuple(str(value).split(".")) if value else None

    return Pagination(
        location=raw.get("in", "body"),
        page=raw["page"],
        size=raw.get("size"),
        first=int(raw.get("first", 1)),
        items=path("items"),
        total_pages=path("total-pages"),
        total_items=path("total-items"),
    )


def namespace_of_tag(spec: dict[str, Any], tag: str) -> str:
    """The dotted attribute path of a tag's namespace (``alibaba.order`` → ``alibaba.orders``)."""
    for declared in spec.get("tags") or []:
        if declared.get("name") == tag:
            return str(declared.get(NAMESPACE_EXTENSION) or tag)
    raise ValueError(f"tag {tag!r} is not declared at the top level")


def namespace_of_group(spec: dict[str, Any], group: str) -> str:
    """The namespace of a PandaPon group (``1688.order`` → ``alibaba.orders``).

    A group no tag declares (a group with only pending entries, e.g. ``1688.marketing``) takes the root of the
    namespaces of its platform's tags and its own second word: ``alibaba.marketing``.
    """
    tags = spec.get("tags") or []
    for declared in tags:
        if declared.get("x-pandapon-group") == group:
            return namespace_of_tag(spec, declared["name"])
    platform, _, rest = group.partition(".")
    roots = {
        namespace_of_tag(spec, t["name"]).split(".")[0]
        for t in tags
        if str(t.get("x-pandapon-group", "")).split(".")[0] == platform
    }
    if len(roots) != 1 or not rest:
        raise ValueError(f"no namespace for group {group!r}: declare a tag with {NAMESPACE_EXTENSION}")
    return f"{roots.pop()}.{rest}"


def method_name(declared: dict[str, Any], derived: str, namespace: str) -> str:
    """An operation's (or pending entry's) method name: its ``x-pandapon-method``, else ``derived`` without a
    leading word naming the namespace's root (``warehouse_estimate_freight`` in ``warehouse``: ``estimate_freight``).
    """
    name = declared.get(METHOD_EXTENSION)
    if name is None:
        root = namespace.split(".")[0] + "_"
        name = derived[len(root) :] if derived.startswith(root) else derived
    if not isinstance(name, str) or not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"{METHOD_EXTENSION} must be a lower-case Python identifier, not {name!r}")
    return name


def facade_call(spec: dict[str, Any], op: dict[str, Any]) -> str:
    """An operation's namespace method as a dotted path from the client: ``alibaba.cart.list``."""
    namespace = namespace_of_tag(spec, op["tags"][0])
    return f"{namespace}.{method_name(op, operation_name(op['operationId']), namespace)}"


def pending_call(spec: dict[str, Any], entry: dict[str, Any]) -> str:
    """A pending entry's namespace method as a dotted path from the client: ``taobao.orders.get_detail``."""
    namespace = namespace_of_group(spec, entry["group"])
    return f"{namespace}.{method_name(entry, entry['key'].split('.')[-1], namespace)}"
