"""Serving the mock: in-process (``httpx.ASGITransport``) or on a loopback port (uvicorn)."""

from __future__ import annotations

import logging
import sys
from typing import Any

import httpx
from starlette.applications import Starlette

from .._client import PandaPonClient
from ._app import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, create_mock_app
from ._state import MockState

MOCK_BASE_URL = "http://pandapon-mock.invalid"
"""The base URL of an in-process mock client (never resolved: requests go straight to the ASGI app)."""


def mock_transport(app: Starlette | None = None) -> httpx.ASGITransport:
    """An httpx transport that delivers requests to ``app`` (a fresh mock by default) in-process."""
    return httpx.ASGITransport(app=app if app is not None else create_mock_app())


def mock_client(
    *,
    state: MockState | None = None,
    app: Starlette | None = None,
    access_key: str = DEMO_ACCESS_KEY,
    access_secret: str = DEMO_ACCESS_SECRET,
    user_id: str = DEMO_USER_ID,
    **client_options: Any,
) -> PandaPonClient:
    """A ``PandaPonClient`` talking to an in-process mock with the (obviously fake) demo credentials.

    ``async with mock_client() as client: await alibaba_list_cart.asyncio(client=client)``. Pass ``state`` to
    inspect or seed the mock's cart and orders, or ``app`` to share one mock between clients.
    """
    if app is None:
        app = create_mock_app(access_key=access_key, access_secret=access_secret, state=state)
    client_options.setdefault("http_backend", "httpx")  # an ASGI transport is an httpx transport
    return PandaPonClient(
        access_key,
        access_secret,
        user_id,
        base_url=MOCK_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        **client_options,
    )


def configure_logging() -> None:
    """One line per request on stderr (method, path, envelope code; never headers, query strings or bodies)."""
    logger = logging.getLogger("pandapon_async.mock")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s mock %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def banner(host: str, port: int, *, demo_credentials: bool) -> str:
    """What to export to point the client (or the CLI) at the served mock."""
    lines = [f"PandaPon mock server on http://{host}:{port}  (Ctrl+C to stop)"]
    if demo_credentials:
        lines += [
            "demo credentials (fake; the mock accepts only these):",
            f"  export PANDAPON_BASE_URL=http://{host}:{port}",
            f"  export PANDAPON_ACCESS_KEY={DEMO_ACCESS_KEY}",
            f"  export PANDAPON_ACCESS_SECRET={DEMO_ACCESS_SECRET}",
            f"  export PANDAPON_USER_ID={DEMO_USER_ID}",
        ]
    else:
        lines.append(f"  export PANDAPON_BASE_URL=http://{host}:{port}  (credentials: the ones you configured)")
    lines.append("state: GET /_mock/state   reset: POST /_mock/reset")
    return "\n".join(lines)


def run_server(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    access_key: str = DEMO_ACCESS_KEY,
    access_secret: str = DEMO_ACCESS_SECRET,
    state: MockState | None = None,
) -> None:
    """Serve the mock with uvicorn until interrupted (loopback by default; uvicorn's access log stays off
    because warehouse query strings carry the signature)."""
    import uvicorn

    configure_logging()
    app = create_mock_app(access_key=access_key, access_secret=access_secret, state=state)
    demo = access_key == DEMO_ACCESS_KEY and access_secret == DEMO_ACCESS_SECRET
    print(banner(host, port, demo_credentials=demo), file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
