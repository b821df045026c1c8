"""The `pandapon` command line through typer's test runner: ops, call, sign, mock."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
import respx
from typer.testing import CliRunner

from pandapon_async import SigningInput, md5_signer
from pandapon_async.cli import app
from pandapon_async.generated._operations import OPERATIONS
from pandapon_async.mock import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, MOCK_BASE_URL, create_mock_app

from .conftest import ACCESS_KEY, ACCESS_SECRET, USER_ID, envelope

runner = CliRunner()


def test_ops_lists_every_operation_by_group_with_the_coverage_line(spec: dict[str, Any]) -> None:
    result = runner.invoke(app, ["ops"])
    assert result.exit_code == 0, result.output
    for name, operation in OPERATIONS.items():
        assert re.search(rf"│ {name} +│ {operation.method} +│ {re.escape(operation.path)} +│", result.stdout), name
    assert "alibaba.cart — 4 operations, 2 pending" in result.stdout
    callbacks = len(spec.get("webhooks") or {})
    pending = len(spec["x-pandapon-pending"])
    total = len(OPERATIONS) + callbacks + pending
    line = f"coverage: {len(OPERATIONS)} operations, {callbacks} callbacks, {pending} pending = {total} of 76"
    assert result.stdout.strip().splitlines()[-1] == line + " documented entries"

    only = runner.invoke(app, ["ops", "--group", "alibaba.cart", "--pending"])
    assert "1688.cart.add" in only.stdout and "taobao_add_cart_item" not in only.stdout


def test_call_against_the_in_process_mock_prints_the_envelope() -> None:
    result = runner.invoke(app, ["--mock", "call", "alibaba_list_cart"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["code"] == 0 and body["data"] == {"disableList": [], "enableList": []}

    # by key or operationId, with a path parameter, and --mock after the command
    refund = runner.invoke(app, ["call", "taobao.aftersales.refund_cancel", "--mock", "-p", "refundId=110000235001"])
    assert refund.exit_code == 0, refund.output
    assert json.loads(refund.stdout)["data"]["cancelSuccess"] is True
    goods = runner.invoke(app, ["call", "taobaoGetGoods", "--mock", "--param", "itemId=672991141190"])
    assert json.loads(goods.stdout)["data"]["itemId"] == 672991141190


def test_call_with_an_error_code_prints_it_and_exits_1() -> None:
    result = runner.invoke(app, ["--mock", "call", "alibaba_cancel_order", "--json", '{"webSite": "1688"}'])
    assert result.exit_code == 1
    body = json.loads(result.stdout)
    assert body["code"] == 400 and "'orderId' is a required property" in body["msg"]
    assert "alibaba_cancel_order answered code 400" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["call", "alibaba_cancel_ordr"], "did you mean alibaba_cancel_order"),
        (["call", "alibaba_cancel_order", "--json", "{nope"], "--json is not valid JSON"),
        (["call", "taobao_cancel_refund", "--mock"], "needs the path parameter refundId"),
        (["call", "taobao_get_goods", "-p", "itemId"], "--param expects name=value"),
        (["call", "alibaba_list_cart"], "set PANDAPON_ACCESS_KEY, PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID"),
        (["sign", "GET", "/open/product/get"], "or add --mock to sign"),
    ],
)
def test_usage_and_configuration_problems_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_call_signs_with_credentials_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", ACCESS_SECRET)
    monkeypatch.setenv("PANDAPON_USER_ID", USER_ID)
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", "httpx")  # respx intercepts httpx
    route = api.get("/open/product/get").respond(json=envelope({"itemId": 1}))
    result = runner.invoke(app, ["call", "taobao_get_goods", "-p", "itemId=1"])
    assert result.exit_code == 0, result.output
    request = route.calls.last.request
    assert request.url.params["itemId"] == "1"
    assert request.headers["access-key"] == ACCESS_KEY and request.headers["user-id"] == USER_ID
    assert ACCESS_SECRET not in result.output


def _printed_headers(output: str) -> dict[str, str]:
    lines = output.strip().splitlines()
    return dict(line.split(": ", 1) for line in lines[:5])


def test_sign_prints_headers_that_the_mock_accepts() -> None:
    result = runner.invoke(app, ["sign", "--mock", "GET", "/open/product/get", "-p", "itemId=672991141190"])
    assert result.exit_code == 0, result.output
    headers = _printed_headers(result.stdout)
    assert list(headers) == ["access-key", "timestamp", "nonce-str", "user-id", "signature"]
    signing = SigningInput(
        DEMO_ACCESS_KEY, headers["timestamp"], headers["nonce-str"], DEMO_USER_ID, "GET", "/open/product/get"
    )
    assert headers["signature"] == md5_signer(signing, DEMO_ACCESS_SECRET)
    assert DEMO_ACCESS_SECRET not in result.stdout
    curl = result.stdout.strip().splitlines()[-1]
    assert curl.startswith("curl -sS -X GET 'http://127.0.0.1:8000/open/product/get?itemId=672991141190' -H")

    async def replay() -> dict[str, Any]:
        transport = httpx.ASGITransport(app=create_mock_app())
        async with httpx.AsyncClient(base_url=MOCK_BASE_URL, transport=transport) as http:
            response = await http.get("/open/product/get", params={"itemId": "672991141190"}, headers=headers)
            body: dict[str, Any] = response.json()
            return body

    assert asyncio.run(replay())["code"] == 200

    warehouse = runner.invoke(app, ["--mock", "sign", "POST", "/open/pp/logistics/orderRenderFreight", "-j", "{}"])
    signature = _printed_headers(warehouse.stdout)["signature"]
    assert f"&sign={signature}'" in warehouse.stdout and "--data-raw '{}'" in warehouse.stdout


def test_mock_command_serves_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict[str, Any] = {}
    monkeypatch.setattr("pandapon_async.mock._server.run_server", lambda **kwargs: served.update(kwargs))
    result = runner.invoke(app, ["mock", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert served == {
        "host": "127.0.0.1",
        "port": 8123,
        "access_key": DEMO_ACCESS_KEY,
        "access_secret": DEMO_ACCESS_SECRET,
    }


def test_console_script_entry_point() -> None:
    code = "import sys; sys.argv = ['pandapon', '--help']; from pandapon_async.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("ops", "call", "sign", "mock", "--mock"):
        assert command in result.stdout
