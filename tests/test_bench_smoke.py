"""A tiny-N run of the benchmark harness, so it cannot rot (the full run is `make bench`, not part of the gate)."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

BENCH = ROOT / "bench"


def test_benchmark_harness_runs_and_reports_every_row(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    result = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--smoke", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    text = output.read_text(encoding="utf-8")
    assert "Machine: " in text and "medians of 1 interleaved repetitions" in text
    for level in (1, 10):
        section = text.split(f"**{level} in flight**", 1)[1].split("\n\n", 2)[1]
        for client in (
            "limit",
            "pandapon-async (wreq)",
            "pandapon-async (aiohttp)",
            "pandapon-async (httpx)",
            "raw aiohttp",
            "raw httpx",
        ):
            row = next((line for line in section.splitlines() if line.startswith(f"| {client} |")), None)
            assert row is not None, (level, client)
            cells = [cell.strip() for cell in row.strip("|").split("|")]
            assert len(cells) == 10, row
            assert float(cells[1].replace(",", "")) > 0, row  # calls/s measured
            assert cells[-1] == "0", row  # no call failed against the healthy server
        limit_row = next(line for line in section.splitlines() if line.startswith("| limit |"))
        assert "| 1.00× |" in limit_row  # the limit is its own reference
    for heading in (
        "## The server's own ceiling",
        "## Fan-out: 40 concurrent calls, `timeout=2`, 1 % injected faults",
        "## Import and the first call (fresh processes)",
        "## Memory (RSS of a fresh process",
        "## Typed parse of large pages",
        "## The embedded mock",
        "## The webhook receiver",
        "## Our own layer, per call",
        "## Targets (this run)",
    ):
        assert heading in text, heading
    for backend in ("wreq", "aiohttp", "httpx"):  # the fan-out row accounts for every call of the burst
        match = re.search(rf"^\| {backend} \| (\d+) \| (.*?) \| (\d+) \| ", text, re.MULTILINE)
        assert match is not None, backend
        failed = sum(int(n) for n in re.findall(r"(\d+) \w+", match.group(2)))
        assert int(match.group(1)) + failed + int(match.group(3)) == 40, match.group(0)
    for row in (
        "| `import pandapon_async` |",
        "| models imported by one operation (keyword search), of all |",
        "| wreq backend: first call (lazy imports, connect, sign, parse) |",
        "| pandapon-async (wreq) | ",
        "| 50 SKUs, ",
        "| calls/s, sequential |",
        "| signed headers (`RequestSigner.signed_headers`",
        "| typed parse of the 2 KB answer",
    ):
        assert row in text, row
    assert "n/a (" not in text  # every microbenchmark row still reaches the internals it measures
    assert re.search(r"- \[[ x]\] fan-out on aiohttp: ≥ 95 % succeed", text)


def _bench_module(name: str) -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(BENCH))


def test_the_limit_client_talks_http_keep_alive_to_the_bench_server() -> None:
    harness = _bench_module("harness")
    clients = _bench_module("clients")
    payloads = _bench_module("payloads")

    async def run(url: str) -> list[object]:
        async with clients.limit_client(url) as call:
            return list(await asyncio.gather(*(call() for _ in range(250))))

    with harness.server(payloads.search_response()) as srv:
        results = asyncio.run(run(srv.url))
        stats = srv.stats()
    assert results == [2000] * 250  # totalRecords of the canned page, decoded from every answer
    assert stats["requests"] == 250


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_bench_server_counts_a_request_it_closes_without_answering(method: str) -> None:
    harness = _bench_module("harness")
    payloads = _bench_module("payloads")
    import http.client

    with harness.server(payloads.search_response()) as srv:
        connection = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
        connection.request(method, "/_close-check", body=b"{}" if method == "POST" else None)
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
            connection.getresponse()
        connection.close()
        stats = srv.stats()
    assert stats["targets"] == {"/_close-check": 1}


def test_a_new_run_keeps_the_receiver_rows_and_the_history_of_the_previous_results() -> None:
    run = _bench_module("run")
    new = (
        f"# Benchmark results\n\nnew table\n\n{run.RECEIVER_BEGIN}\n{run.RECEIVER_PLACEHOLDER}\n"
        f"{run.RECEIVER_END}\n\nend\n"
    )
    previous = (
        f"# old\n\nold table\n\n{run.RECEIVER_BEGIN}\n| receiver | 1,234/s |\n{run.RECEIVER_END}\n"
        f"{run.HISTORY_MARKER}\n## Before and after\nnotes\n"
    )
    kept = run.keep_sections(new, previous)
    assert "new table" in kept and "old table" not in kept
    assert f"{run.RECEIVER_BEGIN}\n| receiver | 1,234/s |\n{run.RECEIVER_END}" in kept
    assert run.RECEIVER_PLACEHOLDER not in kept
    assert kept.endswith(f"{run.HISTORY_MARKER}\n## Before and after\nnotes\n")
    assert run.keep_sections(new, "") == new
