"""The rows beside the throughput table: fan-out, cancellation, import, first call, parse, memory, mock, micro."""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import payloads
from clients import FAKE, PATH
from harness import HERE, Server, median

# -- fan-out and cancellation ------------------------------------------------------------------------------


@dataclass
class FanOut:
    backend: str
    calls: int
    succeeded: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    unfinished: int = 0
    server_requests: int = 0
    wall: float = float("nan")
    p50_ms: float = float("nan")
    max_ms: float = float("nan")
    cancel_s: float | None = None  # None: cancelling the unfinished calls did not end within the hard bound
    after_ok: int | None = None
    stuck_after: float | None = None  # the burst did not even return from its bound: killed after this many s


async def _fan_out(url: str, backend: str, calls: int, bound: float) -> None:
    """The burst, in its own process; prints one JSON line per phase so a parent can kill a stuck client."""
    from pandapon_async import PandaPonClient
    from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
    from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest

    body = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)

    def emit(**values: Any) -> None:
        print(json.dumps(values), flush=True)

    async with PandaPonClient(**FAKE, base_url=url, http_backend=backend, timeout=2) as client:  # type: ignore[arg-type]

        async def one() -> float:
            started = time.perf_counter()
            await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
            return time.perf_counter() - started

        emit(phase="started")
        started = time.perf_counter()
        tasks = [asyncio.ensure_future(one()) for _ in range(calls)]
        done, pending = await asyncio.wait(tasks, timeout=bound)
        wall = time.perf_counter() - started
        failures: Counter[str] = Counter(type(t.exception()).__name__ for t in done if t.exception() is not None)
        latencies = sorted(t.result() for t in done if t.exception() is None)
        seen = (await asyncio.to_thread(Server(url, int(url.rsplit(":", 1)[1])).stats))["requests"]
        emit(
            phase="burst",
            server_requests=seen,
            succeeded=len(latencies),
            failures=dict(failures),
            unfinished=len(pending),
            wall=wall,
            p50_ms=latencies[len(latencies) // 2] * 1e3 if latencies else None,
            max_ms=latencies[-1] * 1e3 if latencies else None,
        )
        started = time.perf_counter()
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        emit(phase="cancelled", cancel_s=time.perf_counter() - started)
        after_ok = 0
        for _ in range(50):  # does the client serve the next calls after the burst?
            try:
                await asyncio.wait_for(one(), 5)
                after_ok += 1
            except Exception:
                pass
        emit(phase="after", after_ok=after_ok)


def fan_out(server: Server, backend: str, calls: int, bound: float, hard_bound: float = 15.0) -> FanOut:
    """Run the burst in a fresh process; kill it when any phase overruns its bound by ``hard_bound`` seconds."""
    import queue
    import threading

    result = FanOut(backend, calls)
    server.reset()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "rows.py"), "fan-out", server.url, backend, str(calls), str(bound)],
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    deadline = time.monotonic() + 60  # the process starts and imports
    burst_started: float | None = None
    try:
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                if burst_started is not None and result.wall != result.wall:  # stuck inside the burst
                    result.stuck_after = time.monotonic() - burst_started
                    result.server_requests = int(server.stats()["requests"])
                    result.unfinished = calls
                break
            values = json.loads(line)
            phase = values.pop("phase")
            if phase == "started":
                burst_started = time.monotonic()
                deadline = burst_started + bound + hard_bound
            elif phase == "burst":
                result.server_requests = values["server_requests"]
                result.succeeded = values["succeeded"]
                result.failures = values["failures"]
                result.unfinished = values["unfinished"]
                result.wall = values["wall"]
                result.p50_ms = values["p50_ms"] if values["p50_ms"] is not None else float("nan")
                result.max_ms = values["max_ms"] if values["max_ms"] is not None else float("nan")
                deadline = time.monotonic() + hard_bound
            elif phase == "cancelled":
                result.cancel_s = values["cancel_s"]
                deadline = time.monotonic() + hard_bound
            else:
                result.after_ok = values["after_ok"]
                break
    finally:
        proc.kill()
        proc.wait()
    return result


