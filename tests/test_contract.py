"""`pandapon contract` and `check_response`: every safe operation passes against the mock; drift, HTML, timeouts
and refused signatures are reported per operation with the reason; JUnit XML and recorded answers."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.types import Receive, Scope, Send
from typer.testing import CliRunner

from pandapon_async import ConfigurationError
from pandapon_async._spec import SpecOperation, load_spec, packaged_operations
from pandapon_async.cli import app
from pandapon_async.mock import DEMO_ACCESS_SECRET, MockServer, MockState, create_mock_app, mock_client
from pandapon_async.testing import check_response, run_contract, safe_operations
from pandapon_async.testing._contract import seed_mock_for_examples

runner = CliRunner()
SAFE = safe_operations()
UNSAFE = [op for op in packaged_operations() if not op.idempotent]


def _example(name: str) -> dict[str, Any]:
    return next(op for op in packaged_operations() if op.name == name).example_response()


def test_only_operations_the_spec_marks_safe_to_repeat_are_sent() -> None:
    assert len(SAFE) == 23 and all(op.idempotent for op in SAFE)
    names = {op.name for op in SAFE}
    for verb in ("create", "cancel", "submit", "pay", "edit", "update", "add", "confirm"):
        assert not any(f"_{verb}_" in f"_{name}_" for name in names), verb
    with pytest.raises(ConfigurationError, match="not an operation that is safe to repeat: alibaba_create_order"):
        safe_operations(["alibaba_create_order"])


@pytest.fixture(scope="module")
def mock_results() -> dict[str, Any]:
    async def run() -> dict[str, Any]:
        state = MockState()
        seed_mock_for_examples(state)
        async with mock_client(state=state, max_retries=0) as client:
            return {r.operation: r for r in await run_contract(client)}

    return asyncio.run(run())


@pytest.mark.parametrize("op", SAFE, ids=lambda op: op.name)
def test_every_safe_operation_passes_against_the_mock(op: SpecOperation, mock_results: dict[str, Any]) -> None:
    result = mock_results[op.name]
    assert result.outcome == "pass", result.summary()


# -- check_response --------------------------------------------------------------------------------------------


def test_check_response_names_each_kind_of_drift_with_its_json_pointer() -> None:
    body = _example("taobao_get_goods")
    data = body["data"]
    data["newField/with~slash"] = 1  # unknown
    first_key = next(k for k in data if k != "newField/with~slash")
    removed = data.pop(first_key)  # missing
    assert removed is not None
    body["msg"] = 42  # type
    result = check_response("taobao_get_goods", json.dumps(body).encode())
    assert result.outcome == "drift"
    found = {(d.pointer, d.kind) for d in result.differences}
    assert ("/data/newField~1with~0slash", "unknown field") in found
    assert (f"/data/{first_key}", "missing") in found
    assert ("/msg", "type") in found
    assert "integer where the spec says string" in str(next(d for d in result.differences if d.pointer == "/msg"))


def test_check_response_reports_a_null_where_the_spec_allows_none() -> None:
    body = _example("alibaba_list_cart")
    body["data"]["enableList"] = [None]
    result = check_response("1688.cart.list", body)
    assert [(d.pointer, d.kind) for d in result.differences] == [("/data/enableList/0", "null")]


def test_check_response_passes_every_documented_example_that_is_an_envelope() -> None:
    for op in packaged_operations():
        example = op.example_response()
        if "code" not in example:  # the one documented example without an envelope code (a spec finding)
            assert op.name == "taobao_batch_check_goods"
            assert check_response(op, example).differences[0].kind == "envelope"
            continue
        assert check_response(op, example).passed, check_response(op, example).summary()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "the answer is an HTML page"),
        (b"not json", "the answer is not JSON"),
        (b"\xff\xfe", "the answer is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "the answer is nested too deeply to parse"),
        (json.dumps({"code": 401, "msg": "sign error", "data": None}).encode(), "envelope code 401: sign error"),
    ],
)
def test_check_response_calls_an_unusable_answer_an_error_with_the_reason(body: bytes, reason: str) -> None:
    result = check_response("taobao_get_goods", body)
    assert result.outcome == "error" and result.reason is not None and result.reason.startswith(reason)


def test_check_response_refuses_an_unknown_operation() -> None:
    with pytest.raises(ConfigurationError, match="no operation 'nope'"):
        check_response("nope", {})


# -- the command ------------------------------------------------------------------------------------------------


def test_pandapon_contract_passes_against_the_embedded_mock(tmp_path: Path) -> None:
    junit = tmp_path / "contract.xml"
    result = runner.invoke(app, ["contract", "--junit", str(junit)])
    assert result.exit_code == 0, result.output
    for op in SAFE:
        assert f"│ {op.name}" in result.stdout
    assert "contract: 23 operations safe to repeat: 23 pass, 0 drift, 0 error" in result.stdout
    suite = ElementTree.parse(junit).getroot()
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("23", "0", "0")
    assert not any(case.findall("failure") or case.findall("error") for case in suite.iter("testcase"))


def _drifted_spec() -> dict[str, Any]:
    """The mock's spec with one answer changed: taobao_get_goods gains a field, loses one, and retypes one."""
    spec = load_spec()
    media = spec["paths"]["/open/product/get"]["get"]["responses"]["200"]["content"]["application/json"]
    examples = media.get("examples") or {}
    value = next(iter(examples.values()))["value"] if examples else media["example"]
    value = copy.deepcopy(value)
    value["data"]["surpriseField"] = {"a": 1}
    value["data"].pop("beginAmount")
    value["data"]["itemId"] = [1]
    if examples:
        next(iter(examples.values()))["value"] = value
    else:
        media["example"] = value
    return spec


