"""Reading the PandaPon response envelope: success, business error, or not an envelope at all."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import _json
from ._exceptions import APIResponseValidationError, PandaPonAPIError, status_error_class
from ._exceptions import excerpt as body_excerpt

SUCCESS_CODES = frozenset({200, 0})
"""Success is ``code: 200`` on most operations and ``code: 0`` on the address operation."""


def _request_id_of(body: Any) -> str | None:
    if isinstance(body, dict):
        value = body.get("requestId")
        return None if value is None else str(value)
    return None


_INTEGER = re.compile(r"\s*-?[0-9]+\s*")  # what the spec declares; str.isdigit() also takes "²"


def _normalise_code(code: Any) -> Any:
    # Tolerant reading: some gateways send the code as a string ("200").
    if isinstance(code, str) and _INTEGER.fullmatch(code):
        return int(code)
    return code


def _unchanged(text: str) -> str:
    return text


def decode_envelope(
    status_code: int,
    content: bytes,
    *,
    operation: str,
    method: str,
    path: str,
    redact: Callable[[str], str] = _unchanged,
) -> dict[str, Any]:
    """Return the decoded envelope of a successful call, or raise the matching typed error.

    Text taken from the answer (its ``msg``, an excerpt of the body) passes through ``redact`` first: a server
    that quotes the request's signature back must not put it into an exception message.
    """
    context: dict[str, Any] = {"operation": operation, "method": method, "path": path}

    def excerpt(body: bytes | str | None) -> str:
        return redact(body_excerpt(body))

    try:
        body: Any = _json.loads(content)
    except ValueError:
        body = None
        is_json = False
    else:
        is_json = True

    if not 200 <= status_code < 300:
        cls = status_error_class(status_code)
        detail = f"HTTP {status_code}"
        if isinstance(body, dict) and body.get("msg"):
            detail += redact(f" with code {body.get('code')!r}: {body.get('msg')}")
        raise cls(
            detail,
            status_code=status_code,
            body_excerpt=excerpt(content),
            request_id=_request_id_of(body),
            **context,
        )
    if not is_json:
        what = "an empty body" if not content.strip() else "a body that is not JSON"
        raise APIResponseValidationError(
            f"HTTP {status_code} with {what}: {excerpt(content)!r}",
            status_code=status_code,
            body_excerpt=excerpt(content),
            **context,
        )
    if not isinstance(body, dict) or "code" not in body:
        raise APIResponseValidationError(
            f"HTTP {status_code} with JSON that is not the PandaPon envelope (no 'code'): {excerpt(content)!r}",
            status_code=status_code,
            body_excerpt=excerpt(content),
            request_id=_request_id_of(body),
            **context,
        )
    code = _normalise_code(body["code"])
    if not isinstance(code, int | str | float) or code not in SUCCESS_CODES:
        msg = body.get("msg")
        msg = None if msg is None else redact(str(msg))
        raise PandaPonAPIError(
            redact(f"business error code {code!r}: {msg}"),
            code=code,
            msg=msg,
            status_code=status_code,
            request_id=_request_id_of(body),
            **context,
        )
    return body
