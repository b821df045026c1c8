"""Benchmark the webhook receiver under uvicorn: verified deliveries/s and p50/p99 latency per inbox.

    python bench/receiver.py                       # 100 and 500 concurrent, every store; prints a Markdown table
    python bench/receiver.py --output rows.md      # also writes the table (for bench/RESULTS.md)
    python bench/receiver.py --smoke               # tiny N, for the test gate

Each store gets its own receiver, ``python -m pandapon_async.webhooks`` in a child process (uvicorn, one
worker process, loopback), serving a handler that does nothing; the load comes from aiohttp in this process,
which shares the machine's cores with the receiver. Every delivery is a distinct signed message, so each one is
verified, parsed and (with an inbox) stored before its 200. Stores: ``bare`` (the baseline, no receiver at all:
a bare Starlette endpoint under the same uvicorn that checks the same HMAC, reads the JSON and answers the same
200, so its rate is what the web stack itself allows), ``none`` (handlers run under the acknowledgement policy,
nothing stored), ``memory``, ``sqlite`` (a fresh file, WAL, synchronous=FULL) and
``redis`` (a redis-server started here with appendonly yes, appendfsync everysec; skipped when the binary is
missing). Rates are also given as ratios to ``none`` and to ``bare`` in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SECRET = "bench-secret-0123456789abcdef"
TARGET_P99_MS = 1000.0  # PandaPon's acknowledgement budget
TARGET_SQLITE_RATIO = 0.5
TARGET_BARE_RATIO = 0.8  # the receiver without an inbox against the bare Starlette endpoint


async def noop(message: Any) -> None:
    """The receivers' handler: nothing, so the receiver and its store are what is measured."""