def test_a_deliberately_changed_mock_answer_is_drift_with_pointers_junit_and_exit_1(tmp_path: Path) -> None:
    state = MockState()
    seed_mock_for_examples(state)
    junit, record = tmp_path / "junit.xml", tmp_path / "answers"
    with MockServer(create_mock_app(spec=_drifted_spec(), state=state)) as server:
        args = ["contract", "--base-url", server.url, "--junit", str(junit), "--record", str(record)]
        result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "contract: 23 operations safe to repeat: 22 pass, 1 drift, 0 error" in out
    assert "/data/surpriseField  unknown field: not documented in the spec" in out
    assert "/data/beginAmount  missing: documented field absent" in out
    assert "/data/itemId  type: array where the spec says integer or string" in out
    suite = ElementTree.parse(junit).getroot()
    (failed,) = [case for case in suite.iter("testcase") if case.findall("failure")]
    assert failed.get("classname") == "pandapon.contract.taobao_get_goods"
    assert "/data/surpriseField: unknown field" in (failed.find("failure").text or "")  # type: ignore[union-attr]
    saved = json.loads((record / "taobao_get_goods.json").read_text(encoding="utf-8"))
    assert saved["response"]["data"]["surpriseField"] == {"a": 1}
    assert saved["request"]["query"] == {"itemId": "672991141190"}
    assert len(list(record.iterdir())) == 23


