"""The namespaced client: every operation of the spec as client.<namespace>.<method>, same signature and docstring
as its function module, raw responses, clones' settings, lazy imports."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from typing import Any

import pytest
import respx

from pandapon_async import InternalServerError, PandaPonClient, _spec
from pandapon_async._namespaces import Namespace
from pandapon_async.generated.models import AlibabaOrderCancelRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope

SPEC = _spec.packaged_spec()


def _expected() -> list[tuple[str, str, str, str]]:
    """(operation name, function module, namespace path, method name) for every operation of the spec."""
    found = []
    for _, _, op in _spec.iter_operations(SPEC):
        name = _spec.operation_name(op["operationId"])
        namespace = _spec.namespace_of_tag(SPEC, op["tags"][0])
        module = f"pandapon_async.generated.api.{op['tags'][0].replace('.', '_')}.{name}"
        found.append((name, module, namespace, _spec.method_name(op, name, namespace)))
    return found


def _namespace(client: PandaPonClient, dotted: str) -> Any:
    node: Any = client
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


def _without_client(function: Any) -> inspect.Signature:
    signature = inspect.signature(function)
    return signature.replace(parameters=[p for p in signature.parameters.values() if p.name != "client"])


EXPECTED = _expected()


def test_every_operation_of_the_spec_has_a_namespace_method() -> None:
    assert len(EXPECTED) == 42
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    missing = [f"client.{ns}.{method}" for _, _, ns, method in EXPECTED if not hasattr(_namespace(client, ns), method)]
    assert missing == []
    calls = {f"client.{ns}.{method}" for _, _, ns, method in EXPECTED}
    assert len(calls) == len(EXPECTED), "two operations share a namespace method"
    # the examples of the issue and the README
    assert {
        "client.taobao.aftersales.get_refund",
        "client.alibaba.orders.list",
        "client.warehouse.estimate_freight",
    } <= calls


@pytest.mark.parametrize(("name", "module", "namespace", "method"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_method_has_the_function_modules_signature_and_docstring(
    name: str, module: str, namespace: str, method: str
) -> None:
    functions = importlib.import_module(module)
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    bound = getattr(_namespace(client, namespace), method)
    assert inspect.signature(bound) == _without_client(functions.asyncio)
    assert inspect.getdoc(bound) == inspect.getdoc(functions.asyncio)
    raw = getattr(_namespace(client, namespace).with_raw_response, method)
    assert inspect.signature(raw) == _without_client(functions.asyncio_detailed)
    assert inspect.getdoc(raw) == inspect.getdoc(functions.asyncio_detailed)
    operation = functions.OPERATION
    assert f"`{operation.method} {operation.path}`" in " ".join((inspect.getdoc(bound) or "").split())


async def test_method_sends_what_the_function_module_sends(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/order/refund/query").respond(json=envelope({"refundOrderAggregate": None}))
    result = await client.taobao.aftersales.get_refund(refund_id="110002687818")
    assert result.code == 200
    request = route.calls.last.request
    assert (request.method, request.url.path, request.url.params["refundId"]) == (
        "GET",
        "/open/order/refund/query",
        "110002687818",
    )
    assert request.headers["access-key"] == ACCESS_KEY

    cancel = api.post("/alibaba/order/cancel").respond(json=envelope(True))
    body = AlibabaOrderCancelRequest(web_site="1688", order_id=7, cancel_reason="r")
    await client.alibaba.orders.cancel(body=body)
    assert json.loads(cancel.calls.last.request.content) == {"webSite": "1688", "orderId": 7, "cancelReason": "r"}


async def test_with_raw_response_gives_status_headers_bytes_and_the_parsed_model(
    api: respx.MockRouter, client: PandaPonClient
) -> None:
    payload = envelope({"itemId": 672991141190}, request_id="req-raw")
    api.get("/open/product/get").respond(json=payload, headers={"x-trace": "t-1"})
    response = await client.taobao.goods.with_raw_response.get(item_id="672991141190")
    assert response.status_code == 200
    assert response.headers["x-trace"] == "t-1"
    assert json.loads(response.content) == payload
    assert response.parsed is not None and response.parsed.request_id == "req-raw"
    assert response.parsed.data is not None and response.parsed.data.item_id == 672991141190


async def test_a_clones_namespaces_send_with_the_clones_retries(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/order/refund/query").respond(500, text="busy")
    clone = client.with_options(max_retries=0, timeout=7)
    assert clone.taobao.aftersales._client is clone and client.taobao.aftersales._client is client
    with pytest.raises(InternalServerError):
        await clone.taobao.aftersales.get_refund(refund_id="1")
    assert route.call_count == 1
    with pytest.raises(InternalServerError):
        await client.taobao.aftersales.get_refund(refund_id="1")
    assert route.call_count == 1 + 1 + client.retry_policy.max_retries
    assert clone.copy().warehouse._client.timeout == 7


def test_namespaces_are_cached_per_client() -> None:
    client = PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    assert client.alibaba.orders is client.alibaba.orders
    assert isinstance(client.alibaba.orders, Namespace)
    assert client.copy().alibaba is not client.alibaba
    assert "AlibabaOrdersNamespace" in repr(client.alibaba.orders) and ACCESS_SECRET not in repr(client.alibaba.orders)


def test_importing_the_package_or_a_root_namespace_imports_no_endpoint_or_model() -> None:
    code = """
