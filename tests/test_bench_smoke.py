"""A tiny-N run of the benchmark harness, so it cannot rot (the full run is `make bench`, not part of the gate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_benchmark_harness_runs_and_reports_every_row(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    text = output.read_text(encoding="utf-8")
    for row in (
        "| sequential, 30 calls: µs per call |",
        "| 10 in flight, 60 calls: calls/s |",
        "| parse 1688 product detail, 500 SKUs",
        "| cold import `pandapon_async` (-X importtime, cumulative) |",
        "| models imported by that one operation |",
        "| signing one request (headers, nonce, MD5) |",
    ):
        assert row in text, row
    assert "Machine: " in text and "raw aiohttp" in text and "raw httpx" in text
    targets = [line for line in text.splitlines() if line.startswith("- [")]
    assert len(targets) == 5, targets  # every target measured at this size is reported, met or not
