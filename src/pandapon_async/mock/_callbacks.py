"""Pushing a signed order message (callback) the way PandaPon does: HTTPS POST, ``Authorization`` = HMAC of the body."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import httpx

from .._spec import iter_webhooks, load_spec
from ._app import DEMO_ACCESS_SECRET

DEFAULT_MESSAGE_TYPE = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"


def _spec_example(spec: dict[str, Any], message_type: str) -> dict[str, Any] | None:
    """The spec's example body for the callback with this ``x-pandapon-message-type`` (one naming it first)."""
    for _, _, op in iter_webhooks(spec):
        if op.get("x-pandapon-message-type") != message_type:
            continue
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
        examples = [e for e in (media.get("examples") or {}).values() if isinstance(e, dict)]
        values: list[dict[str, Any]] = [e["value"] for e in examples if isinstance(e.get("value"), dict)]
        values.sort(key=lambda v: v.get("messageType") != message_type)  # a real messageType over mock text
        if values:
            return copy.deepcopy(values[0])
    return None


def callback_message(
    message_type: str = DEFAULT_MESSAGE_TYPE,
    *,
    message_body: Any = None,
    spec: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message as PandaPon pushes it: ``messageType``, ``messageBody``, ``messagePlatform`` (0 Taobao, 1 1688),
    ``timestamp`` (push time, string of epoch ms). Starts from the spec's example for ``message_type``."""
    message = _spec_example(spec if spec is not None else load_spec(), message_type) or {"messageBody": {}}
    message["messageType"] = message_type
    if message_body is not None:
        message["messageBody"] = message_body
    message["messagePlatform"] = 1 if message_type.startswith("1688") else 0
    message["timestamp"] = str(time.time_ns() // 1_000_000)
    return message


def encode_message(message: dict[str, Any]) -> bytes:
    """The exact body bytes pushed (and signed): compact JSON, UTF-8."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


async def push_callback(
    url: str,
    message: dict[str, Any] | None = None,
    *,
    secret: str = DEMO_ACCESS_SECRET,
    message_type: str = DEFAULT_MESSAGE_TYPE,
    client: httpx.AsyncClient | None = None,
    timeout: float = 5.0,
) -> httpx.Response:
    """POST one signed message to ``url`` and return the receiver's response.

    The body is signed with ``pandapon_async.webhooks.sign_body`` (HMAC-SHA256 of the raw body with the Access
    Secret, uppercase hex) into the ``Authorization`` header, as PandaPon signs its pushes.
    ``client`` lets tests deliver in-process (an ``httpx.AsyncClient`` with an ``ASGITransport``).
    """
    from pandapon_async.webhooks import sign_body  # lazily: the webhooks module is the one signing recipe

    body = encode_message(message if message is not None else callback_message(message_type))
    headers = {"Authorization": sign_body(body, secret), "Content-Type": "application/json"}
    if client is not None:
        return await client.post(url, content=body, headers=headers, timeout=timeout)
    async with httpx.AsyncClient(timeout=timeout) as own:
        return await own.post(url, content=body, headers=headers)
