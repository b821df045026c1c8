"""examples/purchase_flow.py — what `make demo` runs — against the embedded mock, as CI runs it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from types import ModuleType

import pytest

from pandapon_async.mock import MockState, create_mock_app, mock_client

from .conftest import ROOT

SCRIPT = ROOT / "examples" / "purchase_flow.py"
STEPS = (
    "search goods",
    "item detail",
    "add to cart",
    "cart list",
    "preview",
    "create order",
    "order detail",
    "logistics",
    "after-sales query",
    "cancel (clean up)",
)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("purchase_flow", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve the script's annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_make_demo_command_runs_the_whole_flow_and_exits_0() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--mock"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for number, title in enumerate(STEPS, 1):
        assert f"{number:>2}. {title}" in out
    assert "Summary: 10 steps: 10 done, 0 skipped, 0 failed" in out
    assert "(from Taobao: 1688's add-to-cart path is not public)" in out
    assert "(from Taobao: 1688's logistics-trace path is not public)" in out
    assert "status waitbuyerpay" in out and "its detail now shows status cancel" in out
    assert " 1. search goods       1688 keyword search · client.alibaba.goods.search_by_keyword" in out
    assert result.stderr == ""


def test_the_demo_calls_the_namespaced_client_only() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "pandapon_async.generated.api" not in text and ".asyncio(" not in text
    assert "await self.client.alibaba.orders.cancel(body=body)" in text


async def test_flow_leaves_the_mock_with_one_cancelled_order(capsys: pytest.CaptureFixture[str]) -> None:
    demo = _load()
    state = MockState()
    args = demo.build_parser().parse_args(["--mock"])
    assert await demo.run(args, client=mock_client(state=state)) == 0
    assert not state.cart
    (order,) = state.orders.values()
    assert (order.status, order.cancel_reason, order.total) == ("cancel", "demo: not paying", 3980)
    assert "payment 3980 = goods 3980 + carriage 0" in capsys.readouterr().out


async def test_real_api_mode_is_read_only_unless_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --mock the script behaves as against the real API (here the mock stands in for it)."""
    demo = _load()
    state = MockState()
    app = create_mock_app(state=state)
    assert await demo.run(demo.build_parser().parse_args([]), client=mock_client(app=app)) == 0
    out = capsys.readouterr().out
    assert "skipped: 1688's add-to-cart path is not public" in out
    assert "skipped: read-only run: pass --allow-writes" in out
    assert "skipped: needs a Taobao purchase sub-order id" in out
    assert "Summary: 10 steps: 3 done, 7 skipped, 0 failed" in out
    assert not state.orders

    # with --allow-writes and an entry already in the (1688) cart, it orders it and cancels it again
    state.add_to_cart(title="已在购物车", quantity=1, price=500, shop_id="s")
    args = demo.build_parser().parse_args(["--allow-writes", "--refund-id", "r1", "--sub-purchase-order-id", "9"])
    assert await demo.run(args, client=mock_client(app=app)) == 0
    assert [o.status for o in state.orders.values()] == ["cancel"]
    assert "Summary: 10 steps: 9 done, 1 skipped, 0 failed" in capsys.readouterr().out


def test_without_credentials_it_says_what_to_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert _load().main([]) == 2
    err = capsys.readouterr().err
    assert "PANDAPON_ACCESS_KEY" in err and "--mock" in err
