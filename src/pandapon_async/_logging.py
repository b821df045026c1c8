"""The package logger and its one line per attempt; ``PANDAPON_LOG=info|debug`` turns it on.

Nothing secret is ever passed to it: the access key is masked and signatures are never logged.
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any

from ._credentials import mask

if TYPE_CHECKING:
    from ._exceptions import APIError
    from ._operation import Operation
    from ._transport import HTTPResult

THIRD_PARTY_LOGGERS = (
    "httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "aiohttp.client",
)  # fmt: skip
"""Loggers of the HTTP libraries below us; their lines can hold a signed URL (``?...&sign=...``)."""

logger = logging.getLogger("pandapon_async")
# A library never prints by itself: without PANDAPON_LOG or the application's own logging set-up, nothing shows.
logger.addHandler(logging.NullHandler())
_configured = False


class SignatureFilter(logging.Filter):
    """Rewrites a record so that no signature value (``sign=…``, ``signature: …``) reaches any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        from ._redact import Redactor

        text = record.getMessage()
        redacted = Redactor()(text)
        if redacted != text:
            record.msg, record.args = redacted, None
        return True


def configure_from_env() -> None:
    """Guard the HTTP libraries' loggers, and attach a stderr handler at ``PANDAPON_LOG``'s level (once)."""
    global _configured
    if _configured:
        return
    _configured = True
    guard = SignatureFilter()
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).addFilter(guard)
    level = os.environ.get("PANDAPON_LOG", "").strip().upper()
    if level not in ("INFO", "DEBUG"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def log_attempt(
    operation: Operation,
    path: str,
    attempt: int,
    started: float,
    *,
    result: HTTPResult | None = None,
    body: dict[str, Any] | None = None,
    error: APIError | None = None,
) -> None:
    """One line for one attempt: INFO when it succeeded, WARNING when it failed (and DEBUG the system headers)."""
    level = logging.INFO if error is None else logging.WARNING
    if not logger.isEnabledFor(level):
        return
    code = body.get("code") if body is not None else getattr(error, "code", None)
    request_id = body.get("requestId") if body is not None else getattr(error, "request_id", None)
    logger.log(
        level,
        "op=%s method=%s path=%s status=%s code=%s request_id=%s attempt=%d elapsed_ms=%.1f%s",
        operation.name,
        operation.method,
        path,
        result.status_code if result is not None else "-",
        code if code is not None else "-",
        request_id or "-",
        attempt,
        (time.perf_counter() - started) * 1000,
        f" error={type(error).__name__}" if error is not None else "",
    )
    if result is not None and logger.isEnabledFor(logging.DEBUG):
        headers = result.request_headers
        logger.debug(
            "op=%s access_key=%s timestamp=%s nonce=%s user_id=%s signature=<redacted>",
            operation.name,
            mask(headers.get("access-key", "")),
            headers.get("timestamp"),
            headers.get("nonce-str"),
            headers.get("user-id"),
        )