def bare_app() -> Any:
    """The baseline: what a hand-written Starlette endpoint does for one delivery, and nothing more: check the
    HMAC-SHA256 of the raw body (constant time), read the JSON, answer 200 with the receiver's JSON answer."""
    import hashlib
    import hmac

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    key = os.environ["PANDAPON_ACCESS_SECRET"].encode()

    async def endpoint(request: Request) -> JSONResponse:
        body = await request.body()
        expected = hmac.new(key, body, hashlib.sha256).hexdigest().upper().encode()
        if not hmac.compare_digest(expected, request.headers.get("authorization", "").upper().encode()):
            return JSONResponse({"status": "invalid signature"}, status_code=401)
        message = json.loads(body)
        return JSONResponse({"status": "ok", "messageId": message["messageBody"]["salesOrderId"]})

    return Starlette(routes=[Route("/", endpoint, methods=["POST"])])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _body(n: int) -> bytes:
    payload = {
        "messageType": "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        "messageBody": {"salesOrderId": str(n), "subOrders": [{"purchase_order_outer_id": str(n), "quantity": 1}]},
        "messagePlatform": 0,
        "timestamp": str(int(time.time() * 1000)),
    }
    return json.dumps(payload, separators=(",", ":")).encode()


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            *("--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory), "--save", ""),
            *("--appendonly", "yes", "--appendfsync", "everysec", "--daemonize", "no"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2) as probe:
                probe.sendall(b"PING\r\n")
                if probe.recv(16).startswith(b"+PONG"):
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


@contextlib.contextmanager
def receiver(store: str | None, log: Path) -> Iterator[str]:
    """A receiver in a child process; ``store`` None means no inbox, "bare" the baseline endpoint. Its log goes
    to a file (a pipe nobody reads would fill up and stall the receiver the first time it logs a lot)."""
    port = _free_port()
    if store == "bare":  # the same uvicorn settings as the receiver's command (h11 or httptools, whichever it picks)
        arguments = [sys.executable, "-m", "uvicorn", "--factory", "receiver:bare_app", "--port", str(port)]
        arguments += ["--log-level", "warning", "--no-access-log", "--lifespan", "on"]
    else:
        arguments = [sys.executable, "-m", "pandapon_async.webhooks", "--handler", "receiver:noop", "--port", str(port)]
        arguments += ["--log-level", "warning"] + (["--no-inbox"] if store is None else ["--store", store])
    environment = {**os.environ, "PYTHONPATH": str(HERE), "PANDAPON_ACCESS_SECRET": SECRET}
    with log.open("wb") as output:
        process = subprocess.Popen(arguments, env=environment, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the receiver exited: {log.read_text(errors='replace')[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the receiver did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Row:
    store: str
    concurrency: int
    deliveries: int
    rate: float
    p50_ms: float
    p99_ms: float
    failures: int
    burst_p99_ms: float  # ``concurrency`` deliveries sent at once on fresh connections, as a push burst does
    burst_ms: float  # until the last of them was answered


async def deliver(url: str, bodies: list[bytes], concurrency: int) -> tuple[float, list[float], int]:
    """Push ``bodies`` with ``concurrency`` in flight; (wall seconds, latencies of the 200s, non-200 count)."""
    import aiohttp

    from pandapon_async.webhooks import sign_body

    signed = [(body, {"Authorization": sign_body(body, SECRET), "Content-Type": "application/json"}) for body in bodies]
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    failures = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as http:

        async def one(body: bytes, headers: dict[str, str]) -> None:
            nonlocal failures
            async with gate:
                started = time.perf_counter()
                try:
                    async with http.post(url, data=body, headers=headers) as response:
                        await response.read()
                        ok = response.status == 200
                except (aiohttp.ClientError, TimeoutError):
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - started)
                else:
                    failures += 1

        began = time.perf_counter()
        await asyncio.gather(*(one(body, headers) for body, headers in signed))
        return time.perf_counter() - began, latencies, failures


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else float("nan")


def measure(store_name: str, url: str, concurrency: int, count: int, first: int) -> Row:
    asyncio.run(deliver(url, [_body(first - 1 - n) for n in range(min(200, count))], min(concurrency, 100)))  # warm
    burst = [_body(first + count + n) for n in range(concurrency)]
    burst_wall, burst_latencies, burst_failures = asyncio.run(deliver(url, burst, concurrency))
    wall, latencies, failures = asyncio.run(deliver(url, [_body(first + n) for n in range(count)], concurrency))
    return Row(
        store_name,
        concurrency,
        count,
        len(latencies) / wall,
        _percentile(latencies, 0.50),
        _percentile(latencies, 0.99),
        failures + burst_failures,
        _percentile(burst_latencies, 0.99),
        burst_wall * 1000,
    )


def run(concurrencies: list[int], count: int, stores: list[str]) -> list[Row]:
    rows: list[Row] = []
    with (
        tempfile.TemporaryDirectory(prefix="pandapon-receiver-bench-") as scratch,
        redis_server(Path(scratch)) as redis_url,
    ):
        urls: dict[str, str | None] = {
            "bare": "bare",
            "none": None,
            "memory": "memory:",
            "sqlite": f"sqlite:///{scratch}/inbox.db",
        }
        if redis_url:
            urls["redis"] = f"{redis_url}?prefix=bench"
        first = 1_000_000
        for name in stores:
            if name not in urls:
                print(f"skipping {name}: not available (redis-server missing?)", file=sys.stderr)
                continue
            log = Path(scratch) / f"receiver-{name}.log"
            with receiver(urls[name], log) as url:
                for concurrency in concurrencies:
                    rows.append(measure(name, url, concurrency, count, first))
                    first += count + concurrency + 1000
                    print(_line(rows[-1], rows), file=sys.stderr)
            if any(row.failures for row in rows if row.store == name):
                print(f"{name} receiver log (tail):\n{log.read_text(errors='replace')[-1500:]}", file=sys.stderr)
    return rows


def _baseline(row: Row, rows: list[Row], store: str = "none") -> Row | None:
    return next((r for r in rows if r.store == store and r.concurrency == row.concurrency), None)


def _ratio(row: Row, base: Row | None) -> str:
    return f"{row.rate / base.rate:.2f}×" if base and base.rate else "—"


def _line(row: Row, rows: list[Row]) -> str:
    failed = f" ({row.failures} not 200)" if row.failures else ""
    label = "bare Starlette endpoint (baseline)" if row.store == "bare" else row.store
    return (
        f"| {label} | {row.concurrency} | {row.deliveries}{failed} | {row.rate:,.0f} "
        f"| {_ratio(row, _baseline(row, rows, 'bare'))} | {_ratio(row, _baseline(row, rows))} "
        f"| {row.p50_ms:.0f} | {row.p99_ms:.0f} | {row.burst_p99_ms:.0f} | {row.burst_ms:.0f} |"
    )


def table(rows: list[Row]) -> str:
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        "receiver = uvicorn (h11) in a child process, load = aiohttp in the benchmark process (same cores).",
        "Sustained: the deliveries with that many in flight. Burst: that many deliveries sent at once on fresh "
        "connections (a push burst); p99 of their answers, and the time until the last one was answered.",
        "",
        "| inbox | in flight | deliveries | sustained deliveries/s | vs bare | vs no inbox | p50 ms | p99 ms "
        "| burst p99 ms | burst all answered ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(_line(row, rows) for row in rows),
        "",
    ]
    for row in rows:
        if row.concurrency >= 500 and row.store != "bare":
            met = "x" if row.burst_p99_ms < TARGET_P99_MS and not row.failures else " "
            lines.append(
                f"- [{met}] {row.store}: a burst of {row.concurrency} deliveries answered with p99 "
                f"{row.burst_p99_ms:.0f} ms < {TARGET_P99_MS:.0f} ms (sustained at {row.concurrency} in flight: "
                f"p99 {row.p99_ms:.0f} ms)"
            )
    for row in rows:
        bare = _baseline(row, rows, "bare")
        if row.store == "none" and bare:
            ratio = row.rate / bare.rate
            met = "x" if ratio >= TARGET_BARE_RATIO else " "
            lines.append(
                f"- [{met}] the receiver (no inbox) at {row.concurrency}: {ratio:.2f}× the bare Starlette endpoint's "
                f"rate (target ≥ {TARGET_BARE_RATIO}×); p99 {row.p99_ms:.0f} ms vs {bare.p99_ms:.0f} ms"
            )
    for row in rows:
        base = _baseline(row, rows)
        if row.store == "sqlite" and base:
            ratio = row.rate / base.rate
            met = "x" if ratio >= TARGET_SQLITE_RATIO else " "
            lines.append(f"- [{met}] sqlite at {row.concurrency}: {ratio:.2f}× the no-inbox rate (target ≥ 0.5×)")
    return "\n".join(lines) + "\n"


def main() -> int:
    parse = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parse.add_argument("--concurrency", type=int, nargs="+", default=[100, 500])
    parse.add_argument("--deliveries", type=int, default=3000, help="measured deliveries per row")
    parse.add_argument("--stores", default="bare,none,memory,sqlite,redis")
    parse.add_argument("--smoke", action="store_true", help="tiny N (50 deliveries, 10 in flight)")
    parse.add_argument("--output", type=Path, help="also write the Markdown table here")
    arguments = parse.parse_args()
    concurrencies, count = ([10], 50) if arguments.smoke else (arguments.concurrency, arguments.deliveries)
    rows = run(concurrencies, count, arguments.stores.split(","))
    text = table(rows)
    print(text)
    if arguments.output:
        arguments.output.write_text(text, encoding="utf-8")
    return 0 if all(row.failures == 0 for row in rows) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