@dataclass
class Cancel:
    backend: str
    calls: int
    cancel_ms: float
    next_ok: int
    next_ms: float


async def _cancel(server: Server, backend: str, calls: int) -> Cancel:
    from pandapon_async import PandaPonClient

    async with PandaPonClient(**FAKE, base_url=server.url, http_backend=backend) as client:  # type: ignore[arg-type]
        await client.request("POST", PATH, json=payloads.SEARCH_REQUEST)  # warm: connect, import
        tasks = [asyncio.ensure_future(client.request("POST", "/_hang", json={})) for _ in range(calls)]
        await asyncio.sleep(0.5)
        started = time.perf_counter()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        cancel_ms = (time.perf_counter() - started) * 1e3
        started = time.perf_counter()
        results = await asyncio.gather(
            *(asyncio.wait_for(client.request("POST", PATH, json=payloads.SEARCH_REQUEST), 5) for _ in range(10)),
            return_exceptions=True,
        )
        next_ms = (time.perf_counter() - started) * 1e3
    return Cancel(backend, calls, cancel_ms, sum(1 for r in results if not isinstance(r, BaseException)), next_ms)


def cancel(server: Server, backend: str, calls: int) -> Cancel:
    return asyncio.run(_cancel(server, backend, calls))


# -- import and first call (fresh processes) -------------------------------------------------------------

EXTRAS = ("wreq", "aiohttp", "orjson", "starlette", "uvicorn", "jsonschema", "typer", "rich", "click", "pygments")


def installed_extras() -> str:
    return ", ".join(name for name in EXTRAS if importlib.util.find_spec(name) is not None)


def _subprocess_ms(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def import_ms(module: str, repeats: int) -> list[float]:
    """Wall time of ``import module`` inside a fresh interpreter (startup excluded), one process per repeat."""
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1e3)"
    return [_subprocess_ms(code) for _ in range(repeats)]


def process_ms(repeats: int, code: str = "pass") -> list[float]:
    """Wall time of a whole fresh ``python -c CODE`` (interpreter startup included)."""
    values = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        values.append((time.perf_counter() - started) * 1e3)
    return values


