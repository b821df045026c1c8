"""Benchmark pandapon-async against the limit, raw aiohttp and raw httpx, in the same run, on loopback.

    python bench/run.py                 # the full run (a few minutes); prints and writes bench/RESULTS.md
    python bench/run.py --smoke         # tiny N, for the test gate (writes nothing unless --output is given)
    python bench/run.py --profile       # pyinstrument profile of the client at 100 in flight

The server (bench/server.py) is a raw asyncio HTTP/1.1 keep-alive server in its own process that answers every
request with one canned envelope; its own ceiling is measured in the same run. "The limit" (bench/limit.py) is
a minimal keep-alive client on asyncio protocols doing the same sign + send + decode. Repetitions are
interleaved (each repetition runs every client once, in a rotated order) and every figure is the median over
repetitions; ratios are paired within a repetition, then the median is taken.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import checks  # noqa: E402
import clients  # noqa: E402
import payloads  # noqa: E402
import rows  # noqa: E402
from harness import Sample, measure, median, server  # noqa: E402


@dataclass(frozen=True)
class Config:
    repeats: int
    levels: tuple[int, ...]
    max_calls: int
    max_seconds: float
    grace: float  # seconds after max_seconds before unfinished calls are cut off
    fan_out_calls: int
    fan_out_bound: float
    cancel_calls: int
    process_repeats: int
    parse_repeats: int
    parse_skus: tuple[int, ...]
    rss_marks: tuple[int, ...]
    mock_calls: int
    micro_number: int


FULL = Config(
    repeats=3,
    levels=(1, 10, 100, 500),
    max_calls=3000,
    max_seconds=0.8,
    grace=0.5,
    fan_out_calls=2000,
    fan_out_bound=15.0,
    cancel_calls=500,
    process_repeats=5,
    parse_repeats=7,
    parse_skus=(500, 1800, 4000),
    rss_marks=(10_000, 50_000),
    mock_calls=300,
    micro_number=20_000,
)
SMOKE = Config(
    repeats=1,
    levels=(1, 10),
    max_calls=30,
    max_seconds=0.5,
    grace=30.0,  # the gate's smoke run never cuts a call off: a loaded CI box must not fail it
    fan_out_calls=40,
    fan_out_bound=10.0,
    cancel_calls=20,
    process_repeats=1,
    parse_repeats=1,
    parse_skus=(50,),
    rss_marks=(100, 200),
    mock_calls=10,
    micro_number=200,
)


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- the throughput table ------------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    samples: list[Sample]
    vs_limit: list[float]
    vs_aiohttp: list[float]
    vs_httpx: list[float]
    cpu_vs_limit: list[float]  # the limit's CPU per call ÷ this client's, paired per repetition


def network(config: Config, selected: list[clients.Client]) -> tuple[dict[int, list[Row]], dict[int, list[Sample]]]:
    """Every client at every level; returns the rows per level and the limit's samples (server cost) per level."""
    by_level: dict[int, list[Row]] = {}
    server_cost: dict[int, list[Sample]] = {}
    with server(payloads.search_response()) as srv:
        for level in config.levels:
            samples: dict[str, list[Sample]] = {c.name: [] for c in selected}
            paired: dict[str, dict[str, list[float]]] = {
                c.name: {"limit": [], "aio": [], "hx": [], "cpu": []} for c in selected
            }
            server_cost[level] = []
            for repeat in range(config.repeats):
                order = selected[repeat % len(selected) :] + selected[: repeat % len(selected)]
                this: dict[str, Sample] = {}
                for client in order:
                    before = srv.stats()

                    async def one(c: clients.Client = client, lvl: int = level) -> Sample:
                        async with c.open(srv.url) as call:
                            return await measure(call, lvl, config.max_calls, config.max_seconds, config.grace)

                    try:
                        sample = client.run(one())
                    except Exception as exc:
                        note(f"{client.name} at {level} in flight failed: {type(exc).__name__}: {exc}")
                        continue
                    after = srv.stats()
                    served = after["requests"] - before["requests"]
                    if served:
                        sample.server_cpu_per_request = (after["cpu"] - before["cpu"]) / served * 1e6
                        sample.server_busy = (after["cpu"] - before["cpu"]) / sample.seconds
                    if client.name == clients.LIMIT:
                        server_cost[level].append(sample)
                    samples[client.name].append(sample)
                    this[client.name] = sample
                for name, sample in this.items():
                    for key, reference in (
                        ("limit", clients.LIMIT),
                        ("aio", clients.RAW_AIOHTTP),
                        ("hx", clients.RAW_HTTPX),
                    ):
                        if reference in this and this[reference].rate:
                            paired[name][key].append(sample.rate / this[reference].rate)
                    if clients.LIMIT in this and sample.calls:
                        paired[name]["cpu"].append(this[clients.LIMIT].cpu_us / sample.cpu_us)
                note(f"  {level} in flight, repetition {repeat + 1}/{config.repeats} done")
            by_level[level] = [
                Row(
                    c.name,
                    samples[c.name],
                    paired[c.name]["limit"],
                    paired[c.name]["aio"],
                    paired[c.name]["hx"],
                    paired[c.name]["cpu"],
                )
                for c in selected
                if samples[c.name]
            ]
    return by_level, server_cost


