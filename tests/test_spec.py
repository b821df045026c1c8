"""Quality gates on openapi/pandapon.yaml (the single source of truth) and the coverage report."""

from __future__ import annotations

import ast
import copy
import json
from typing import Any

import pytest
from spec_checks import (
    exact_integer_problems,
    example_problems,
    iter_operations,
    open_object_problems,
    openapi_problems,
    operation_problems,
    parameter_description_problems,
    provenance_problems,
    provenance_words,
    undeclared_example_field_problems,
)
from spec_coverage import keys_by_kind, readme_with_table, table

from pandapon_async._spec import signed_query
from pandapon_async.generated._operations import OPERATIONS

from .conftest import ROOT


def test_spec_passes_openapi_spec_validator(spec: dict[str, Any]) -> None:
    assert openapi_problems(spec) == []


def test_every_operation_has_id_tag_summary_key_typed_200_and_examples(spec: dict[str, Any]) -> None:
    assert operation_problems(spec) == []


def test_every_example_validates_against_its_own_schema(spec: dict[str, Any]) -> None:
    assert example_problems(spec) == []


def test_the_gates_can_fail(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    op = broken["paths"]["/open/order/refund/query"]["get"]
    del op["x-pandapon-key"]
    op["responses"]["200"]["content"]["application/json"]["examples"]["docs"]["value"]["code"] = "not an integer"
    broken["paths"]["/open/order/refund/query"]["post"] = copy.deepcopy(broken["paths"]["/open/product/get"]["get"])
    problems = operation_problems(broken)
    assert "GET /open/order/refund/query: missing x-pandapon-key" in problems
    assert any("duplicate operationId taobaoGetGoods" in p for p in problems)
    assert any("/open/order/refund/query response 200 examples.docs: at code" in p for p in example_problems(broken))
    broken["paths"]["/x"] = {"get": {"responses": "nope"}}
    assert openapi_problems(broken)


def test_operation_table_matches_the_spec(spec: dict[str, Any]) -> None:
    from_spec = {
        op["x-pandapon-key"]: (method.upper(), path, op["x-pandapon-idempotent"])
        for path, method, op in iter_operations(spec)
    }
    from_table = {op.key: (op.method, op.path, op.idempotent) for op in OPERATIONS.values()}
    assert from_table == from_spec
    assert len(OPERATIONS) == 42


def test_unsafe_operations_are_never_marked_idempotent() -> None:
    unsafe_words = ("create", "pay", "cancel", "submit", "add", "edit", "update", "confirm", "modify")
    for name, op in OPERATIONS.items():
        if any(word in name for word in unsafe_words) and "preview" not in name:
            assert not op.idempotent, name
        if op.method == "GET" and "pay" not in name and "cancel" not in name:
            assert op.idempotent, name


def test_pending_entries_are_listed_without_paths(spec: dict[str, Any]) -> None:
    pending = spec["x-pandapon-pending"]
    assert len(pending) == 28
    for entry in pending:
        # x-pandapon-method names the entry's facade method (client.<namespace>.<method>)
        assert set(entry) == {"key", "group", "title_en", "title_zh", "method", "x-pandapon-method"}
        assert "path" not in entry
    operation_keys = {op["x-pandapon-key"] for _, _, op in iter_operations(spec)}
    assert not operation_keys & {entry["key"] for entry in pending}


def test_spec_keys_are_exactly_the_documented_entries(spec: dict[str, Any], reference: dict[str, Any] | None) -> None:
    if reference is None:
        pytest.skip("../shared/reference/endpoints.json is not beside this checkout")
    kinds = keys_by_kind(spec)
    keys = kinds["operations"] + kinds["callbacks"] + kinds["pending"]
    assert len(keys) == len(set(keys)), "a key appears twice"
    assert sorted(keys) == sorted(e["key"] for e in reference["endpoints"])
    by_status: dict[str, set[str]] = {}
    for entry in reference["endpoints"]:
        by_status.setdefault(entry["status"], set()).add(entry["key"])
    assert set(kinds["pending"]) == by_status["path-unknown"]
    assert set(kinds["operations"]) == by_status["documented"] | by_status["documented-v2-only"]


def test_operations_use_the_documented_method_and_path(spec: dict[str, Any], reference: dict[str, Any] | None) -> None:
    if reference is None:
        pytest.skip("../shared/reference/endpoints.json is not beside this checkout")
    documented = {e["key"]: (e["method"].lower(), e["path"]) for e in reference["endpoints"] if e["path"]}
    for path, method, op in iter_operations(spec):
        assert documented[op["x-pandapon-key"]] == (method, path)


def test_readme_coverage_table_is_current(spec: dict[str, Any]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_with_table(readme, table(spec)) == readme, "run `python generator/spec_coverage.py --write-readme`"


def _op(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in iter_operations(spec) if op["operationId"] == operation_id)


def _request_example(spec: dict[str, Any], operation_id: str) -> Any:
    return _op(spec, operation_id)["requestBody"]["content"]["application/json"]["examples"]["docs"]["value"]


def test_no_example_carries_an_undeclared_field(spec: dict[str, Any]) -> None:
    assert undeclared_example_field_problems(spec) == []
    broken = copy.deepcopy(spec)
    _request_example(broken, "alibabaBatchCreateOrders")["cargoParamList"][0]["offerMapIdTypo"] = "x"
    _request_example(broken, "alibabaCancelOrder")["nested"] = {"a": 1}
    assert undeclared_example_field_problems(broken) == [
        "POST /alibaba/order/batch/create request examples.docs: at /cargoParamList/0: "
        "field 'offerMapIdTypo' is not declared by its schema",
        "POST /alibaba/order/cancel request examples.docs: at <root>: field 'nested' is not declared by its schema",
    ]


def test_no_example_holds_an_integer_javascript_would_round(spec: dict[str, Any]) -> None:
    assert exact_integer_problems(spec) == []
    broken = copy.deepcopy(spec)
    _request_example(broken, "alibabaCancelOrder")["orderId"] = 2542285634920880794
    _op(broken, "alibabaGetOrderPayUrl")["parameters"][0]["example"] = 2**53
    assert exact_integer_problems(broken) == [
        "POST /alibaba/order/cancel request examples.docs: at /orderId: 2542285634920880794 is beyond 2^53; "
        "JSON tools round it, write it as a string",
        "GET /alibaba/order/pay/url parameter orderId example: <root>: 9007199254740992 is beyond 2^53; "
        "JSON tools round it, write it as a string",
    ]
    _op(broken, "alibabaGetOrderPayUrl")["parameters"][0]["example"] = 2**53 - 1  # still exact
    assert len(exact_integer_problems(broken)) == 1


def test_every_object_schema_says_whether_unknown_fields_flow(spec: dict[str, Any]) -> None:
    assert open_object_problems(spec) == []
    broken = copy.deepcopy(spec)
    del broken["components"]["schemas"]["AlibabaOrderListRequest"]["additionalProperties"]
    broken["components"]["schemas"]["Envelope"]["properties"]["extra"] = {"type": ["object", "null"]}
    assert open_object_problems(broken) == [
        "#/components/schemas/Envelope/properties/extra: an object schema with neither properties nor "
        "additionalProperties",
        "#/components/schemas/AlibabaOrderListRequest: an object schema with neither properties nor "
        "additionalProperties",
    ]


def test_ids_beyond_2_53_are_one_shared_schema_that_accepts_the_exact_string(spec: dict[str, Any]) -> None:
    int64 = spec["components"]["schemas"]["Int64Id"]
    assert (int64["type"], int64["format"]) == (["integer", "string"], "int64")
    ref = {"$ref": "#/components/schemas/Int64Id"}
    for name in ("AlibabaOrderCancelRequest", "AlibabaOrderReceiveGoodsRequest", "AlibabaRefundCreateRequest"):
        assert spec["components"]["schemas"][name]["properties"]["orderId"]["$ref"] == ref["$ref"], name
    assert _request_example(spec, "alibabaCancelOrder")["orderId"] == "2542285634920880794"


def test_the_envelope_declares_what_the_client_accepts(spec: dict[str, Any]) -> None:
    from jsonschema import Draft202012Validator

    from pandapon_async._envelope import SUCCESS_CODES, decode_envelope

    envelope = spec["components"]["schemas"]["Envelope"]
    assert envelope["required"] == ["code"]
    validator = Draft202012Validator(envelope)
    accepted = [{"code": 200}, {"code": 0}, {"code": "200"}, {"code": 1001, "msg": "x"}]
    refused = [{}, {"msg": "no code"}, {"code": None}, {"code": "ok"}, {"code": 2.5}]
    assert [validator.is_valid(body) for body in accepted + refused] == [True] * 4 + [False] * 5
    assert frozenset({200, 0}) == SUCCESS_CODES
    for body in ({"code": 200}, {"code": "0"}):
        assert decode_envelope(200, json.dumps(body).encode(), operation="op", method="GET", path="/p") == body


def test_warehouse_signing_is_declared_as_standard_query_security(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert (schemes["queryTimestamp"]["in"], schemes["queryTimestamp"]["name"]) == ("query", "timestamp")
    assert (schemes["querySign"]["in"], schemes["querySign"]["name"]) == ("query", "sign")
    signed = {}
    for path, _, op in iter_operations(spec):
        derived = signed_query(op, spec)
        if derived:
            signed[path] = derived
            assert set(spec["security"][0]) <= set(op["security"][0]), "the five headers stay required"
        assert "x-pandapon-signed-query" not in op, "the standard declaration is the only one"
    assert list(signed.values()) == [("timestamp", "sign")] * 4
    assert all(path.startswith(("/open/pp/logistics/", "/v2/open/pp/logistics/")) for path in signed)
    by_path = {operation.path: operation.signed_query for operation in OPERATIONS.values()}
    assert {path: by_path[path] for path in signed} == signed


def test_descriptions_speak_to_a_caller_and_provenance_lives_in_notes(spec: dict[str, Any]) -> None:
    assert provenance_problems(spec) == []
    assert provenance_words("page number (from 1), one page of results, total pages") == []
    broken = copy.deepcopy(spec)
    op = _op(broken, "taobaoGetGoods")
    op["parameters"][0]["description"] = "Optional on the v1 page (doc-vnm api-250496551)"
    op["summary"] += " (English edition)"
    broken["components"]["schemas"]["Envelope"]["properties"]["msg"]["description"] = "Message; cut off, not seen"
    broken["tags"][0]["description"] += ", from the menu"
    broken["components"]["schemas"]["Envelope"]["x-pandapon-notes"] = "the page was cut off"  # notes may say so
    problems = provenance_problems(broken)
    assert [p.split(": provenance")[0] for p in problems] == [
        "#/tags/0/description",
        "#/paths//open/product/get/get/summary",
        "#/paths//open/product/get/get/parameters/0/description",
        "#/components/schemas/Envelope/properties/msg/description",
    ]
    assert "['api-250496551', 'doc-vnm', 'page']" in problems[2]
    assert "['cut off', 'not seen']" in problems[3]


def test_every_operation_and_parameter_is_described_with_notes_kept_apart(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        assert len(op.get("description", "")) > 40, f"{method} {path}"
        for parameter in op.get("parameters") or []:
            assert len(parameter.get("description", "")) > 15, f"{method} {path} {parameter['name']}"
    notes = [op["x-pandapon-notes"] for _, _, op in iter_operations(spec) if "x-pandapon-notes" in op]
    assert len(notes) == 42 and all(isinstance(note, str) and note for note in notes)


def test_generated_docstrings_carry_no_provenance() -> None:
    found = []
    for module in sorted((ROOT / "src" / "pandapon_async" / "generated").rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in [tree, *ast.walk(tree)]:
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                words = provenance_words(ast.get_docstring(node) or "", pages=False)
                if words:
                    found.append(f"{module.name}:{getattr(node, 'name', '<module>')}: {words}")
    assert found == []


def test_every_parameter_description_reaches_the_generated_args(spec: dict[str, Any]) -> None:
    assert parameter_description_problems(spec) == []
    broken = copy.deepcopy(spec)
    parameters = _op(broken, "taobaoGetGoods")["parameters"]
    parameters[0]["schema"]["description"] = "stale"
    parameters.append({"name": "extra", "in": "query", "schema": {"type": "string"}})
    assert parameter_description_problems(broken) == [
        "GET /open/product/get parameter itemId: schema.description must repeat the parameter's description",
        "GET /open/product/get parameter extra: no description",
    ]
    source = (ROOT / "src/pandapon_async/generated/api/taobao_goods/taobao_get_goods.py").read_text(encoding="utf-8")
    assert "item_id (str | Unset): 淘宝商品id: the Taobao item id" in source
