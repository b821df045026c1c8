"""Serve a webhook receiver on loopback: ``python -m pandapon_async.webhooks --handler module:function``.

The handler is imported by name: a function (it receives every messageType) or a mapping of messageType to
handler. Messages are stored in the inbox named by ``--store`` (default: PANDAPON_INBOX, else the SQLite file
``pandapon-inbox.sqlite3``) before the 200 and handled from there; ``--no-inbox`` dispatches directly.
The Access Secret comes from PANDAPON_ACCESS_SECRET. Needs uvicorn (extra ``mock`` or ``cli``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Mapping
from typing import Any

from .._exceptions import ConfigurationError
from ._asgi import WebhookApp
from ._stores import DEFAULT_INBOX_URL, ENV_INBOX, inbox_from_url
from ._worker import WorkerPolicy


def _import(spec: str) -> Any:
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ConfigurationError(f"--handler must look like package.module:function, not {spec!r}")
    return getattr(importlib.import_module(module_name), attribute)


def build_app(arguments: argparse.Namespace) -> WebhookApp:
    """The receiver the command line describes (also used by tests and the benchmark)."""
    target = _import(arguments.handler) if arguments.handler else None
    handlers: Mapping[Any, Any] = target if isinstance(target, Mapping) else ({"*": target} if target else {})
    policy = WorkerPolicy(
        workers=arguments.workers,
        max_attempts=arguments.max_attempts,
        lease=arguments.lease,
        backoff=arguments.backoff,
        poll_interval=arguments.poll_interval,
    )
    inbox = None if arguments.no_inbox else inbox_from_url(arguments.store)
    return WebhookApp(handlers=handlers, inbox=inbox, worker_policy=policy)


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="python -m pandapon_async.webhooks", description=(__doc__ or "").splitlines()[0]
    )
    parse.add_argument("--handler", help="package.module:function (or a mapping of messageType to handler)")
    parse.add_argument("--store", help=f"inbox URL (default: {ENV_INBOX}, else {DEFAULT_INBOX_URL})")
    parse.add_argument("--no-inbox", action="store_true", help="dispatch directly, without storing first")
    parse.add_argument("--host", default="127.0.0.1")
    parse.add_argument("--port", type=int, default=8001)
    parse.add_argument("--workers", type=int, default=4, help="concurrent handlers (0: only store)")
    parse.add_argument("--max-attempts", type=int, default=5)
    parse.add_argument("--lease", type=float, default=300.0)
    parse.add_argument("--backoff", type=float, default=1.0)
    parse.add_argument("--poll-interval", type=float, default=0.5)
    parse.add_argument("--log-level", default="info")
    return parse


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        import uvicorn
    except ImportError:
        print('the receiver needs uvicorn: pip install "pandapon-async[mock]"', file=sys.stderr)
        return 2
    logging.basicConfig(level=arguments.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        app = build_app(arguments)
    except ConfigurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config = uvicorn.Config(
        app, host=arguments.host, port=arguments.port, log_level=arguments.log_level, lifespan="on", access_log=False
    )
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 2


if __name__ == "__main__":
    raise SystemExit(main())
