"""``PandaPonMock``: what the ``pandapon_mock`` fixture hands a test — the mock's state, faults and callbacks."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .._client import PandaPonClient
    from ..mock import CartEntry, Fault, MockServer, MockService, MockState, ReceivedRequest

ENV_BASE_URL = "PANDAPON_BASE_URL"
ENV_ACCESS_KEY = "PANDAPON_ACCESS_KEY"
ENV_ACCESS_SECRET = "PANDAPON_ACCESS_SECRET"
ENV_USER_ID = "PANDAPON_USER_ID"
ENV_RETRY_MAX_WAIT = "PANDAPON_RETRY_MAX_WAIT"
WEBHOOK_BASE_URL = "http://webhook.test"
"""The base URL in-process callback pushes are addressed to (never resolved: they go straight to the ASGI app)."""


class PandaPonMock:
    """The embedded mock server of one test, served on ``127.0.0.1`` (see the ``pandapon_mock`` fixture).

    While the test runs, ``PANDAPON_BASE_URL`` points at it and the ``PANDAPON_ACCESS_*``/``PANDAPON_USER_ID``
    variables hold its (fake) demo credentials, so every ``PandaPonClient()`` built from the environment, by the
    test or by the code under test, talks to it on any HTTP backend. ``PANDAPON_RETRY_MAX_WAIT=0`` makes
    retries happen without waiting.
    """

    def __init__(self, server: MockServer) -> None:
        from ..mock import DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET, DEMO_USER_ID

        self._server = server
        self.url: str = server.url
        self.access_key: str = DEMO_ACCESS_KEY
        self.access_secret: str = DEMO_ACCESS_SECRET
        self.user_id: str = DEMO_USER_ID

    def __repr__(self) -> str:
        return f"PandaPonMock(url={self.url!r}, requests={len(self.requests)})"

    @property
    def environ(self) -> dict[str, str]:
        """The variables the fixture sets for the test (the secret is the mock's fake demo secret)."""
        return {
            ENV_BASE_URL: self.url,
            ENV_ACCESS_KEY: self.access_key,
            ENV_ACCESS_SECRET: self.access_secret,
            ENV_USER_ID: self.user_id,
            ENV_RETRY_MAX_WAIT: "0",
        }

    # -- state -------------------------------------------------------------------------------------------

    @property
    def service(self) -> MockService:
        return self._server.service

    @property
    def state(self) -> MockState:
        """Both carts (``state.cart`` is 1688's, ``state.taobao_cart`` Taobao's), ``orders``, ``refunds``."""
        return self.service.state

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every request the mock received during this test, in order, each with its ``operation`` name."""
        return list(self.state.requests)

    def calls(self, operation: str) -> list[ReceivedRequest]:
        """The requests received for one operation (its generated name, operationId or key)."""
        return self.state.calls(self.service.faults.resolve(operation))

    @property
    def operations(self) -> list[str | None]:
        """The operation names of the requests received, in order (None for a path the spec does not have)."""
        return [request.operation for request in self.state.requests]

    def add_to_cart(self, platform: str = "1688", **fields: Any) -> CartEntry:
        """Put an entry in a cart as the PandaPon website does (1688's add-to-cart path is not public).

        ``fields`` are ``CartEntry`` fields: ``title``, ``quantity``, ``price``, ``item_id``, ``sku_id``,
        ``shop_id``, ``shop_name``...
        """
        fields.setdefault("title", "")
        fields.setdefault("quantity", 1)
        return self.state.add_to_cart(platform=platform, **fields)

    def reset(self) -> None:
        """Empty the state and the request log, and forget the faults not yet used."""
        self.service.reset()

    # -- faults ------------------------------------------------------------------------------------------

    def fail(
        self,
        operation: str,
        *,
        times: int = 1,
        code: int | None = None,
        msg: str | None = None,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """Make the next ``times`` calls of ``operation`` (name, operationId or key) fail.

        ``code`` (with ``msg``): a business error envelope, HTTP 200 (the client raises ``PandaPonAPIError``);
        ``status``: that HTTP status with an error envelope (e.g. 503, or 429 with ``headers={"Retry-After": "1"}``);
        ``drop=True``: the connection drops mid-answer (``APIConnectionError``); ``delay``: seconds waited first
        (alone, the call then answers normally — pair it with the client's ``timeout`` for ``APITimeoutError``).
        Calls that fail authentication do not use a fault. Returns the ``Fault`` (``.used``, ``.remaining``).
        """
        from ..mock import Fault

        fault = Fault(
            operation,
            times=times,
            code=code,
            msg=msg,
            status=status,
            delay=delay,
            drop=drop,
            headers=dict(headers or {}),
        )
        return self.service.faults.add(fault)

    # -- clients and callbacks ---------------------------------------------------------------------------

    def client(self, **options: Any) -> PandaPonClient:
        """A ``PandaPonClient`` for the mock (what ``PandaPonClient()`` builds from the environment here)."""
        from .._client import PandaPonClient

        return PandaPonClient(self.access_key, self.access_secret, self.user_id, base_url=self.url, **options)

    async def push_callback(
        self,
        app: Any,
        message: Mapping[str, Any] | None = None,
        *,
        message_type: str | None = None,
        body: bytes | str | Mapping[str, Any] | list[Any] | None = None,
        path: str = "/",
        secret: str | None = None,
        signature: str | None = None,
        forged: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """POST one pushed message to ``app`` (an ASGI webhook receiver) in-process and return its answer.

        The body is ``body`` exactly as given (bytes, text, or JSON-encoded), else ``message``, else the spec's
        example of ``message_type`` (``TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY`` by default). It is signed like
        PandaPon signs (``Authorization`` = HMAC-SHA256 of the body with ``secret``, the mock's Access Secret by
        default); ``forged=True`` signs with another secret and ``signature=`` sends that header as given.
        """
        import httpx

        from ..mock import DEFAULT_MESSAGE_TYPE, callback_message, encode_message
        from ..webhooks import sign_body

        if body is not None:
            if isinstance(body, bytes):
                content = body
            elif isinstance(body, str):
                content = body.encode("utf-8")
            else:
                content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        elif message is not None:
            content = encode_message(dict(message))
        else:
            content = encode_message(callback_message(message_type or DEFAULT_MESSAGE_TYPE))
        key = secret if secret is not None else self.access_secret
        if forged:
            key = "forged-" + key
        sent = {"Content-Type": "application/json", "Authorization": signature or sign_body(content, key)}
        sent.update(headers or {})
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=WEBHOOK_BASE_URL) as http:
            return await http.post(path, content=content, headers=sent)
