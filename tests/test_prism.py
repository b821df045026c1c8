"""Contract check with another tool: Prism, as a validating proxy in front of the embedded mock.

Prism (pinned in tools/spec-lint, installed by `make node-tools`) reads openapi/pandapon.yaml on its own and checks
every request our client sends and every answer our mock gives against it. Every operation's request examples and
the whole purchase flow (examples/purchase_flow.py, as `make demo` runs it but over HTTP) go through it on both
HTTP backends; Prism must report no violation. One Prism and one mock serve the whole module.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_checks import iter_operations

from pandapon_async import PandaPonAPIError, PandaPonClient
from pandapon_async.mock._app import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID

from .conftest import ROOT, needs_fast

PRISM = ROOT / "tools" / "spec-lint" / "node_modules" / ".bin" / "prism"
FLOW = ROOT / "examples" / "purchase_flow.py"
BACKENDS = ("httpx", pytest.param("aiohttp", marks=needs_fast), pytest.param("wreq", marks=needs_fast))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for(condition: Any, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start within {timeout:.0f} s")


@dataclass
class Proxy:
    """Prism on 127.0.0.1:port, forwarding to the mock on 127.0.0.1:mock_port; its log is read from log_path."""

    port: int
    mock_port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def reset_mock(self) -> None:
        httpx.post(f"http://127.0.0.1:{self.mock_port}/_mock/reset").raise_for_status()


@dataclass
class Counts:
    requests: int
    violations: list[str]


def _counts(log: str) -> Counts:
    lines = log.splitlines()
    return Counts(
        requests=sum("Request received" in line for line in lines),
        violations=[re.sub(r"^.*Violation: ", "", line) for line in lines if "Violation:" in line],
    )


def _since(proxy: Proxy, offset: int) -> Counts:
    time.sleep(0.3)  # Prism logs a response's validation just after answering
    return _counts(proxy.log()[offset:])


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: run `make node-tools` (make test installs it)")
    logs = tmp_path_factory.mktemp("prism")
    mock_port, prism_port = _free_port(), _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    with (logs / "mock.log").open("w") as mock_log, (logs / "prism.log").open("w") as prism_log:
        mock = subprocess.Popen(
            [sys.executable, "-m", "pandapon_async.mock", "--host", "127.0.0.1", "--port", str(mock_port)],
            stdout=mock_log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        upstream = f"http://127.0.0.1:{mock_port}"
        listen = ["--host", "127.0.0.1", "--port", str(prism_port)]
        prism = subprocess.Popen(
            [str(PRISM), "proxy", str(ROOT / "openapi" / "pandapon.yaml"), upstream, *listen, "--errors=false"],
            stdout=prism_log,
            stderr=subprocess.STDOUT,
            env={**env, "NO_COLOR": "1"},
        )
        result = Proxy(prism_port, mock_port, logs / "prism.log")
        try:
            _wait_for(lambda: "Prism is listening" in result.log(), "Prism")
            _wait_for(lambda: _responds(f"http://127.0.0.1:{mock_port}/_mock/state"), "the mock")
            yield result
        finally:
            for process in (prism, mock):
                process.terminate()
            for process in (prism, mock):
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


def _responds(url: str) -> bool:
    try:
        return httpx.get(url).status_code == 200
    except httpx.HTTPError:
        return False


def _client(proxy: Proxy, backend: str) -> PandaPonClient:
    return PandaPonClient(
        DEMO_ACCESS_KEY,
        DEMO_ACCESS_SECRET,
        DEMO_USER_ID,
        base_url=proxy.url,
        http_backend=backend,  # type: ignore[arg-type]
        max_retries=0,
    )


def _example_calls(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, request kwargs) for every request example of every operation, exactly as written."""
    calls = []
    for path, method, op in iter_operations(spec):
        concrete, params = path, {}
        for parameter in op.get("parameters") or []:
            value = parameter.get("example", "1")
            if parameter["in"] == "path":
                concrete = concrete.replace("{" + parameter["name"] + "}", str(value))
            elif parameter["in"] == "query":
                params[parameter["name"]] = value
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        bodies = [example["value"] for example in (media or {}).get("examples", {}).values()] if media else [None]
        for body in bodies:
            kwargs: dict[str, Any] = {"params": params} if params else {}
            if body is not None:
                kwargs["json"] = body
            calls.append((method.upper(), concrete, kwargs))
    return calls


