"""The namespaced client (``client.taobao.aftersales.get_refund(...)``) and docs/api.md, rendered from the spec.

Each tag is one namespace (``x-pandapon-namespace`` on the tag names its attribute path; a group with only
pending entries takes its platform's root, e.g. ``alibaba.marketing``), each operation one method
(``x-pandapon-method`` names it, else its Python name without the namespace's root word), each pending entry
one method that raises until its path is supplied, and each operation whose ``x-pandapon-pagination`` declares
its items gets ``<method>_pages()`` and ``<method>_all()`` iterators. The methods' signatures and docstrings come
from the same openapi-python-client endpoint objects and macros as the function modules, so they cannot drift.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spec_reader import spec_reader

HEADER = "generated from openapi/pandapon.yaml by generator/generate.py; do not edit"
ITERATOR_SUFFIXES = ("_pages", "_all")


@dataclass
class Paged:
    """A paginated operation's iterator facts, resolved to Python names and types."""

    declared: Any  # spec_reader.Pagination
    items_path: tuple[str, ...] | None = None
    total_pages_path: tuple[str, ...] | None = None
    total_items_path: tuple[str, ...] | None = None
    item_type: str = "Any"
    item_import: str | None = None


@dataclass
class Op:
    endpoint: Any
    name: str  # the operation's Python name (= its function module)
    method_name: str
    tag_module: str  # generated/api/<tag_module>/<name>.py
    http_method: str
    path: str
    key: str
    idempotent: bool
    call: str  # client.<namespace>.<method>
    paged: Paged | None = None

    @property
    def function(self) -> str:
        return f"pandapon_async.generated.api.{self.tag_module}.{self.name}"


@dataclass
class Pending:
    key: str
    method_name: str
    title: str
    title_zh: str | None
    http_method: str | None
    call: str


@dataclass
class Node:
    path: tuple[str, ...]
    description: str = ""
    children: list[Node] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def module(self) -> str:
        return "_".join(self.path)

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path) + "Namespace"

    def walk(self) -> list[Node]:
        return [self, *(n for child in self.children for n in child.walk())]


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _unwrap(prop: Any) -> Any:
    """The non-null member of an ``anyOf [X, null]`` property (or the property itself)."""
    inner = getattr(prop, "inner_properties", None)
    if inner:
        members = [p for p in inner if type(p).__name__ != "NoneProperty"]
        if len(members) == 1:
            return members[0]
    return prop


def _resolve(models: dict[str, Any], prop: Any, wire_path: tuple[str, ...], where: str) -> tuple[tuple[str, ...], Any]:
    """The Python attribute path and the final property of a wire path (``data.totalPage``) into a response model."""
    python_path: list[str] = []
    for name in wire_path:
        model_prop = _unwrap(prop)
        class_info = getattr(model_prop, "class_info", None)
        model = models.get(class_info.name) if class_info is not None else None
        child = next((p for p in _properties(model) if _text(p.name) == name), None) if model is not None else None
        if child is None:
            raise SystemExit(f"{where}: x-pandapon-pagination path {'.'.join(wire_path)!r} has no field {name!r}")
        python_path.append(str(child.python_name))
        prop = child
    return tuple(python_path), prop