def models_imported(module: str) -> tuple[int, int]:
    """How many generated model modules a fresh process has imported after ``import module``, of how many."""
    code = (
        f"import sys, {module}; import pandapon_async.generated.models as m; "
        "print(sum(1 for n in sys.modules if n.startswith('pandapon_async.generated.models.')), len(m.__all__))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


FIRST_CALL = """
import time
t0 = time.perf_counter()
import asyncio
import pandapon_async
from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest
t1 = time.perf_counter()
async def main():
    async with pandapon_async.PandaPonClient({fake}, base_url={url!r}, http_backend={backend!r}) as client:
        t2 = time.perf_counter()
        body = AlibabaGoodsKeywordSearchRequest.from_dict({request!r})
        await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
        t3 = time.perf_counter()
        await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
        t4 = time.perf_counter()
    return t2, t3, t4
t2, t3, t4 = asyncio.run(main())
print((t1 - t0) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3, (t3 - t0) * 1e3)
"""


def first_call(server: Server, backend: str, repeats: int) -> dict[str, list[float]]:
    """Fresh process: import, then the first call (which pays lazy imports and connecting), then a second."""
    fake = ", ".join(f"{k}={v!r}" for k, v in FAKE.items())
    code = FIRST_CALL.format(fake=fake, url=server.url, backend=backend, request=payloads.SEARCH_REQUEST)
    values: dict[str, list[float]] = {"import": [], "first": [], "second": [], "total": []}
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for key, value in zip(values, out.split(), strict=True):
            values[key].append(float(value))
    return values


# -- parse of large pages ----------------------------------------------------------------------------------


def _once_ms(function: Callable[[], Any], number: int, *, collect: bool) -> float:
    """ms per call over ``number`` calls, with the cyclic GC on (``collect``) or off (timeit always turns it off)."""
    gc.collect()
    if not collect:
        gc.disable()
    try:
        started = time.perf_counter()
        for _ in range(number):
            function()
        return (time.perf_counter() - started) / number * 1e3
    finally:
        gc.enable()


def _best_ms(function: Callable[[], Any], number: int, repeats: int) -> float:
    """The fastest of ``repeats`` timings (GC on): on a shared box the others measure the neighbours."""
    return min(_once_ms(function, number, collect=True) for _ in range(repeats))


@dataclass
class Parse:
    skus: int
    size: int
    ours: float
    ours_gc_share: float
    orjson: float
    orjson_gc_share: float
    json: float
    vs_orjson: float
    vs_json: float


def parse(skus: int, repeats: int) -> Parse:
    """Interleaved: every repetition times each variant once; shares and ratios are paired per repetition."""
    from pandapon_async._envelope import decode_envelope
    from pandapon_async.generated.api.alibaba_goods import alibaba_get_goods_detail

    body = payloads.product_detail_response(skus)
    path = "/alibaba/product/detail/get"

    def ours() -> None:
        envelope = decode_envelope(200, body, operation="bench", method="POST", path=path)
        alibaba_get_goods_detail._parse_body(envelope)

    def raw_orjson() -> None:
        orjson.loads(body)

    def raw_json() -> None:
        json.loads(body)

    number = max(3, 20_000_000 // len(body))
    variants = {
        "ours": (ours, True),
        "ours_off": (ours, False),
        "orjson": (raw_orjson, True),
        "orjson_off": (raw_orjson, False),
        "json": (raw_json, True),
    }
    times: dict[str, list[float]] = {key: [] for key in variants}
    for _ in range(repeats):
        for key, (function, collect) in variants.items():
            times[key].append(_once_ms(function, number, collect=collect))

    def paired(a: str, b: str) -> float:
        return statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))

    return Parse(
        skus,
        len(body),
        statistics.median(times["ours"]),
        1 - paired("ours_off", "ours"),
        statistics.median(times["orjson"]),
        1 - paired("orjson_off", "orjson"),
        statistics.median(times["json"]),
        paired("ours", "orjson"),
        paired("ours", "json"),
    )


# -- memory ------------------------------------------------------------------------------------------------

RSS = """
import asyncio, gc, sys
sys.path.insert(0, {here!r})
import clients
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
async def main():
    out = []
    async with clients.ours({backend!r})({url!r}) as call:
        done = 0
        for target in {marks!r}:
            async def worker():
                nonlocal done
                while done < target:
                    done += 1
                    await call()
            await asyncio.gather(*(worker() for _ in range(10)))
            gc.collect()
            out.append(rss_mb())
    print(*out)
asyncio.run(main())
"""


def rss(server: Server, backend: str, marks: tuple[int, ...]) -> list[float]:
    """RSS (MB, after a full collection) of a fresh process after each mark of calls, 10 in flight."""
    code = RSS.format(here=str(HERE), backend=backend, url=server.url, marks=marks)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return [float(value) for value in out.split()]


# -- the embedded mock -------------------------------------------------------------------------------------


@dataclass
class Mock:
    mock_rate: float
    bare_rate: float
    create_ms: float


async def _mock_rates(calls: int) -> tuple[float, float]:
    import httpx
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    from pandapon_async import PandaPonClient
    from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
    from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest
    from pandapon_async.mock import MOCK_BASE_URL, mock_client

    body = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)
    canned = payloads.search_response()

    async def answer(request: Any) -> Response:
        await request.body()
        return Response(canned, media_type="application/json")

    bare_app = Starlette(routes=[Route(PATH, answer, methods=["POST"])])

    async def rate(client: PandaPonClient) -> float:
        async with client:
            for _ in range(10):
                await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
            started = time.perf_counter()
            for _ in range(calls):
                await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
            return calls / (time.perf_counter() - started)

    mock = await rate(mock_client())
    bare = await rate(
        PandaPonClient(
            **FAKE, base_url=MOCK_BASE_URL, http_backend="httpx", transport=httpx.ASGITransport(app=bare_app)
        )
    )
    return mock, bare