def test_recorded_answers_hold_no_secret_or_signature(tmp_path: Path) -> None:
    async def echo_secrets(scope: Scope, receive: Receive, send: Send) -> None:
        """A server that echoes the request's signature headers and the secret back inside its answer."""
        headers = dict(scope["headers"])
        body = json.dumps(
            {
                "requestId": headers[b"nonce-str"].decode(),
                "code": 200,
                "msg": "signature " + headers[b"signature"].decode() + " secret " + DEMO_ACCESS_SECRET,
                "data": {"signature": "anything", "accessSecret": "x"},
            }
        ).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    with MockServer(echo_secrets) as server:  # type: ignore[arg-type]
        result = runner.invoke(
            app, ["contract", "--base-url", server.url, "-o", "taobao_get_goods", "--record", str(tmp_path)]
        )
    assert result.exit_code == 1  # the echo is not the documented answer
    text = (tmp_path / "taobao_get_goods.json").read_text(encoding="utf-8")
    saved = json.loads(text)
    assert saved["response"]["requestId"] == "<redacted>"
    assert saved["response"]["msg"] == "signature <redacted> secret <redacted>"
    assert saved["response"]["data"] == {"signature": "<redacted>", "accessSecret": "<redacted>"}
    assert DEMO_ACCESS_SECRET not in text


def _hostile(mock: Starlette) -> Any:
    """The mock behind a gateway that answers HTML on the cart list and never answers the goods query."""

    async def gateway(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] == "/v2/alibaba/cart/list":
            await HTMLResponse("<html><body><h1>502 Bad Gateway</h1></body></html>", status_code=200)(
                scope, receive, send
            )
        elif scope["path"] == "/open/product/get":
            await asyncio.sleep(3)
        else:
            await mock(scope, receive, send)

    return gateway


def test_html_timeouts_and_refused_signatures_are_errors_and_the_run_goes_on() -> None:
    refusing = create_mock_app(access_secret="a-secret-the-client-does-not-have")
    operations = ["alibaba_list_cart", "taobao_get_goods", "taobao_get_refund", "alibaba_get_goods_detail"]
    args = [item for name in operations for item in ("-o", name)]
    with MockServer(_hostile(refusing)) as server:  # type: ignore[arg-type]
        result = runner.invoke(app, ["contract", "--base-url", server.url, "--timeout", "0.5", *args])
    assert result.exit_code == 1
    out = result.stdout
    assert "contract: 4 operations safe to repeat: 0 pass, 0 drift, 4 error" in out
    assert "APIResponseValidationError: alibaba_list_cart: HTTP 200 with a body that is not JSON" in out
    assert "APITimeoutError" in out
    assert out.count("envelope code 401: signature does not match") == 2


def test_live_without_credentials_stops_before_sending_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    with MockServer() as server:
        monkeypatch.setenv("PANDAPON_ACCESS_KEY", "only-the-key")
        result = runner.invoke(app, ["contract", "--live", "--base-url", server.url])
        assert server.service.state.requests == []
    assert result.exit_code == 2
    assert "--live needs your credentials in the environment: set PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID" in (
        result.stderr
    )
    assert "nothing was sent" in result.stderr


def test_live_sends_with_the_credentials_of_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from pandapon_async.mock import DEMO_ACCESS_KEY, DEMO_USER_ID

    state = MockState()
    seed_mock_for_examples(state)
    with MockServer(create_mock_app(state=state)) as server:
        monkeypatch.setenv("PANDAPON_ACCESS_KEY", DEMO_ACCESS_KEY)
        monkeypatch.setenv("PANDAPON_ACCESS_SECRET", DEMO_ACCESS_SECRET)
        monkeypatch.setenv("PANDAPON_USER_ID", DEMO_USER_ID)
        monkeypatch.setenv("PANDAPON_BASE_URL", server.url)
        result = runner.invoke(app, ["contract", "--live", "-o", "taobao_get_goods"])
    assert result.exit_code == 0, result.output
    assert f"contract against live API {server.url}" in result.stdout
    assert [r.operation for r in state.requests] == ["taobao_get_goods"]


def test_a_refused_connection_is_an_error_for_each_operation() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    result = runner.invoke(app, ["contract", "--base-url", url, "-o", "taobao_get_goods", "-o", "alibaba_list_cart"])
    assert result.exit_code == 1
    assert result.stdout.count("APIConnectionError") == 2
    assert "contract: 2 operations safe to repeat: 0 pass, 0 drift, 2 error" in result.stdout
