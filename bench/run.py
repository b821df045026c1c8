"""Benchmark pandapon-async against raw httpx and raw aiohttp, in the same run, on a loopback server.

    python bench/run.py                 # the full run; prints the table and writes bench/RESULTS.md
    python bench/run.py --smoke         # tiny N, for the test gate (writes nothing unless --output is given)
    python bench/run.py --profile       # pyinstrument profile of the client at 100 in flight (the first thing
                                        # to look at when a target is missed)

The server (bench/server.py) runs in its own process and answers every request with one canned envelope,
so the client is what is measured. Every figure is the median of repeated runs, with min–max spread.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import aiohttp  # noqa: E402
import httpx  # noqa: E402
import payloads  # noqa: E402

from pandapon_async import PandaPonClient  # noqa: E402
from pandapon_async._envelope import decode_envelope  # noqa: E402

PATH = "/alibaba/product/keywords/query"
FAKE = {"access_key": "bench-access-key-0000000000000000", "access_secret": "bench-secret", "user_id": "1"}
STATIC_HEADERS = {
    "access-key": FAKE["access_key"],
    "timestamp": "1715669977082",
    "nonce-str": "0" * 32,
    "user-id": "1",
    "signature": "0" * 32,
    "Content-Type": "application/json",
}


@dataclass
class Config:
    repeats: int
    sequential_calls: int
    concurrent_calls: int
    concurrency: tuple[int, ...]
    parse_repeats: int
    import_repeats: int
    signing_calls: int


FULL = Config(5, 2000, 5000, (10, 100, 200), 30, 7, 50_000)
SMOKE = Config(1, 30, 60, (10,), 2, 1, 500)


@dataclass
class Stat:
    median: float
    low: float
    high: float

    def fmt(self, unit: str, digits: int = 0) -> str:
        return f"{self.median:,.{digits}f} {unit} ({self.low:,.{digits}f}–{self.high:,.{digits}f})"


def stat(values: list[float]) -> Stat:
    return Stat(statistics.median(values), min(values), max(values))


# -- the loopback server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(body: bytes) -> tuple[subprocess.Popen[bytes], str]:
    body_file = Path(tempfile.mkstemp(suffix=".json")[1])
    body_file.write_bytes(body)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), str(port), str(body_file)], stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"ready":
        raise RuntimeError("the benchmark server did not start")
    return proc, f"http://127.0.0.1:{port}"


# -- the three clients ------------------------------------------------------------------------------------

Call = Callable[[], Awaitable[Any]]


async def with_ours(base_url: str, backend: str, run: Callable[[Call], Awaitable[float]]) -> float:
    from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
    from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest

    body = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with PandaPonClient(**FAKE, base_url=base_url, http_backend=backend, limits=limits) as client:  # type: ignore[arg-type]

        async def call() -> Any:
            result = await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
            assert result.data is not None
            return result

        return await run(call)


async def with_httpx(base_url: str, run: Callable[[Call], Awaitable[float]]) -> float:
    content = json.dumps(payloads.SEARCH_REQUEST, ensure_ascii=False).encode()
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:

        async def call() -> Any:
            response = await client.post(PATH, content=content, headers=STATIC_HEADERS)
            return json.loads(response.content)

        return await run(call)


async def with_aiohttp(base_url: str, run: Callable[[Call], Awaitable[float]]) -> float:
    content = json.dumps(payloads.SEARCH_REQUEST, ensure_ascii=False).encode()
    async with aiohttp.ClientSession(base_url, connector=aiohttp.TCPConnector(limit=256)) as session:

        async def call() -> Any:
            async with session.post(PATH, data=content, headers=STATIC_HEADERS) as response:
                return json.loads(await response.read())

        return await run(call)


def sequential(n: int) -> Callable[[Call], Awaitable[float]]:
    async def run(call: Call) -> float:
        for _ in range(min(50, n)):
            await call()  # warm up: connect, caches
        started = time.perf_counter()
        for _ in range(n):
            await call()
        return (time.perf_counter() - started) / n * 1e6  # µs per call

    return run


def concurrent(n: int, in_flight: int) -> Callable[[Call], Awaitable[float]]:
    async def run(call: Call) -> float:
        await asyncio.gather(*(call() for _ in range(in_flight)))  # warm up: open the connections
        remaining = n

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await call()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(in_flight)))
        return n / (time.perf_counter() - started)  # calls per second

    return run


CLIENTS: dict[str, Callable[[str, Callable[[Call], Awaitable[float]]], Awaitable[float]]] = {
    "pandapon-async": lambda url, run: with_ours(url, "auto", run),
    "pandapon-async (httpx backend)": lambda url, run: with_ours(url, "httpx", run),
    "raw httpx": with_httpx,
    "raw aiohttp": with_aiohttp,
}


def network_rows(config: Config) -> list[tuple[str, dict[str, Stat], str]]:
    proc, url = start_server(payloads.search_response())
    try:
        scenarios: list[tuple[str, Callable[[], Callable[[Call], Awaitable[float]]], str]] = [
            (
                f"sequential, {config.sequential_calls} calls: µs per call",
                lambda: sequential(config.sequential_calls),
                "µs",
            )
        ]
        for in_flight in config.concurrency:
            scenarios.append(
                (
                    f"{in_flight} in flight, {config.concurrent_calls} calls: calls/s",
                    lambda f=in_flight: concurrent(config.concurrent_calls, f),  # type: ignore[misc]
                    "/s",
                )
            )
        rows = []
        for label, make_run, unit in scenarios:
            samples: dict[str, list[float]] = {name: [] for name in CLIENTS}
            for _ in range(config.repeats):
                for name, client in CLIENTS.items():  # interleaved, so drift hits every client alike
                    samples[name].append(asyncio.run(client(url, make_run())))
            rows.append((label, {name: stat(values) for name, values in samples.items()}, unit))
        return rows
    finally:
        proc.terminate()
        proc.wait()


# -- parse, import, signing --------------------------------------------------------------------------------


def parse_row(config: Config) -> tuple[Stat, Stat, int]:
    from pandapon_async.generated.api.alibaba_goods import alibaba_get_goods_detail

    body = payloads.product_detail_response()

    def ours() -> None:
        envelope = decode_envelope(200, body, operation="bench", method="POST", path="/alibaba/product/detail/get")
        alibaba_get_goods_detail._parse_body(envelope)

    def baseline() -> None:
        json.loads(body)

    count = 20
    ours_ms = [timeit.timeit(ours, number=count) / count * 1e3 for _ in range(config.parse_repeats)]
    base_ms = [timeit.timeit(baseline, number=count) / count * 1e3 for _ in range(config.parse_repeats)]
    return stat(ours_ms), stat(base_ms), len(body)


def import_ms(module: str) -> float:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
    )
    for line in reversed(result.stderr.splitlines()):
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)$", line)
        if match and match.group(3) == module:
            return int(match.group(1)) / 1000
    raise RuntimeError(f"no import time line for {module}")


def models_imported(module: str) -> tuple[int, int]:
    code = (
        f"import sys, {module}; import pandapon_async.generated.models as m; "
        "print(sum(1 for n in sys.modules if n.startswith('pandapon_async.generated.models.')), len(m.__all__))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


def signing_us(config: Config) -> Stat:
    from pandapon_async._auth import PandaPonAuth
    from pandapon_async._credentials import Credentials

    auth = PandaPonAuth(Credentials(FAKE["access_key"], FAKE["access_secret"], FAKE["user_id"]))
    body = json.dumps(payloads.SEARCH_REQUEST).encode()
    runs = [
        timeit.timeit(lambda: auth.signed_headers("POST", PATH, "", body), number=config.signing_calls)
        / config.signing_calls
        * 1e6
        for _ in range(max(3, config.repeats))
    ]
    return stat(runs)


# -- report -----------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.platform()}; {cpu}; {os.cpu_count()} cores; Python {platform.python_version()}; "
        f"httpx {httpx.__version__}; aiohttp {aiohttp.__version__}"
    )


def report(config: Config, smoke: bool) -> str:
    lines = [
        "# Benchmark results" + (" (smoke run: tiny N, not meaningful)" if smoke else ""),
        "",
        f"Machine: {machine()}",
        "",
        f"Loopback server: bench/server.py (raw asyncio, canned ~{len(payloads.search_response()) / 1024:.1f} KB "
        f"envelope, separate process). Operation: `alibaba_search_goods_by_keyword` (POST). Median of "
        f"{config.repeats} runs, (min–max). Ratios are pandapon-async ÷ raw client, in the direction where "
        "> 1 means slower for time and faster for throughput.",
        "",
        "| measurement | pandapon-async | pandapon-async (httpx backend) | raw httpx | raw aiohttp "
        "| ours vs aiohttp | ours vs httpx |",
        "|---|---|---|---|---|---|---|",
    ]
    checks: list[tuple[str, bool]] = []
    for label, stats, unit in network_rows(config):
        ours, aio, hx = stats["pandapon-async"], stats["raw aiohttp"], stats["raw httpx"]
        cells = [stats[name].fmt(unit) for name in CLIENTS]
        ratio_aio, ratio_hx = ours.median / aio.median, ours.median / hx.median
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {ratio_aio:.2f}× | {ratio_hx:.2f}× |")
        if label.startswith("sequential"):
            checks.append((f"sequential per-call time ≤ 1.3× raw aiohttp: {ratio_aio:.2f}×", ratio_aio <= 1.3))
        if label.startswith("100 in flight"):
            checks.append((f"throughput at 100 in flight ≥ 0.7× raw aiohttp: {ratio_aio:.2f}×", ratio_aio >= 0.7))
            checks.append((f"throughput at 100 in flight ≥ 10× stock httpx: {ratio_hx:.1f}×", ratio_hx >= 10))
    ours_parse, json_parse, size = parse_row(config)
    parse_ratio = ours_parse.median / json_parse.median
    lines += [
        "",
        "| measurement | pandapon-async | baseline | ratio |",
        "|---|---|---|---|",
        f"| parse 1688 product detail, 500 SKUs, {size / 1024:.0f} KB (envelope check + typed model) "
        f"| {ours_parse.fmt('ms', 2)} | json.loads {json_parse.fmt('ms', 2)} (what raw httpx's and aiohttp's "
        f"`.json()` do) | {parse_ratio:.2f}× |",
    ]
    checks.append((f"parse ≤ 4× json.loads: {parse_ratio:.2f}×", parse_ratio <= 4))
    imports = {
        module: stat([import_ms(module) for _ in range(config.import_repeats)])
        for module in ("pandapon_async", "pandapon_async.generated.api.alibaba_goods.alibaba_search_goods_by_keyword")
    }
    raw_imports = {
        module: stat([import_ms(module) for _ in range(config.import_repeats)]) for module in ("httpx", "aiohttp")
    }
    baseline = f"httpx {raw_imports['httpx'].fmt('ms', 1)}; aiohttp {raw_imports['aiohttp'].fmt('ms', 1)}"
    loaded, total = models_imported("pandapon_async.generated.api.alibaba_goods.alibaba_search_goods_by_keyword")
    for module, value in imports.items():
        lines.append(f"| cold import `{module}` (-X importtime, cumulative) | {value.fmt('ms', 1)} | {baseline} | — |")
    lines.append(f"| models imported by that one operation | {loaded} of {total} | — | — |")
    checks.append(
        (
            f"import pandapon_async ≤ 150 ms: {imports['pandapon_async'].median:.0f} ms",
            imports["pandapon_async"].median <= 150,
        )
    )
    checks.append((f"one operation does not import all models: {loaded} of {total}", loaded < total))
    sign = signing_us(config)
    lines.append(
        f"| signing one request (headers, nonce, MD5) | {sign.fmt('µs', 1)} | none: raw clients do not sign | — |"
    )
    checks.append((f"signing ≤ 20 µs: {sign.median:.1f} µs", sign.median <= 20))
    lines += ["", "Targets:", ""] + [f"- [{'x' if ok else ' '}] {text}" for text, ok in checks]
    return "\n".join(lines) + "\n"


HISTORY_MARKER = "<!-- history: kept across runs -->"


def profile() -> str:
    """A pyinstrument profile of pandapon-async at 100 in flight against the loopback server."""
    from pyinstrument import Profiler

    proc, url = start_server(payloads.search_response())
    profiler = Profiler(async_mode="enabled")
    try:

        async def run(call: Call) -> float:
            await concurrent(200, 100)(call)  # warm up
            with profiler:
                return await concurrent(5000, 100)(call)

        asyncio.run(with_ours(url, "auto", run))
    finally:
        proc.terminate()
        proc.wait()
    return str(profiler.output_text(unicode=True, color=False, show_all=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny N: proves the harness runs")
    parser.add_argument("--output", type=Path, help="where to write the Markdown (default: bench/RESULTS.md)")
    parser.add_argument("--profile", action="store_true", help="profile the client with pyinstrument instead")
    args = parser.parse_args()
    if args.profile:
        print(profile())
        return 0
    config = SMOKE if args.smoke else FULL
    text = report(config, args.smoke)
    print(text)
    output = args.output or (None if args.smoke else HERE / "RESULTS.md")
    if output is not None:
        # The before/after notes below the marker are written by people and survive new runs.
        previous = output.read_text(encoding="utf-8") if output.exists() else ""
        if HISTORY_MARKER in previous:
            text += "\n" + HISTORY_MARKER + previous.split(HISTORY_MARKER, 1)[1]
        output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
