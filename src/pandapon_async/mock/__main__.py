"""``python -m pandapon_async.mock [--host H] [--port N]``: serve the mock on loopback.

``--push-callback URL`` instead pushes one signed order message to URL and exits (0 when it answers 2xx).
The secret comes from ``--access-secret`` or ``PANDAPON_MOCK_ACCESS_SECRET`` (the demo secret by default);
it is never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from ._app import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET
from ._callbacks import DEFAULT_MESSAGE_TYPE, push_callback
from ._server import run_server


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pandapon_async.mock", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: loopback 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument(
        "--access-key",
        default=os.environ.get("PANDAPON_MOCK_ACCESS_KEY", DEMO_ACCESS_KEY),
        help="the access key the mock accepts (default: the demo key, or PANDAPON_MOCK_ACCESS_KEY)",
    )
    parser.add_argument(
        "--access-secret",
        default=os.environ.get("PANDAPON_MOCK_ACCESS_SECRET", DEMO_ACCESS_SECRET),
        help="the secret it checks signatures with (default: the demo secret, or PANDAPON_MOCK_ACCESS_SECRET)",
    )
    parser.add_argument("--push-callback", metavar="URL", help="push one signed order message to URL and exit")
    parser.add_argument("--message-type", default=DEFAULT_MESSAGE_TYPE, help="messageType of the pushed message")
    return parser


def push_once(url: str, *, secret: str, message_type: str) -> int:
    """Push one message; print the receiver's status; 0 when it answered 2xx."""
    import httpx

    try:
        response = asyncio.run(push_callback(url, secret=secret, message_type=message_type))
    except httpx.HTTPError as exc:
        print(f"push to {url} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"pushed {message_type} to {url}: HTTP {response.status_code}")
    return 0 if response.is_success else 1


def missing_server_module() -> str | None:
    """The module of the mock extra that serving needs and is not installed (uvicorn, imported only to serve)."""
    try:
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as missing:
        return missing.name or "uvicorn"
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.push_callback:
        return push_once(args.push_callback, secret=args.access_secret, message_type=args.message_type)
    if (missing := missing_server_module()) is not None:
        print(
            f'pandapon_async.mock needs the mock extra (no module {missing!r}): pip install "pandapon-async[mock]"',
            file=sys.stderr,
        )
        return 2
    run_server(host=args.host, port=args.port, access_key=args.access_key, access_secret=args.access_secret)
    return 0


if __name__ == "__main__":
    sys.exit(main())
