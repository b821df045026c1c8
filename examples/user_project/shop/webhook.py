"""The receiver of PandaPon's pushed order messages: a plain ASGI app (mount it in any framework)."""

from __future__ import annotations

import hmac
import json
import os
from typing import Any

from pandapon_async.webhooks import sign_body

received: list[dict[str, Any]] = []


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Verify ``Authorization`` (HMAC-SHA256 of the raw body with the Access Secret), keep the message, answer."""
    body = b""
    more = True
    while more:
        event = await receive()
        body += event.get("body", b"")
        more = event.get("more_body", False)
    authorization = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
    expected = sign_body(body, os.environ["PANDAPON_ACCESS_SECRET"])
    status = 200 if hmac.compare_digest(authorization.upper(), expected.upper()) else 401
    if status == 200:
        received.append(json.loads(body))
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"success" if status == 200 else b"bad signature"})
