"""Serving the mock: in-process (``httpx.ASGITransport``) or on a loopback port (uvicorn)."""

from __future__ import annotations

import logging
import socket
import sys
import threading
from types import TracebackType
from typing import Any, Self

import httpx
from starlette.applications import Starlette

from .._client import PandaPonClient
from ._app import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID, MockService, create_mock_app, mock_service
from ._faults import DroppedConnection
from ._state import MockState

MOCK_BASE_URL = "http://pandapon-mock.invalid"
"""The base URL of an in-process mock client (never resolved: requests go straight to the ASGI app)."""


class MockTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` to a mock app; a connection the mock drops (an injected fault) fails as on a network,
    with ``httpx.RemoteProtocolError``."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except DroppedConnection:
            raise httpx.RemoteProtocolError(
                "the server closed the connection without a complete answer", request=request
            ) from None


def mock_transport(app: Starlette | None = None) -> httpx.ASGITransport:
    """An httpx transport that delivers requests to ``app`` (a fresh mock by default) in-process."""
    return MockTransport(app=app if app is not None else create_mock_app())


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
        transport=MockTransport(app=app),
        **client_options,
    )


class _HideDroppedConnections(logging.Filter):
    """uvicorn logs an app exception with a traceback; a connection the mock drops on purpose is not one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


def _quiet_uvicorn() -> None:
    error_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideDroppedConnections) for f in error_log.filters):
        error_log.addFilter(_HideDroppedConnections())


class MockServer:
    """The mock served by uvicorn on a free loopback port, in a background thread (for tests and tools).

    ``with MockServer() as server: ...`` — ``server.url`` (``http://127.0.0.1:PORT``), ``server.service`` (its
    state, faults and operations). Real sockets, so every HTTP backend reaches it. Stopped on exit.
    """

    def __init__(self, app: Starlette | None = None, *, host: str = "127.0.0.1", start_timeout: float = 10.0) -> None:
        self.app = app if app is not None else create_mock_app()
        self.host = host
        self.start_timeout = start_timeout
        self.url = ""
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def service(self) -> MockService:
        return mock_service(self.app)

    def start(self) -> Self:
        import uvicorn

        _quiet_uvicorn()
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        sock.bind((self.host, 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, access_log=False, log_level="warning", lifespan="off", ws="none", timeout_graceful_shutdown=1
        )
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"pandapon-mock-{port}", daemon=True
        )
        self._thread.start()
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{host}:{port}"
        self._thread.join(0)
        deadline = self.start_timeout
        step = 0.01
        while not server.started:
            if not self._thread.is_alive() or deadline <= 0:
                sock.close()
                raise RuntimeError(f"the mock server did not start on {self.url}")
            threading.Event().wait(step)
            deadline -= step
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


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
    lines.append("state: GET /_mock/state   reset: POST /_mock/reset   seed a cart entry: POST /_mock/cart")
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
    _quiet_uvicorn()
    app = create_mock_app(access_key=access_key, access_secret=access_secret, state=state)
    demo = access_key == DEMO_ACCESS_KEY and access_secret == DEMO_ACCESS_SECRET
    print(banner(host, port, demo_credentials=demo), file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
