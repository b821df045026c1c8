"""The ``pandapon`` command line (``pip install "pandapon-async[cli]"``).

    pandapon ops                                       the operations by group, and the coverage line
    pandapon call OPERATION -p k=v --json '{...}'      a signed call; prints the envelope; exit 1 on an error code
    pandapon sign METHOD PATH                          the five headers (and a curl command) for debugging
    pandapon mock --port 8000                          serve the embedded mock server on loopback
    pandapon contract [--live] [--junit F] [--record D] every safe operation checked strictly against the spec
    pandapon --mock call ...                           talk to an in-process mock with the demo credentials
    pandapon inbox counts|list|retry|purge             operate the webhook inbox (--store or PANDAPON_INBOX)

Credentials come from ``PANDAPON_ACCESS_KEY``, ``PANDAPON_ACCESS_SECRET``, ``PANDAPON_USER_ID`` (and
``PANDAPON_BASE_URL``). The secret is never printed. Exit codes: 0 success, 1 the API answered an error (or
could not be reached), 2 a usage or configuration problem.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import logging
import shlex
import sys
from dataclasses import dataclass
from typing import Annotated, Any

from ._credentials import Credentials, resolve_base_url
from ._exceptions import APIError, ConfigurationError, PandaPonAPIError, PandaPonError
from ._operation import Operation, raw_operation
from ._request import build_request, encode_path
from ._signing import RequestSigner
from ._spec import (
    SpecOperation,
    build_operations,
    coverage,
    facade_call,
    iter_operations,
    iter_webhooks,
    load_spec,
    operation_name,
    pending_entries,
)
from .generated._operations import OPERATIONS

CLI_EXTRA_MISSING = 'pandapon needs the cli extra: pip install "pandapon-async[cli]"'

try:
    import typer
    from rich.console import Console
    from rich.table import Table
except ModuleNotFoundError:
    # The console script imports this module before it can call main(): without the extra, say so in one line
    # (exit 2, a configuration problem) instead of a traceback.
    print(CLI_EXTRA_MISSING, file=sys.stderr)
    raise SystemExit(2) from None

from .webhooks._inbox_cli import app as inbox_app  # noqa: E402  (it needs typer: after the extra is checked)

EXIT_API_ERROR = 1
EXIT_USAGE = 2
DEFAULT_MOCK_URL = "http://127.0.0.1:8000"

app = typer.Typer(
    name="pandapon",
    help="Signed calls to the PandaPon OpenAPI, its operations, and an embedded mock server.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(inbox_app, name="inbox")


@dataclass
class Settings:
    mock: bool = False


MockOption = Annotated[
    bool, typer.Option("--mock", help="Talk to an in-process mock server with the demo credentials.")
]
HiddenMockOption = Annotated[bool, typer.Option("--mock", hidden=True, help="Accepted everywhere; no effect here.")]
ParamOption = Annotated[
    list[str] | None,
    typer.Option(
        "--param", "-p", help="A parameter as name=value (path parameters fill the path; others go in the query)."
    ),
]
JsonOption = Annotated[
    str | None,
    typer.Option("--json", "-j", help="The JSON body: inline, @file, or - for stdin."),
]
BaseUrlOption = Annotated[
    str | None, typer.Option("--base-url", help="Override PANDAPON_BASE_URL (default https://api.pandapon.com).")
]


def _console(stderr: bool = False) -> Console:
    console = Console(stderr=stderr, soft_wrap=True)
    if not console.is_terminal:
        console.width = 200  # piped or captured output: do not squeeze tables into 80 columns
    return console


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    _console(stderr=True).print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _use_mock(ctx: typer.Context, flag: bool) -> bool:
    settings = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    return flag or settings.mock


@app.callback()
def _root(ctx: typer.Context, mock: MockOption = False) -> None:
    ctx.obj = Settings(mock=mock)


# -- ops -------------------------------------------------------------------------------------------------


@app.command()
def ops(
    group: Annotated[
        str | None, typer.Option("--group", "-g", help="Only this group (tag), e.g. alibaba.order.")
    ] = None,
    pending: Annotated[
        bool, typer.Option("--pending", help="Also list the pending endpoints (no public path).")
    ] = False,
    mock: HiddenMockOption = False,
) -> None:
    """List the operations by group, then the coverage line (operations, callbacks, pending of the documented)."""
    spec = load_spec()
    by_tag: dict[str, list[SpecOperation]] = {}
    for op in build_operations(spec):
        by_tag.setdefault(op.tag, []).append(op)
    tag_of_group = {t.get("x-pandapon-group", t["name"]): t["name"] for t in spec.get("tags") or []}
    pending_by_tag: dict[str, list[dict[str, Any]]] = {}
    for entry in pending_entries(spec):
        tag = tag_of_group.get(entry.get("group", ""), entry.get("group", ""))
        pending_by_tag.setdefault(tag, []).append(entry)
    tags = [t["name"] for t in spec.get("tags") or []]
    tags += [t for t in [*by_tag, *pending_by_tag] if t not in tags]
    if group is not None and group not in [*tags, "callbacks"]:
        raise _fail(f"no group {group!r}; groups: {', '.join(tags)}")
    console = _console()
    for tag in tags:
        if group is not None and tag != group:
            continue
        operations = by_tag.get(tag, [])
        waiting = pending_by_tag.get(tag, [])
        title = f"{tag} — {len(operations)} operations, {len(waiting)} pending"
        if not operations and not (pending and waiting):
            console.print(f"{title} (--pending lists them)" if waiting else title, highlight=False)
            continue
        table = Table(title=title, title_justify="left")
        for column in ("operation", "method", "path", "key", "retried"):
            table.add_column(column, no_wrap=True)
        for op in operations:
            table.add_row(op.name, op.method, op.path, op.key, "yes" if op.idempotent else "no")
        if pending:
            for entry in waiting:
                table.add_row(
                    "[dim](pending)[/]", entry.get("method") or "?", "[dim]path not public[/]", entry.get("key", ""), ""
                )
        console.print(table)
    hooks = list(iter_webhooks(spec))
    if hooks and group in (None, "callbacks"):
        table = Table(title=f"callbacks — {len(hooks)} pushed messages (pandapon_async.webhooks)", title_justify="left")
        for column in ("key", "messageType", "status"):
            table.add_column(column, no_wrap=True)
        for key, _, hook in hooks:
            table.add_row(
                key, hook.get("x-pandapon-message-type") or "[dim]not documented[/]", hook.get("x-pandapon-status", "")
            )
        console.print(table)
    console.print(coverage(spec).line(), highlight=False)


# -- call ------------------------------------------------------------------------------------------------


def _spec_operations() -> dict[str, SpecOperation]:
    return {op.name: op for op in build_operations(load_spec())}


def resolve_operation(name: str) -> tuple[Operation, SpecOperation | None]:
    """An operation by generated name (``alibaba_cancel_order``), operationId (``alibabaCancelOrder``), key
    (``1688.order.cancel``) or namespace method (``alibaba.orders.cancel``, ``client.alibaba.orders.cancel``)."""
    spec_ops = _spec_operations()
    spec = load_spec()
    by_call = {facade_call(spec, op): operation_name(op["operationId"]) for _, _, op in iter_operations(spec)}
    name = by_call.get(name.removeprefix("client."), name)
    if name in OPERATIONS:
        return OPERATIONS[name], spec_ops.get(name)
    for op in spec_ops.values():
        if name in (op.operation_id, op.key) and op.name in OPERATIONS:
            return OPERATIONS[op.name], op
    choices = list(OPERATIONS) + [op.key for op in spec_ops.values()]
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `pandapon ops` lists them"
    raise _fail(f"unknown operation {name!r}{hint}")


def _parse_params(items: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise _fail(f"--param expects name=value, got {item!r}")
        params[name] = value
    return params


def _parse_json(text: str | None) -> Any:
    if text is None:
        return None
    if text == "-":
        text = str(sys.stdin.read())  # typeshed's sys.stdin may be None (read() is then Any): keep text a str
    elif text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as handle:
                text = handle.read()
        except OSError as exc:
            raise _fail(f"cannot read {text[1:]}: {exc.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise _fail(f"--json is not valid JSON: {exc}") from None


def _fill_path(
    operation: Operation, spec_op: SpecOperation | None, params: dict[str, str]
) -> tuple[str, dict[str, str]]:
    path, query = operation.path, dict(params)
    names = [p.name for p in spec_op.parameters if p.location == "path"] if spec_op else []
    for name in names:
        value = query.pop(name, None)
        if value is None:
            raise _fail(f"{operation.name} needs the path parameter {name}: --param {name}=...")
        path = path.replace("{" + name + "}", encode_path("{v}", {"v": value}))
    return path, query


def _client(use_mock: bool, base_url: str | None) -> Any:
    if use_mock:
        from .mock import mock_client

        return mock_client()
    from ._client import PandaPonClient

    return PandaPonClient(base_url=base_url)


async def _send(
    operation: Operation, path: str, query: dict[str, str], body: Any, *, use_mock: bool, base_url: str | None
) -> dict[str, Any]:
    async with _client(use_mock, base_url) as client:
        kwargs: dict[str, Any] = {"url": path, "params": query, "json": body}
        _, envelope = await client._call_operation(operation, kwargs)
        result: dict[str, Any] = envelope
        return result


@app.command()
def call(
    ctx: typer.Context,
    operation: Annotated[
        str, typer.Argument(help="Namespace method, generated name, operationId or key, e.g. alibaba.cart.list.")
    ],
    param: ParamOption = None,
    json_body: JsonOption = None,
    base_url: BaseUrlOption = None,
    mock: MockOption = False,
) -> None:
    """Make one signed call and pretty-print the response envelope (exit 1 when its code is an error)."""
    resolved, spec_op = resolve_operation(operation)
    path, query = _fill_path(resolved, spec_op, _parse_params(param))
    body = _parse_json(json_body)
    try:
        envelope = asyncio.run(_send(resolved, path, query, body, use_mock=_use_mock(ctx, mock), base_url=base_url))
    except ConfigurationError as exc:
        raise _fail(f"{exc} (or add --mock to use the embedded mock server)") from None
    except PandaPonAPIError as exc:
        # the platform's error envelopes carry requestId, code and msg (data is null)
        _console().print_json(data={"requestId": exc.request_id, "code": exc.code, "msg": exc.msg, "data": None})
        raise _fail(f"{resolved.name} answered code {exc.code}: {exc.msg}", EXIT_API_ERROR) from None
    except APIError as exc:
        raise _fail(str(exc), EXIT_API_ERROR) from None
    _console().print_json(data=envelope)


# -- sign ------------------------------------------------------------------------------------------------


@app.command()
def sign(
    ctx: typer.Context,
    method: Annotated[str, typer.Argument(help="HTTP method, e.g. GET.")],
    path: Annotated[str, typer.Argument(help="Request path, e.g. /open/product/get.")],
    param: ParamOption = None,
    json_body: JsonOption = None,
    base_url: BaseUrlOption = None,
    mock: MockOption = False,
) -> None:
    """Print the five signed headers for one request, and a curl command using them (valid for 600 s, once)."""
    use_mock = _use_mock(ctx, mock)
    if use_mock:
        from .mock import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID

        credentials = Credentials(DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID)
        base = (base_url or DEFAULT_MOCK_URL).rstrip("/")
    else:
        try:
            credentials = Credentials.resolve()
        except ConfigurationError as exc:
            raise _fail(f"{exc} (or add --mock to sign with the mock's demo credentials)") from None
        base = resolve_base_url(base_url)
    if not path.startswith("/"):
        raise _fail(f"PATH must start with /, got {path!r}")
    body = _parse_json(json_body)
    try:
        unsigned = build_request(
            raw_operation(method, path), {"url": path, "params": _parse_params(param), "json": body}
        )
    except PandaPonError as exc:
        raise _fail(str(exc)) from None
    signed = unsigned.sign(RequestSigner(credentials))
    headers = signed.system_headers
    content = signed.body or b""
    url = base + signed.target
    console = _console()
    for name, value in headers.items():
        console.print(f"{name}: {value}", highlight=False)
    parts = ["curl", "-sS", "-X", method, url]
    for name, value in headers.items():
        parts += ["-H", f"{name}: {value}"]
    if content:
        parts += ["-H", "Content-Type: application/json", "--data-raw", content.decode()]
    console.print()
    console.print(" ".join(shlex.quote(p) for p in parts), highlight=False, markup=False)


# -- mock ------------------------------------------------------------------------------------------------


@app.command("mock")
def serve_mock(
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    access_key: Annotated[
        str | None, typer.Option(envvar="PANDAPON_MOCK_ACCESS_KEY", help="Access key to accept (default: demo).")
    ] = None,
    access_secret: Annotated[
        str | None,
        typer.Option(
            envvar="PANDAPON_MOCK_ACCESS_SECRET", help="Secret to check with (default: demo).", show_default=False
        ),
    ] = None,
    push_callback: Annotated[
        str | None,
        typer.Option("--push-callback", metavar="URL", help="Push one signed order message to URL and exit."),
    ] = None,
    message_type: Annotated[str, typer.Option(help="messageType of the pushed message.")] = (
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
    ),
    mock: HiddenMockOption = False,
) -> None:
    """Run the embedded mock PandaPon server (the same as python -m pandapon_async.mock)."""
    from .mock import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET
    from .mock.__main__ import missing_server_module, push_once
    from .mock._server import run_server

    key = access_key or DEMO_ACCESS_KEY
    secret = access_secret or DEMO_ACCESS_SECRET
    if push_callback:
        raise typer.Exit(push_once(push_callback, secret=secret, message_type=message_type))
    if missing_server_module() is not None:
        print(CLI_EXTRA_MISSING, file=sys.stderr)
        raise typer.Exit(EXIT_USAGE)
    run_server(host=host, port=port, access_key=key, access_secret=secret)


# -- contract --------------------------------------------------------------------------------------------


@app.command("contract")
def contract_command(
    live: Annotated[bool, typer.Option("--live", help="Check the real API (credentials from PANDAPON_*).")] = False,
    base_url: BaseUrlOption = None,
    junit: Annotated[str | None, typer.Option("--junit", metavar="FILE", help="Write JUnit XML to FILE.")] = None,
    record: Annotated[
        str | None, typer.Option("--record", metavar="DIR", help="Save each answer (secrets removed) in DIR.")
    ] = None,
    operation: Annotated[list[str] | None, typer.Option("--operation", "-o", help="Only these operations.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds each call may take.")] = 10.0,
    mock: HiddenMockOption = False,
) -> None:
    """Send every operation the spec marks safe to repeat, with its examples, and check each answer strictly
    (the embedded mock unless --live or --base-url; exit 1 on drift or error)."""
    from .testing._contract_cli import contract

    try:
        code = contract(
            live=live,
            base_url=base_url,
            junit=junit,
            record=record,
            operations=operation,
            timeout=timeout,
            console=_console(),
        )
    except ConfigurationError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


def main() -> None:
    """Entry point of the ``pandapon`` console script."""
    # failed attempts are reported by the command itself; PANDAPON_LOG=info|debug still turns the log on
    logging.getLogger("pandapon_async").addHandler(logging.NullHandler())
    try:
        app()
    except ImportError as missing:
        # --mock and `pandapon mock` import the mock package, which reports its missing extra as its own ImportError
        if missing.name != "pandapon_async.mock":
            raise
        print(CLI_EXTRA_MISSING, file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


if __name__ == "__main__":
    main()
