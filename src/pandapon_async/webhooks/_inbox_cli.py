"""``pandapon inbox``: look into and operate the webhook inbox (never prints bodies, signatures or secrets)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated, TypeVar

import typer

from .._exceptions import PandaPonError
from ._inbox import STATES, Inbox, InboxEntry, State
from ._stores import DEFAULT_INBOX_URL, ENV_INBOX, inbox_from_url

T = TypeVar("T")

app = typer.Typer(
    name="inbox",
    help="The webhook inbox: list, count, retry dead messages, purge done ones.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str,
    typer.Option(
        "--store", envvar=ENV_INBOX, help="sqlite:///path, redis://host:port/db[?prefix=name] (env PANDAPON_INBOX)."
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _run(store: str, work: Callable[[Inbox], Awaitable[T]]) -> T:
    async def main() -> T:
        inbox = inbox_from_url(store)
        await inbox.open()
        try:
            return await work(inbox)
        finally:
            await inbox.close()

    try:
        return asyncio.run(main())
    except PandaPonError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%d %H:%M:%S") if seconds else "-"


def _as_dict(entry: InboxEntry) -> dict[str, object]:
    return {
        "key": entry.key,
        "messageType": entry.message_type,
        "state": entry.state,
        "attempts": entry.attempts,
        "lastError": entry.last_error,
        "storedAt": entry.stored_at,
        "updatedAt": entry.updated_at,
        "bytes": len(entry.body),
    }


@app.command("list")
def list_entries(
    state: Annotated[str | None, typer.Option(help="Only pending, in_flight, done or dead.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many, oldest first.")] = 50,
    store: StoreOption = DEFAULT_INBOX_URL,
    as_json: JsonFlag = False,
) -> None:
    """List stored messages: key, type, state, attempts and last error."""
    if state is not None and state not in STATES:
        typer.echo(f"error: --state must be one of {', '.join(STATES)}", err=True)
        raise typer.Exit(2)
    chosen: State | None = next((s for s in STATES if s == state), None)
    found = _run(store, lambda inbox: inbox.entries(chosen, limit=limit))
    if as_json:
        typer.echo(json.dumps([_as_dict(entry) for entry in found], ensure_ascii=False))
        return
    for entry in found:
        error = f"  {entry.last_error}" if entry.last_error else ""
        typer.echo(
            f"{entry.key[:16]}  {entry.state:<9}  {entry.attempts:>3}  {_when(entry.stored_at)}"
            f"  {entry.message_type or '-'}{error}"
        )
    typer.echo(f"{len(found)} message(s)")


@app.command()
def counts(store: StoreOption = DEFAULT_INBOX_URL, as_json: JsonFlag = False) -> None:
    """How many messages are pending, in flight, done and dead."""
    tally = _run(store, lambda inbox: inbox.counts())
    if as_json:
        typer.echo(json.dumps(tally.as_dict()))
        return
    typer.echo("  ".join(f"{name}={value}" for name, value in tally.as_dict().items()))


@app.command()
def retry(
    key: Annotated[
        str | None, typer.Argument(help="The dead message's key (as listed; a unique prefix works).")
    ] = None,
    all_dead: Annotated[bool, typer.Option("--all", help="Every dead message.")] = False,
    store: StoreOption = DEFAULT_INBOX_URL,
) -> None:
    """Send a dead message (or all of them) back to pending, its attempts reset."""
    if (key is None) == (not all_dead):
        typer.echo("error: give a KEY or --all", err=True)
        raise typer.Exit(2)

    async def work(inbox: Inbox) -> int:
        if all_dead:
            return await inbox.requeue(None)
        assert key is not None
        dead = [entry.key for entry in await inbox.entries("dead", limit=100_000) if entry.key.startswith(key)]
        if len(dead) != 1:
            return -len(dead)
        return await inbox.requeue(dead[0])

    moved = _run(store, work)
    if moved < 0 or (moved == 0 and not all_dead):
        typer.echo(f"error: {-moved or 'no'} dead messages match {key!r}", err=True)
        raise typer.Exit(1)
    typer.echo(f"requeued {moved} message(s)")


@app.command()
def purge(
    older_than: Annotated[str, typer.Option(help="Age of done messages to delete: 90s, 30m, 12h, 7d.")] = "7d",
    store: StoreOption = DEFAULT_INBOX_URL,
) -> None:
    """Delete done messages finished longer ago than --older-than (their keys are then forgotten)."""
    match = _DURATION.match(older_than)
    if match is None:
        typer.echo("error: --older-than must look like 90s, 30m, 12h or 7d", err=True)
        raise typer.Exit(2)
    seconds = float(match.group(1)) * _UNIT[match.group(2)]
    removed = _run(store, lambda inbox: inbox.purge(seconds))
    typer.echo(f"purged {removed} done message(s)")
