"""Shared parts of the webhook and inbox tests (no tests here): free ports, a real redis-server, receivers served
by uvicorn in a thread or in a child process, signed messages, and the ledger an idempotent handler writes to."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import httpx

from pandapon_async.webhooks import TAOBAO_ORDER_PRICE_MODIFY, WebhookMessage, sign_body

ROOT = Path(__file__).resolve().parent.parent
ACCESS_SECRET = "pp-test-secret-0123456789abcdef"  # the platform.md test vector's secret (as in conftest)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def message_body(n: int, *, timestamp: int = 1715669977082, as_string: bool = False) -> bytes:
    """A Taobao price-modified message for sales order ``n``; the same ``n`` is the same message (same key)."""
    body: Any = {"salesOrderId": str(n), "subOrders": [{"purchase_order_outer_id": str(n), "quantity": 1}]}
    payload = {
        "messageType": TAOBAO_ORDER_PRICE_MODIFY,
        "messageBody": json.dumps(body, separators=(",", ":")) if as_string else body,
        "messagePlatform": 0,
        "timestamp": str(timestamp),
    }
    return json.dumps(payload, separators=(",", ":")).encode()


def signed(body: bytes) -> dict[str, str]:
    return {"Authorization": sign_body(body, ACCESS_SECRET), "Content-Type": "application/json"}


def deliveries(distinct: int, repeats: int, *, seed: int = 7) -> tuple[list[bytes], set[str]]:
    """``distinct`` messages plus ``repeats`` repeated pushes of them (half the same bytes, half re-stamped
    with a later timestamp, as a retried push may be), shuffled; and the set of distinct sales order ids."""
    rng = random.Random(seed)
    bodies = [message_body(n) for n in range(distinct)]
    for i in range(repeats):
        n = rng.randrange(distinct)
        bodies.append(message_body(n) if i % 2 else message_body(n, timestamp=1715669977082 + 1800_000))
    rng.shuffle(bodies)
    return bodies, {str(n) for n in range(distinct)}


# --- the ledger: what an idempotent handler did, across processes --------------------------------------------


class Ledger:
    """A SQLite file the handler writes to: ``runs`` (every successful run) and ``effects`` (one row per order)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with self._connect() as connection:
            connection.executescript(
                "CREATE TABLE IF NOT EXISTS runs (order_id TEXT, pid INTEGER, at REAL);"
                "CREATE TABLE IF NOT EXISTS effects (order_id TEXT PRIMARY KEY, pid INTEGER);"
            )

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        return connection

    def record(self, order_id: str) -> None:
        with self._lock, self._writer:  # one connection per process, used by one handler thread at a time
            self._writer.execute("INSERT INTO runs VALUES (?, ?, ?)", (order_id, os.getpid(), time.time()))
            self._writer.execute("INSERT OR IGNORE INTO effects VALUES (?, ?)", (order_id, os.getpid()))

    @functools.cached_property
    def _writer(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10, check_same_thread=False)

    @functools.cached_property
    def _lock(self) -> threading.Lock:
        return threading.Lock()

    def runs(self) -> Counter[str]:
        with contextlib.closing(self._connect()) as connection:
            return Counter(row[0] for row in connection.execute("SELECT order_id FROM runs"))

    def runs_by(self, pid: int) -> set[str]:
        with contextlib.closing(self._connect()) as connection:
            return {row[0] for row in connection.execute("SELECT order_id FROM runs WHERE pid = ?", (pid,))}

    def effects(self) -> dict[str, int]:
        with contextlib.closing(self._connect()) as connection:
            return dict(connection.execute("SELECT order_id, pid FROM effects").fetchall())


def ledger_handler(message: WebhookMessage) -> None:
    """The child receivers' handler (a plain function: it runs in a worker thread).

    Environment: PANDAPON_TEST_LEDGER (the ledger file), PANDAPON_TEST_SLEEP_MS (up to this many ms of work, so
    kills land mid-handling), PANDAPON_TEST_BLOCK (a file it creates, then hangs: killed before it finishes).
    """
    order_id = str((message.raw.get("messageBody") or {}).get("salesOrderId"))
    block = os.environ.get("PANDAPON_TEST_BLOCK")
    if block:
        Path(block).write_text(order_id)
        time.sleep(3600)
    time.sleep(random.uniform(0, float(os.environ.get("PANDAPON_TEST_SLEEP_MS", "0")) / 1000))
    _ledger().record(order_id)


@functools.cache
def _ledger() -> Ledger:
    return Ledger(Path(os.environ["PANDAPON_TEST_LEDGER"]))


# --- receivers ------------------------------------------------------------------------------------------------


class ThreadedUvicorn:
    """A real uvicorn server for ``app`` on 127.0.0.1, run in a thread with its own event loop."""

    def __init__(self, app: Any, **options: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on", backlog=2048, **options
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)
        self.url = f"http://127.0.0.1:{self.port}/pandapon/messages"

    def __enter__(self) -> ThreadedUvicorn:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@attrs.define
