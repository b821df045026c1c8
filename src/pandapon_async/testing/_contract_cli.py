"""``pandapon contract``: the contract run from the command line (table, JUnit XML, recorded answers, exit code)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .._credentials import ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_USER_ID, resolve_base_url
from .._exceptions import ConfigurationError
from ._contract import ContractResult, run_contract, safe_operations, seed_mock_for_examples, write_junit

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
_STYLE = {"pass": "green", "drift": "yellow", "error": "red"}


class ContractUsageError(ConfigurationError):
    """A contract run that cannot start (e.g. ``--live`` without credentials); nothing was sent."""


def _client(*, live: bool, base_url: str | None, timeout: float) -> tuple[Any, str, Any]:
    """The client of the run, a label of its target, and the in-process mock state (or None)."""
    from .._client import PandaPonClient

    options: dict[str, Any] = {"max_retries": 0, "timeout": timeout}
    if live:
        missing = [name for name in (ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_USER_ID) if not os.environ.get(name)]
        if missing:
            raise ContractUsageError(
                f"--live needs your credentials in the environment: set {', '.join(missing)} (nothing was sent)"
            )
        url = resolve_base_url(base_url)
        return PandaPonClient(base_url=url, **options), f"live API {url}", None
    from ..mock import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, MockState, mock_client

    if base_url is not None:  # a served mock (pandapon mock): its demo credentials, never the user's
        url = resolve_base_url(base_url)
        client = PandaPonClient(DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, base_url=url, **options)
        return client, url, None
    state = MockState()
    seed_mock_for_examples(state)
    return mock_client(state=state, **options), "the embedded mock", state


def render(results: Sequence[ContractResult], console: Console, target: str) -> None:
    """The table: one row per operation, every difference on its own line with its JSON pointer."""
    table = Table(title=f"contract against {target}", title_justify="left")
    for column in ("operation", "route", "result", "details"):
        table.add_column(column, overflow="fold")
    for result in results:
        if result.outcome == "drift":
            details = "\n".join(f"{d.pointer or '/'}  {d.kind}: {d.message}" for d in result.differences)
        else:
            details = result.reason or ""
        style = _STYLE[result.outcome]
        table.add_row(
            result.operation,
            f"{result.method} {result.path}",
            f"[{style}]{result.outcome}[/]",
            details,
            end_section=False,
        )
    console.print(table)
    counts = {kind: sum(r.outcome == kind for r in results) for kind in ("pass", "drift", "error")}
    console.print(
        f"contract: {len(results)} operations safe to repeat: {counts['pass']} pass, {counts['drift']} drift, "
        f"{counts['error']} error",
        highlight=False,
    )


def contract(
    *,
    live: bool = False,
    base_url: str | None = None,
    junit: str | None = None,
    record: str | None = None,
    operations: Sequence[str] | None = None,
    timeout: float = 10.0,
    console: Console | None = None,
) -> int:
    """Run the contract and report; returns the exit code (0 all pass, 1 drift or error, 2 cannot start)."""
    console = console or Console()
    chosen = safe_operations(operations or None)
    client, target, _ = _client(live=live, base_url=base_url, timeout=timeout)

    async def run() -> list[ContractResult]:
        async with client:
            return await run_contract(client, chosen, record=record)

    results = asyncio.run(run())
    render(results, console, target)
    if junit:
        write_junit(results, junit, target=target)
        console.print(f"JUnit XML written to {junit}", highlight=False)
    if record:
        console.print(f"answers recorded in {Path(record)}/ (secrets and signatures removed)", highlight=False)
    return EXIT_OK if all(result.passed for result in results) else EXIT_DRIFT