async def _send_all(client: PandaPonClient, calls: list[tuple[str, str, dict[str, Any]]]) -> int:
    async with client:
        for method, path, kwargs in calls:
            # a business error (e.g. an example's order id the mock does not hold) is a valid answer
            with contextlib.suppress(PandaPonAPIError):
                await client.request(method, path, **kwargs)
    return len(calls)


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_request_example_passes_prism_both_ways(proxy: Proxy, spec: dict[str, Any], backend: str) -> None:
    calls = _example_calls(spec)
    assert len(calls) >= len(list(iter_operations(spec)))
    offset = len(proxy.log())
    sent = asyncio.run(_send_all(_client(proxy, backend), calls))
    counts = _since(proxy, offset)
    print(f"prism examples [{backend}]: {counts.requests} requests, {len(counts.violations)} violations")
    assert counts.requests == sent
    assert counts.violations == []


def _flow_sends_the_order_id_as_an_integer() -> bool:
    return "order_id=int(order_id)" in FLOW.read_text(encoding="utf-8")


@pytest.mark.xfail(
    condition=_flow_sends_the_order_id_as_an_integer(),
    reason="the flow cancels with order_id=int(...): a JSON integer above 2^53, which Prism (JavaScript) rounds; "
    "it passes once the flow sends the id as the exact string Int64Id allows",
    strict=True,
)
@pytest.mark.parametrize("backend", BACKENDS)
def test_the_purchase_flow_passes_prism_both_ways(proxy: Proxy, spec: dict[str, Any], backend: str) -> None:
    # The flow orders from the 1688 cart, which is filled on the PandaPon website, not through the API: the mock's
    # administration route stands in for that, straight to the mock (it is no API route for Prism to check).
    proxy.reset_mock()
    seed = {"title": "demo entry", "itemId": 743470146022, "skuId": "1", "price": 100, "quantity": 2, "shopId": 1}
    httpx.post(f"http://127.0.0.1:{proxy.mock_port}/_mock/cart", json=seed).raise_for_status()
    offset = len(proxy.log())
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    env |= {
        "PANDAPON_ACCESS_KEY": DEMO_ACCESS_KEY,
        "PANDAPON_ACCESS_SECRET": DEMO_ACCESS_SECRET,
        "PANDAPON_USER_ID": DEMO_USER_ID,
        "PANDAPON_BASE_URL": proxy.url,
        "PANDAPON_HTTP_BACKEND": backend,
    }
    result = subprocess.run(
        [sys.executable, str(FLOW), "--allow-writes", "--refund-id", "1", "--sub-purchase-order-id", "9"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    counts = _since(proxy, offset)
    print(f"prism purchase flow [{backend}]: {counts.requests} requests, {len(counts.violations)} violations")
    assert counts.violations == []
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Summary: 10 steps: 9 done, 1 skipped, 0 failed" in result.stdout
    assert "its detail now shows status cancel" in result.stdout
    assert counts.requests >= 9


def test_prism_reports_what_breaks_the_spec(proxy: Proxy) -> None:
    """The check can fail: a body missing a required field and an integer id JavaScript cannot hold are reported."""
    offset = len(proxy.log())
    calls = [
        ("POST", "/alibaba/order/cancel", {"json": {"orderId": "2542285634920880794", "cancelReason": "x"}}),
        ("POST", "/alibaba/order/cancel", {"json": {"webSite": "1688", "orderId": 2**60, "cancelReason": "x"}}),
    ]
    asyncio.run(_send_all(_client(proxy, "httpx"), calls))
    counts = _since(proxy, offset)
    assert counts.requests == 2
    assert any("webSite" in v for v in counts.violations), counts.violations
    assert any("orderId" in v and "9007199254740991" in v for v in counts.violations), counts.violations
