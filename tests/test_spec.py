"""Quality gates on openapi/pandapon.yaml (the single source of truth) and the coverage report."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spec_checks import example_problems, iter_operations, openapi_problems, operation_problems
from spec_coverage import keys_by_kind, readme_with_table, table

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