class ChildReceiver:
    """``python -m pandapon_async.webhooks`` in a child process, serving ``ledger_handler`` from an inbox."""

    store: str
    ledger: Path
    port: int = attrs.field(factory=free_port)
    extra_args: Sequence[str] = ()
    env: dict[str, str] = attrs.field(factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    starts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def launch(self, **env: str) -> ChildReceiver:
        environment = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PANDAPON_ACCESS_SECRET": ACCESS_SECRET,
            "PANDAPON_TEST_LEDGER": str(self.ledger),
            **self.env,
            **env,
        }
        self.log = self.ledger.with_name(f"receiver-{self.port}.log")
        arguments = [
            *("--handler", "tests.test_inbox_support:ledger_handler", "--store", self.store),
            *("--port", str(self.port), "--log-level", "warning", *self.extra_args),
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pandapon_async.webhooks", *arguments],
                cwd=ROOT,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.starts += 1
        return self

    def start(self, **env: str) -> ChildReceiver:
        """Launch, then wait until it answers."""
        return self.launch(**env).wait_ready()

    def wait_ready(self) -> ChildReceiver:
        assert self.process is not None and self.log is not None
        deadline = time.monotonic() + 20
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the receiver exited: {self.log.read_text()[-2000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url, timeout=0.5).status_code == 200:
                    return self
            if time.monotonic() > deadline:
                raise RuntimeError("the receiver did not answer within 20 s")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no drain, nothing flushed."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


# --- a stand-in for PandaPon's pushes ----------------------------------------------------------------------------


@attrs.define
class PushReport:
    deliveries: int = 0
    attempts: int = 0
    statuses: Counter[int | str] = attrs.field(factory=Counter)
    latencies: list[float] = attrs.field(factory=list)


async def push_until_acknowledged(
    urls: Sequence[str],
    bodies: Sequence[bytes],
    *,
    concurrency: int = 50,
    deadline: float = 60.0,
    report: PushReport | None = None,
) -> PushReport:
    """Push every body and push again whatever did not get a 200 (PandaPon waits half an hour; we wait 50 ms),
    spreading over ``urls`` and moving to the next URL after a failure. Raises TimeoutError past ``deadline``.

    aiohttp, not httpx, sends: httpx's connection pool is the bottleneck at this concurrency (see the README).
    """
    import aiohttp

    report = report or PushReport()  # pass one in to watch the progress
    report.deliveries = len(bodies)
    gate = asyncio.Semaphore(concurrency)
    stop_at = time.monotonic() + deadline
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=2.0)

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:

        async def deliver(index: int, body: bytes) -> None:
            target = index
            while True:
                if time.monotonic() > stop_at:
                    raise TimeoutError("deliveries were not all acknowledged in time")
                async with gate:
                    report.attempts += 1
                    started = time.perf_counter()
                    try:
                        async with http.post(urls[target % len(urls)], data=body, headers=signed(body)) as response:
                            await response.read()
                            status: int | str = response.status
                    except (aiohttp.ClientError, TimeoutError) as exc:
                        status = type(exc).__name__
                    report.statuses[status] += 1
                    if status == 200:
                        report.latencies.append(time.perf_counter() - started)
                        return
                target += 1
                await asyncio.sleep(0.05)

        await asyncio.gather(*(deliver(i, body) for i, body in enumerate(bodies)))
    return report


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def inbox_states(path: Path) -> dict[str, int]:
    """Counts by state read straight from a SQLite inbox file (without opening it as an inbox)."""
    with contextlib.closing(sqlite3.connect(path, timeout=10)) as connection:
        return dict(connection.execute("SELECT state, COUNT(*) FROM pandapon_inbox GROUP BY state").fetchall())


def inbox_rows(path: Path) -> tuple[int, int]:
    """(rows, distinct keys) in a SQLite inbox file."""
    with contextlib.closing(sqlite3.connect(path, timeout=10)) as connection:
        rows, keys = connection.execute("SELECT COUNT(*), COUNT(DISTINCT key) FROM pandapon_inbox").fetchone()
        return int(rows), int(keys)


def wait_for(condition: Any, timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


# --- a real redis-server ------------------------------------------------------------------------------------


class RedisServer:
    """Debian's ``redis-server`` on a free loopback port with the append-only file on: Redis writes each change
    to the file before it answers, so a killed (even SIGKILLed) and restarted Redis keeps every acknowledged
    message. ``appendfsync everysec`` (not ``always``) leaves only a power loss able to drop the last second."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                "redis-server",
                *("--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)),
                *("--appendonly", "yes", "--appendfsync", "everysec", "--save", ""),
                *("--logfile", str(self.directory / "redis.log"), "--daemonize", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import redis

        client = redis.Redis(port=self.port, socket_timeout=0.5, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 15
        while True:
            try:
                if client.ping():
                    break
            except redis.RedisError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        client.close()
        return self

    def stop(self, *, kill: bool = False) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(timeout=15)
        self.process = None

    def flush(self) -> None:
        import redis

        with redis.Redis(port=self.port) as client:
            client.flushall()


@contextlib.contextmanager
def running_redis(directory: Path) -> Iterator[RedisServer]:
    server = RedisServer(directory).start()
    try:
        yield server
    finally:
        server.stop()