def mock_rows(calls: int, repeats: int) -> Mock:
    from pandapon_async.mock import mock_client

    pairs = [asyncio.run(_mock_rates(calls)) for _ in range(repeats)]
    create = []
    for _ in range(max(3, repeats)):
        started = time.perf_counter()
        mock_client()
        create.append((time.perf_counter() - started) * 1e3)
    return Mock(median([p[0] for p in pairs]), median([p[1] for p in pairs]), median(create))


# -- our own layer, per call ---------------------------------------------------------------------------------


def micro(number: int, repeats: int) -> list[tuple[str, float | str]]:
    """µs per call of each piece of our layer on the 2 KB keyword-search answer (GC on, as in real use; best of
    ``repeats`` runs of ``number`` calls)."""
    rows: list[tuple[str, float | str]] = []

    def add(label: str, make: Callable[[], Callable[[], Any]]) -> None:
        try:
            function = make()
            function()
            rows.append((label, _best_ms(function, number, repeats) * 1e3))
        except Exception as exc:  # an internal API moved: say so instead of failing the whole bench
            rows.append((label, f"n/a ({type(exc).__name__}: {exc})"))

    content = payloads.search_response()

    def signing() -> Callable[[], Any]:
        from pandapon_async._credentials import Credentials
        from pandapon_async._signing import RequestSigner

        signer = RequestSigner(Credentials(FAKE["access_key"], FAKE["access_secret"], FAKE["user_id"]))
        request = orjson.dumps(payloads.SEARCH_REQUEST)
        return lambda: signer.signed_headers("POST", PATH, "", request)

    def recipe() -> Callable[[], Any]:
        from clients import signed_headers

        return signed_headers

    def envelope() -> Callable[[], Any]:
        from pandapon_async._envelope import decode_envelope

        return lambda: decode_envelope(200, content, operation="bench", method="POST", path=PATH)

    def typed() -> Callable[[], Any]:
        from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword

        decoded = orjson.loads(content)
        return lambda: alibaba_search_goods_by_keyword._parse_body(decoded)

    def to_dict() -> Callable[[], Any]:
        from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest

        request = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)
        return request.to_dict

    def kwargs_and_encode() -> Callable[[], Any]:
        from pandapon_async._request import build_request
        from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
        from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest

        request = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)
        operation = alibaba_search_goods_by_keyword.OPERATION
        return lambda: build_request(operation, alibaba_search_goods_by_keyword._get_kwargs(body=request))

    def orjson_loads() -> Callable[[], Any]:
        return lambda: orjson.loads(content)

    add("signed headers (`RequestSigner.signed_headers`: timestamp, nonce, MD5, dict)", signing)
    add("reference: the MD5 recipe written out (bench/clients.py `signed_headers`)", recipe)
    add("envelope decode (`decode_envelope`: orjson + checks) of the 2 KB answer", envelope)
    add("reference: `orjson.loads` of the 2 KB answer", orjson_loads)
    add("typed parse of the 2 KB answer (`_parse_body` → attrs models)", typed)
    add("request `to_dict()` (keyword-search body)", to_dict)
    add("`_get_kwargs` + `build_request` (path, query, JSON body bytes, headers)", kwargs_and_encode)
    return rows


if __name__ == "__main__":  # python bench/rows.py fan-out URL BACKEND CALLS BOUND (used by fan_out)
    if sys.argv[1] == "fan-out":
        asyncio.run(_fan_out(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])))