def build_tree(spec: dict[str, Any], project: Any) -> list[Node]:
    """The namespace tree, its roots in the spec's tag order."""
    endpoints = {
        str(endpoint.name): (str(tag), endpoint)
        for tag, collection in project.openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    models = {m.class_info.name: m for m in project.openapi.models}
    nodes: dict[tuple[str, ...], Node] = {}
    roots: list[Node] = []

    def node(path: tuple[str, ...]) -> Node:
        if path not in nodes:
            nodes[path] = Node(path)
            if len(path) == 1:
                roots.append(nodes[path])
            else:
                node(path[:-1]).children.append(nodes[path])
        return nodes[path]

    for tag in spec.get("tags") or []:
        namespace = node(tuple(spec_reader.namespace_of_tag(spec, tag["name"]).split(".")))
        namespace.description = str(tag.get("description", "")).split(" (PandaPon group")[0]
    for path, method, raw in spec_reader.iter_operations(spec):
        name = spec_reader.operation_name(raw["operationId"])
        tag_module, endpoint = endpoints[name]
        namespace_path, _, method_name = spec_reader.facade_call(spec, raw).rpartition(".")
        op = Op(
            endpoint=endpoint,
            name=name,
            method_name=method_name,
            tag_module=tag_module,
            http_method=method.upper(),
            path=path,
            key=raw["x-pandapon-key"],
            idempotent=bool(raw["x-pandapon-idempotent"]),
            call=f"client.{namespace_path}.{method_name}",
        )
        declared = spec_reader.pagination(raw)
        if declared is not None:
            op.paged = _paged(models, op, declared)
        node(tuple(namespace_path.split("."))).ops.append(op)
    for entry in spec_reader.pending_entries(spec):
        namespace_path, _, method_name = spec_reader.pending_call(spec, entry).rpartition(".")
        node(tuple(namespace_path.split("."))).pending.append(
            Pending(
                key=entry["key"],
                method_name=method_name,
                title=entry["title_en"],
                title_zh=entry.get("title_zh"),
                http_method=entry.get("method"),
                call=f"client.{namespace_path}.{method_name}",
            )
        )
    for each in nodes.values():
        _check_names(each)
    return roots


def _paged(models: dict[str, Any], op: Op, declared: Any) -> Paged:
    where = f"{op.http_method} {op.path}"
    paged = Paged(declared)
    if not declared.iterable:
        return paged
    bodies = op.endpoint.bodies
    if declared.location != "body" or len(bodies) != 1 or not bodies[0].prop.required:
        raise SystemExit(f"{where}: page iterators support a required request body holding the page number")
    response = op.endpoint.responses.patterns[0].prop
    paged.items_path, items = _resolve(models, response, declared.items, where)
    items = _unwrap(items)
    inner = getattr(items, "inner_property", None)
    if inner is None:
        raise SystemExit(f"{where}: x-pandapon-pagination items {'.'.join(declared.items)!r} is not an array")
    paged.item_type = inner.get_type_string().as_unembedded_code()
    class_info = getattr(inner, "class_info", None)
    if class_info is not None:
        paged.item_import = f"from ..models.{class_info.module_name} import {class_info.name}"
    if declared.total_pages:
        paged.total_pages_path = _resolve(models, response, declared.total_pages, where)[0]
    if declared.total_items:
        paged.total_items_path = _resolve(models, response, declared.total_items, where)[0]
    return paged


def _check_names(node: Node) -> None:
    names = [op.method_name for op in node.ops] + [p.method_name for p in node.pending]
    names += [
        op.method_name + suffix for op in node.ops if op.paged and op.paged.items_path for suffix in ITERATOR_SUFFIXES
    ]
    names += [child.path[-1] for child in node.children] + ["with_raw_response"]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SystemExit(f"namespace client.{node.dotted}: two members named {', '.join(duplicates)}")
    shadowing = {n for n in names if isinstance(getattr(builtins, n, None), type)}
    for op in node.ops:
        for parameter in op.endpoint.list_all_parameters():
            annotation = parameter.get_type_string().as_unembedded_code()
            if any(f"{n}[" in annotation for n in shadowing):
                raise SystemExit(f"client.{node.dotted}: a method named like a builtin type shadows it in {op.name}")


def facts(roots: list[Node]) -> dict[str, dict[str, str]]:
    """What each operation's docstring says beyond the endpoint objects: route, retry safety, pagination."""
    found: dict[str, dict[str, str]] = {}
    for root in roots:
        for node in root.walk():
            for op in node.ops:
                retry = (
                    "Retried automatically on connection errors, timeouts, 408, 429 and 5xx: it is safe to repeat."
                    if op.idempotent
                    else "Never retried automatically: repeating it could act twice."
                )
                found[op.name] = {
                    "route_sentence": f"Sends `{op.http_method} {op.path}`. {retry}",
                    "paging_sentence": paging_sentence(op),
                }
    return found


def paging_sentence(op: Op) -> str:
    if op.paged is None:
        return ""
    declared = op.paged.declared
    size = f" and `{declared.size}`" if declared.size else ""
    where = f"Paged by `{declared.page}` (first page {declared.first}){size} in the request {declared.location}"
    if op.paged.items_path is None:
        return f"{where}; the answer's paging fields are not documented, so no page iterator is offered."
    return f"{where}; `{op.call}_all()` iterates the items of every page and `{op.call}_pages()` the pages."


def render(project: Any, roots: list[Node], package: Path, docs: Path) -> None:
    """Write generated/namespaces/ and docs/api.md."""
    env = project.env
    env.filters["wire"] = _text
    env.filters["cell"] = lambda text: str(text).replace("|", "\\|")  # a `|` inside a Markdown table cell
    target = package / "namespaces"
    target.mkdir()
    (target / "__init__.py").write_text(env.get_template("namespaces_init.py.jinja").render(roots=roots), "utf-8")
    module_template = env.get_template("namespace_module.py.jinja")
    for root in roots:
        for node in root.walk():
            (target / f"{node.module}.py").write_text(module_template.render(node=node), encoding="utf-8")
    pending = [p for root in roots for node in root.walk() for p in node.pending]
    pending_module = env.get_template("namespaces_pending.py.jinja").render(pending=pending)
    (target / "_pending.py").write_text(pending_module, encoding="utf-8")
    docs.write_text(env.get_template("api.md.jinja").render(roots=roots, header=HEADER), encoding="utf-8")
