"""The loopback server process and the measurement loop every throughput row shares."""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clients import Call

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    port: int
    proc: subprocess.Popen[bytes] | None = None

    def stats(self) -> dict[str, Any]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", "/_stats")
            return dict(json.loads(connection.getresponse().read()))
        finally:
            connection.close()

    def reset(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", "/_reset")
            connection.getresponse().read()
        finally:
            connection.close()


@contextmanager
def server(body: bytes, *extra: str, scheme: str = "http") -> Iterator[Server]:
    """The canned-answer server in its own process, on a free loopback port."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        handle.write(body)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), str(port), handle.name, *extra], stdout=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != b"ready":
            raise RuntimeError("the benchmark server did not start")
        yield Server(f"{scheme}://127.0.0.1:{port}", port, proc)
    finally:
        proc.terminate()
        proc.wait()
        Path(handle.name).unlink(missing_ok=True)


@dataclass
class Sample:
    calls: int
    errors: int
    seconds: float
    cpu_seconds: float
    latencies: list[float] = field(repr=False)
    server_cpu_per_request: float = 0.0
    server_busy: float = 0.0  # the server's CPU seconds ÷ the run's wall seconds

    @property
    def rate(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0

    @property
    def cpu_us(self) -> float:
        return self.cpu_seconds / self.calls * 1e6 if self.calls else float("nan")

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3  # ms


async def measure(call: Call, in_flight: int, max_calls: int, max_seconds: float, grace: float = 1.0) -> Sample:
    """``in_flight`` workers call back to back until ``max_calls`` were issued or ``max_seconds`` passed.

    Calls/s counts the calls that completed; CPU is this process's CPU time (all threads, so transports that
    work on their own native threads pay for them too) divided by completed calls; latency is per call,
    including any wait for a connection inside the client. Calls still running ``grace`` seconds after the
    deadline are cancelled and counted as failed (a client that starves them does not stretch the run).
    """
    await asyncio.gather(*(call() for _ in range(min(in_flight, 10))))  # warm up: connect, fill caches
    for _ in range(10):
        await call()
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + max_seconds

    async def worker() -> None:
        nonlocal issued, errors
        perf_counter = time.perf_counter
        while issued < max_calls and perf_counter() < deadline:
            issued += 1
            started = perf_counter()
            try:
                await call()
            except Exception:
                errors += 1
            else:
                latencies.append(perf_counter() - started)

    cpu_started = time.process_time()
    started = time.perf_counter()
    workers = [asyncio.ensure_future(worker()) for _ in range(in_flight)]
    _, unfinished = await asyncio.wait(workers, timeout=max_seconds + grace)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    for task in unfinished:
        task.cancel()
    if unfinished:
        await asyncio.wait(unfinished, timeout=10)
    return Sample(len(latencies), errors + len(unfinished), seconds, cpu_seconds, latencies)


def median(values: list[float]) -> float:
    values = [v for v in values if v == v]  # drop NaN
    return statistics.median(values) if values else float("nan")