import sys
import pandapon_async
def loaded(prefix):
    return sorted(m for m in sys.modules if m.startswith("pandapon_async.generated." + prefix))
print(loaded("api."), loaded("models."))
client = pandapon_async.PandaPonClient("k", "s", "u")
client.taobao
print(loaded("api."), loaded("models."))
client.taobao.aftersales
print(sorted({m.split(".")[3] for m in loaded("api.")}), len(loaded("models.")) > 0)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["[] []", "[] []", "['taobao_aftersales'] True"]


def test_every_generated_file_starts_with_the_do_not_edit_header() -> None:
    from .conftest import ROOT

    header = "generated from openapi/pandapon.yaml by generator/generate.py; do not edit"
    generated = ROOT / "src" / "pandapon_async" / "generated"
    modules = sorted(generated.rglob("*.py"))
    assert len(modules) > 100
    assert [m.name for m in modules if not m.read_text(encoding="utf-8").startswith(f"# {header}\n")] == []
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8").startswith(f"<!-- {header} -->\n")


def test_docs_api_has_one_entry_per_operation_and_pending_entry() -> None:
    from .conftest import ROOT

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    entries = re.findall(r"^### `(client\.[a-z_.]+)\(\)`", text, flags=re.MULTILINE)
    expected = [f"client.{ns}.{method}" for _, _, ns, method in EXPECTED]
    expected += [
        f"client.{_spec.namespace_of_group(SPEC, e['group'])}.{e['x-pandapon-method']}"
        for e in _spec.pending_entries(SPEC)
    ]
    assert sorted(entries) == sorted(expected)
    for name, module, _, _ in EXPECTED:
        operation = importlib.import_module(module).OPERATION
        assert f"| request | `{operation.method} {operation.path}` (`{operation.key}`) |" in text, name


def test_the_command_line_takes_namespace_method_names() -> None:
    from typer.testing import CliRunner

    from pandapon_async.cli import app

    for name in ("alibaba.cart.list", "client.alibaba.cart.list"):
        result = CliRunner().invoke(app, ["--mock", "call", name])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["data"] == {"disableList": [], "enableList": []}


def test_the_generated_code_check_also_fails_on_a_stale_api_reference(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    import generate  # generator/generate.py (generator/ is on sys.path, see conftest)

    fresh = tmp_path / "generated"
    shutil.copytree(generate.TARGET, fresh, ignore=shutil.ignore_patterns("__pycache__"))
    docs = tmp_path / "api.md"
    shutil.copyfile(generate.DOCS, docs)
    assert generate.check(fresh, docs) == 0
    docs.write_text(docs.read_text(encoding="utf-8").replace("get_refund", "get_refund_v2"), encoding="utf-8")
    assert generate.check(fresh, docs) == 1
    assert "differs: docs/api.md" in capsys.readouterr().out