def fmt(value: float, digits: int = 0, suffix: str = "") -> str:
    if value != value:  # NaN
        return "—"
    return f"{value:,.{digits}f}{suffix}"


def ratio(values: list[float]) -> str:
    return f"{median(values):.2f}×" if values else "—"


def throughput_tables(by_level: dict[int, list[Row]]) -> list[str]:
    lines: list[str] = []
    for level, level_rows in by_level.items():
        lines += [
            "",
            f"**{level} in flight**",
            "",
            "| client | calls/s | CPU µs/call | p50 ms | p99 ms | × limit | × raw aiohttp | × raw httpx "
            "| CPU share of the limit | failed or cut off |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in level_rows:
            s = row.samples
            p50, p99 = median([x.percentile(0.5) for x in s]), median([x.percentile(0.99) for x in s])
            lines.append(
                f"| {row.name} | {fmt(median([x.rate for x in s]))} | {fmt(median([x.cpu_us for x in s]))} "
                f"| {fmt(p50, 2)} | {fmt(p99, 2)} "
                f"| {ratio(row.vs_limit)} | {ratio(row.vs_aiohttp)} | {ratio(row.vs_httpx)} "
                f"| {ratio(row.cpu_vs_limit)} "
                f"| {sum(x.errors for x in s)} |"
            )
    return lines


def server_table(by_level: dict[int, list[Row]], server_cost: dict[int, list[Sample]]) -> tuple[list[str], bool]:
    lines = [
        "| in flight | fastest client | its calls/s | server CPU µs/request (limit's runs) | server ceiling (1 core) "
        "| ceiling ÷ fastest | server busy while the limit ran |",
        "|---|---|---|---|---|---|---|",
    ]
    ok = True
    for level, level_rows in by_level.items():
        if not level_rows or not server_cost.get(level):
            continue
        fastest = max(level_rows, key=lambda r: median([x.rate for x in r.samples]))
        rate = median([x.rate for x in fastest.samples])
        cost = median([x.server_cpu_per_request for x in server_cost[level]])
        busy = median([x.server_busy for x in server_cost[level]])
        ceiling = 1e6 / cost if cost else float("nan")
        if level > 1:  # at 1 in flight every client waits on the round trip, not on the server
            ok = ok and ceiling >= 2 * rate
        lines.append(
            f"| {level} | {fastest.name} | {fmt(rate)} | {fmt(cost, 1)} | {fmt(ceiling)}/s | {ceiling / rate:.1f}× "
            f"| {busy:.0%} |"
        )
    return lines, ok


# -- the report ----------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    versions = ", ".join(f"{name} {version(name)}" for name in ("httpx", "wreq", "aiohttp", "orjson") if _has(name))
    return (
        f"{platform.platform()}; {cpu}; {os.cpu_count()} cores (shared with other work: figures are noisy, trust "
        f"paired ratios); Python {platform.python_version()}; {versions}"
    )


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def report(config: Config, smoke: bool, with_candidates: bool) -> str:
    started = time.perf_counter()
    load = os.getloadavg()
    selected = [c for c in clients.MAIN_CLIENTS if c.available()]
    candidates = [c for c in clients.CANDIDATE_CLIENTS if c.available()] if with_candidates else []
    for c in clients.CANDIDATE_CLIENTS:
        if with_candidates and not c.available():
            missing = " and ".join(c.missing())
            note(f"skipping the row {c.name!r}: {missing} not installed (bench-only, optional)")
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results" + (" (smoke run: tiny N, not meaningful)" if smoke else ""),
        "",
        f"Run: {now}. Machine: {machine()}.",
        "",
        f"Loopback server: bench/server.py (raw asyncio protocol, HTTP/1.1 keep-alive, canned "
        f"{len(payloads.search_response()) / 1024:.1f} KB envelope, its own process). Operation: "
        "`alibaba_search_goods_by_keyword` (POST). Every client does the same job per call: sign (MD5 recipe, "
        "fresh nonce and timestamp), encode the body, POST, decode the envelope, check `code`, read a field; "
        "pandapon-async also builds its typed models. Each client with its own defaults (pool sizes included). "
        f"Figures are **medians of {config.repeats} interleaved repetitions** (each repetition runs every "
        f"client once, in a rotated order); each run is bounded to {config.max_calls} calls or "
        f"{config.max_seconds} s. Ratios are calls/s paired within a repetition (1.00 = as fast as the "
        "reference), then the median. CPU µs/call = this process's CPU time (all threads) ÷ completed calls; "
        "\"CPU share of the limit\" = the limit's CPU per call ÷ the client's, paired the same way (less "
        "sensitive than calls/s to waiting for a core on a busy box). "
        "Latency is per call, including any wait for a connection inside the client.",
        "",
        "## Throughput, CPU and latency at 1, 10, 100 and 500 in flight",
    ]
    by_level, server_cost = network(config, selected + candidates)
    main_names = {c.name for c in selected}
    main_by_level = {lvl: [r for r in rs if r.name in main_names] for lvl, rs in by_level.items()}
    lines += throughput_tables(main_by_level)
    checks_out: list[tuple[str, bool]] = []

    def row_of(level: int, name: str) -> Row | None:
        return next((r for r in by_level.get(level, []) if r.name == name), None)

    ours100 = row_of(100, clients.OURS)
    if ours100 and ours100.vs_limit:
        value = median(ours100.vs_limit)
        checks_out.append((f"default client ≥ 0.6× the limit at 100 in flight: {value:.2f}×", value >= 0.6))
        value = median(ours100.vs_aiohttp)
        checks_out.append((f"default client ≥ 1.5× raw aiohttp at 100 in flight: {value:.2f}×", value >= 1.5))
    ours1, limit1 = row_of(1, clients.OURS), row_of(1, clients.LIMIT)
    if ours1 and limit1:
        per_call = median([1e6 / x.rate for x in ours1.samples]) / median([1e6 / x.rate for x in limit1.samples])
        checks_out.append((f"sequential time per call ≤ 1.5× the limit's: {per_call:.2f}×", per_call <= 1.5))
    for level in config.levels:
        httpx_row = row_of(level, clients.OURS_HTTPX)
        if httpx_row and httpx_row.vs_httpx:
            value = median(httpx_row.vs_httpx)
            checks_out.append((f"httpx backend ≥ 1.0× raw httpx at {level} in flight: {value:.2f}×", value >= 1.0))
    ours500 = row_of(500, clients.OURS)
    if ours500:
        p50 = median([x.percentile(0.5) for x in ours500.samples])
        p99 = median([x.percentile(0.99) for x in ours500.samples])
        checks_out.append((f"p99 ≤ 3× p50 at 500 in flight (default client): {p99 / p50:.1f}×", p99 <= 3 * p50))

    lines += ["", "## The server's own ceiling", ""]
    table, server_ok = server_table(by_level, server_cost)
    lines += table
    lines += [
        "",
        "Server ceiling = 1 / the server process's CPU time per request while the limit ran (one core fully "
        "given to it). On 2 shared cores the server and the client compete for CPU, so this is the ceiling of the "
        "server, not a promise that both reach their own rates at once. At 1 in flight the server pays one "
        "wake-up per request and every client waits on the round trip, so that row is shown but not held to 2×.",
    ]
    checks_out.append(("server ceiling ≥ 2× the fastest client's rate at 10, 100 and 500 in flight", server_ok))

    # -- fan-out and cancellation
    lines += [
        "",
        f"## Fan-out: {config.fan_out_calls} concurrent calls, `timeout=2`, 1 % injected faults",
        "",
        "Default client settings except `timeout=2`; every 100th request the server answers HTTP 503 or closes "
        "without answering (alternately); the operation is marked safe to retry, so those calls are retried. "
        f"Calls not finished {config.fan_out_bound:.0f} s after the burst started are cancelled and counted "
        "as unfinished (the burst runs in its own process, killed when a phase overruns by 15 s). "
        '"Server saw" counts requests during the burst; p50/max are over the calls that succeeded. "Next 50" = '
        "sequential calls on the same client right after the burst.",
        "",
        "| backend | succeeded | failed (by error) | unfinished at the bound | cancelling them took s | server saw "
        "| burst wall s | p50 ms | max ms | next 50 ok |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    backends = [name for name in ("wreq", "aiohttp") if _has(name)] + ["httpx"]  # the default first
    with server(payloads.search_response(), "--fault-every", "100") as srv:
        for backend in backends:
            note(f"fan-out on the {backend} backend")
            f = rows.fan_out(srv, backend, config.fan_out_calls, config.fan_out_bound)
            failed = ", ".join(f"{n} {name}" for name, n in sorted(f.failures.items(), key=lambda x: -x[1])) or "0"
            if f.stuck_after is not None:
                lines.append(
                    f"| {backend} | 0 | — | {f.calls}: the event loop had not returned from its "
                    f"{config.fan_out_bound:.0f} s wait {f.stuck_after:.0f} s after the burst began (process killed) "
                    f"| — | {f.server_requests} "
                    f"| > {f.stuck_after:.0f} | — | — | not reached |"
                )
            else:
                cancelled = (
                    "—" if not f.unfinished else f"{f.cancel_s:.1f}" if f.cancel_s is not None else "> 15 (killed)"
                )
                after = f"{f.after_ok}/50" if f.after_ok is not None else "not reached"
                lines.append(
                    f"| {backend} | {f.succeeded} | {failed} | {f.unfinished} | {cancelled} | {f.server_requests} "
                    f"| {f.wall:.2f} | {fmt(f.p50_ms)} | {fmt(f.max_ms)} | {after} |"
                )
            share = f.succeeded / f.calls
            checks_out.append((f"fan-out on {backend}: ≥ 95 % succeed: {share:.0%}", share >= 0.95))
    lines += [
        "",
        f"Cancelling {config.cancel_calls} in-flight calls (the server holds them unanswered), then 10 calls:",
        "",
        "| backend | cancel took ms | next 10 calls ok | next 10 calls ms |",
        "|---|---|---|---|",
    ]
    with server(payloads.search_response()) as srv:
        for backend in backends:
            note(f"cancellation on the {backend} backend")
            c = rows.cancel(srv, backend, config.cancel_calls)
            lines.append(f"| {backend} | {c.cancel_ms:.1f} | {c.next_ok}/10 | {c.next_ms:.1f} |")
            checks_out.append(
                (f"cancelling {c.calls} calls on {backend} < 100 ms: {c.cancel_ms:.0f} ms", c.cancel_ms < 100)
            )

        # -- import and first call
        note("import and first-call timings (fresh processes)")
        n = config.process_repeats
        startup = median(rows.process_ms(n))
        modules = [m for m in ("pandapon_async", "httpx", "wreq", "aiohttp", "orjson") if _has(m)]
        import_runs = {m: rows.import_ms(m, n) for m in modules}
        imports = {m: median(values) for m, values in import_runs.items()}
        lines += [
            "",
            "## Import and the first call (fresh processes)",
            "",
            f"Installed extras seen by these processes: {rows.installed_extras()}. Medians of {n} fresh "
            f"processes; the interpreter's own startup (`python -c pass`, {startup:.0f} ms) is excluded.",
            "",
            "| measurement | median ms | min ms |",
            "|---|---|---|",
        ]
        for module, values in import_runs.items():
            lines.append(f"| `import {module}` | {median(values):.1f} | {min(values):.1f} |")
        checks_out.append(
            (f"import pandapon_async ≤ 60 ms: {imports['pandapon_async']:.0f} ms", imports["pandapon_async"] <= 60)
        )
        loaded, total = rows.models_imported(
            "pandapon_async.generated.api.alibaba_goods.alibaba_search_goods_by_keyword"
        )
        lines.append(f"| models imported by one operation (keyword search), of all | {loaded} of {total} | — |")
        checks_out.append((f"one operation does not import all models: {loaded} of {total}", loaded < total))
        for backend in backends:
            timings = rows.first_call(srv, backend, n)
            for key, label in (
                ("import", "import the package and one operation"),
                ("first", "first call (lazy imports, connect, sign, parse)"),
                ("second", "second call"),
                ("total", "process start → first result (excl. interpreter startup)"),
            ):
                values = timings[key]
                lines.append(f"| {backend} backend: {label} | {median(values):.1f} | {min(values):.1f} |")

        # -- memory
        note("memory growth")
        lines += [
            "",
            "## Memory (RSS of a fresh process, after a full collection, 10 in flight)",
            "",
            "| client | " + " | ".join(f"after {m:,} calls" for m in config.rss_marks) + " | growth |",
            "|---|" + "---|" * (len(config.rss_marks) + 1),
        ]
        for backend in backends[:1]:
            values = rows.rss(srv, backend, config.rss_marks)
            growth = values[-1] - values[0]
            lines.append(
                f"| pandapon-async ({backend}) | "
                + " | ".join(f"{v:.1f} MB" for v in values)
                + f" | {growth:+.1f} MB |"
            )
            checks_out.append((f"no memory growth between the marks: {growth:+.1f} MB", growth < 2.0))

    # -- parse
    note("parse of large pages")
    lines += [
        "",
        "## Typed parse of large pages (1688 product detail), and the cyclic GC's share",
        "",
        "pandapon-async = envelope check + typed models (`decode_envelope` + `_parse_body`). GC share = "
        "1 − (time with `gc.disable()`) ÷ (time with the GC on). Median ms per parse; every repetition times "
        "each variant once (interleaved), and shares and ratios are paired per repetition.",
        "",
        "| page | pandapon-async | its GC share | orjson.loads (raw aiohttp + orjson) | its GC share "
        "| json.loads | ours ÷ orjson | ours ÷ json.loads |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for skus in config.parse_skus:
        try:
            p = rows.parse(skus, config.parse_repeats)
        except Exception as exc:  # an internal API moved: say so instead of losing the whole run
            lines.append(f"| {skus} SKUs | n/a ({type(exc).__name__}: {exc}) | | | | | | |")
            continue
        lines.append(
            f"| {skus} SKUs, {p.size / 1024:,.0f} KB | {p.ours:.2f} ms | {p.ours_gc_share:.0%} "
            f"| {p.orjson:.2f} ms | {p.orjson_gc_share:.0%} | {p.json:.2f} ms "
            f"| {p.vs_orjson:.2f}× | {p.vs_json:.2f}× |"
        )

    # -- mock and receiver
    note("embedded mock")
    m = rows.mock_rows(config.mock_calls, max(1, config.repeats))
    lines += [
        "",
        "## The embedded mock (in-process, what a user's test suite gets)",
        "",
        "Sequential calls of the keyword search through `pandapon_async.mock.mock_client()` (routing, "
        "authentication, schema validation, answer) against the same client on the same `httpx.ASGITransport` "
        "to a bare Starlette endpoint returning the canned answer.",
        "",
        "| measurement | mock | bare baseline | ratio |",
        "|---|---|---|---|",
        f"| calls/s, sequential | {m.mock_rate:,.0f} | {m.bare_rate:,.0f} | {m.mock_rate / m.bare_rate:.2f}× |",
        f"| `mock_client()` creation (spec load, app build), ms | {m.create_ms:.1f} | — | — |",
        "",
        "## The webhook receiver",
        "",
        RECEIVER_BEGIN,
        RECEIVER_PLACEHOLDER,
        RECEIVER_END,
    ]

    # -- our own layer
    note("micro rows")
    lines += [
        "",
        "## Our own layer, per call (the 2 KB keyword-search answer, GC on)",
        "",
        f"Best of {max(5, config.repeats)} runs of {config.micro_number:,} calls each (the minimum, not the median: "
        'on a shared box slower runs measure the neighbours). These are the "before" figures for the '
        "signing and parse targets.",
        "",
        "| piece | µs per call |",
        "|---|---|",
    ]
    for label, value in rows.micro(config.micro_number, max(5, config.repeats)):
        lines.append(f"| {label} | {value if isinstance(value, str) else f'{value:.2f}'} |")

    # -- candidate transports
    if with_candidates:
        lines += candidate_section(by_level, [c.name for c in candidates])

    lines += ["", "## Targets (this run)", ""] + [f"- [{'x' if ok else ' '}] {text}" for text, ok in checks_out]
    elapsed = time.perf_counter() - started
    lines += [
        "",
        f"This run took {elapsed:.0f} s; load average before it: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} "
        "(1 / 5 / 15 min).",
    ]
    return "\n".join(lines) + "\n"


def candidate_section(by_level: dict[int, list[Row]], names: list[str]) -> list[str]:
    note("candidate transports: behaviour checks")
    available = [cls for cls in clients.TRANSPORTS if cls.available()]
    ours = [cls for cls in (clients.OursWreq, clients.OursAiohttp, clients.OursHttpx) if cls.available()]
    behaviour = checks.behaviour(ours + available)
    missing = [cls.name for cls in clients.TRANSPORTS if not cls.available()]
    lines = [
        "",
        "## Candidate transports (raw; wreq is the `fast` extra's backend, the others are bench-only)",
        "",
        "Same job, same server, same run as the table above (raw rows: sign + orjson by hand). "
        "Calls/s as a share of the limit, paired per repetition; CPU µs/call (all threads, so a native runtime's "
        "own threads are counted); p50/p99 at 500 in flight.",
        "",
        "| transport | version | × limit at 1 | 10 | 100 | 500 | CPU µs/call at 1 / 100 / 500 | p50 / p99 ms at 500 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    levels = (1, 10, 100, 500)
    transport_rows = [clients.RAW_AIOHTTP, clients.RAW_HTTPX, *names]
    for name in transport_rows:
        cls = next((t for t in clients.TRANSPORTS if name.startswith(t.name)), None)
        version = cls.version() if cls is not None and cls.available() else "—"
        found = {level: next((r for r in by_level.get(level, []) if r.name == name), None) for level in levels}
        cells = [ratio(row.vs_limit) if row else "—" for row in found.values()]
        cpu = " / ".join(fmt(median([x.cpu_us for x in row.samples])) if row else "—" for row in
                         (found[1], found[100], found[500]))  # fmt: skip
        row500 = found[500]
        tail = (
            f"{fmt(median([x.percentile(0.5) for x in row500.samples]), 1)} / "
            f"{fmt(median([x.percentile(0.99) for x in row500.samples]), 1)}"
            if row500
            else "—"
        )
        lines.append(f"| {name} | {version} | " + " | ".join(cells) + f" | {cpu} | {tail} |")
    lines += [
        "",
        'Behaviour (loopback checks, each library with its defaults). "Seen" = requests the server saw when it '
        "closed the connection without answering; 2 means the library resent the request by itself. "
        "pandapon-async rows use `client.request` with `max_retries=0`, so they show what its backend sends "
        "before any retry of ours (GET is idempotent by default, POST not).",
        "",
        "| transport | seen: GET fresh | GET reused | POST fresh | POST reused | HTTP_PROXY from env (defaults) "
        "| with trust_env=True | TLS verification by default |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, b in behaviour.items():
        r = b.resends
        lines.append(
            f"| {name} | {r['GET fresh']} | {r['GET reused']} | {r['POST fresh']} | {r['POST reused']} "
            f"| {b.proxy} | {b.proxy_trust_env} | {b.tls} |"
        )
    if missing:
        lines += ["", f"Not installed, so not measured: {', '.join(missing)}."]
    return lines


# -- profile -------------------------------------------------------------------------------------------------

HISTORY_MARKER = "<!-- history: kept across runs -->"
RECEIVER_BEGIN = "<!-- receiver rows: begin (from `python bench/receiver.py --output ...`; kept across runs) -->"
RECEIVER_END = "<!-- receiver rows: end -->"
RECEIVER_PLACEHOLDER = (
    "Not measured by bench/run.py: the receiver rows (verified deliveries/s and p99 under uvicorn vs a bare "
    "Starlette endpoint doing the same HMAC check) come from bench/receiver.py; paste its table between these "
    "markers and later runs keep it."
)


def keep_sections(text: str, previous: str) -> str:
    """Carry the hand-kept parts of the previous results into the new text: the receiver rows and the history."""
    if RECEIVER_BEGIN in previous and RECEIVER_END in previous and RECEIVER_BEGIN in text:
        kept = previous.split(RECEIVER_BEGIN, 1)[1].split(RECEIVER_END, 1)[0]
        head, rest = text.split(RECEIVER_BEGIN, 1)
        text = head + RECEIVER_BEGIN + kept + RECEIVER_END + rest.split(RECEIVER_END, 1)[1]
    if HISTORY_MARKER in previous:
        text += "\n" + HISTORY_MARKER + previous.split(HISTORY_MARKER, 1)[1]
    return text


def profile() -> str:
    """Where the default client's time goes at 100 in flight: a pyinstrument tree (wall time, async-aware),
    then a cProfile table of CPU time per call grouped by who spends it (own time of each function)."""
    import asyncio
    import cProfile
    import pstats

    from pyinstrument import Profiler

    calls = 5000
    profiler = Profiler(async_mode="enabled")
    cpu = cProfile.Profile()
    with server(payloads.search_response()) as srv:

        async def run() -> Any:
            async with clients.ours("auto")(srv.url) as call:
                await measure(call, 100, 200, 5)  # warm up
                with profiler:
                    await measure(call, 100, calls, 10)
                cpu.enable()
                await measure(call, 100, calls, 10)
                cpu.disable()

        asyncio.run(run())
    groups: dict[str, float] = {}
    functions: dict[str, float] = {}
    stats = pstats.Stats(cpu)
    for (filename, line, name), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "pandapon_async/generated" in filename:
            group = "pandapon_async.generated (operation + models)"
        elif "pandapon_async" in filename:
            group = "pandapon_async (handwritten layer)"
        elif "/aiohttp/" in filename or "/yarl/" in filename or "/multidict/" in filename:
            group = "aiohttp, yarl, multidict"
        elif "asyncio" in filename:
            group = "asyncio"
        elif "bench" in filename:
            group = "bench harness"
        else:
            group = "builtins and other (orjson, hashlib, sockets, ...)"
        groups[group] = groups.get(group, 0.0) + own
        if "pandapon_async/" in filename:
            key = f"{filename.split('pandapon_async/', 1)[1]}:{line} {name}"
            functions[key] = functions.get(key, 0.0) + own
    total = sum(groups.values())
    lines = [
        str(profiler.output_text(unicode=True, color=False, show_all=False)),
        f"cProfile, {calls} calls at 100 in flight: own CPU µs per call (cProfile's overhead inflates all figures)",
        "",
    ]
    for group, own in sorted(groups.items(), key=lambda item: -item[1]):
        lines.append(f"{own / calls * 1e6:8.1f} µs  {own / total:5.1%}  {group}")
    lines += ["", "pandapon_async functions, own CPU µs per call (top 15):", ""]
    for key, own in sorted(functions.items(), key=lambda item: -item[1])[:15]:
        lines.append(f"{own / calls * 1e6:8.2f} µs  {key}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny N: proves the harness runs")
    parser.add_argument("--output", type=Path, help="where to write the Markdown (default: bench/RESULTS.md)")
    parser.add_argument("--profile", action="store_true", help="profile the client with pyinstrument instead")
    parser.add_argument("--no-candidates", action="store_true", help="skip the candidate-transport rows")
    args = parser.parse_args()
    if args.profile:
        print(profile())
        return 0
    config = SMOKE if args.smoke else FULL
    text = report(config, args.smoke, not args.no_candidates)
    print(text)
    output = args.output or (None if args.smoke else HERE / "RESULTS.md")
    if output is not None:
        # The before/after notes below the marker are written by people and survive new runs.
        previous = output.read_text(encoding="utf-8") if output.exists() else ""
        output.write_text(keep_sections(text, previous), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
