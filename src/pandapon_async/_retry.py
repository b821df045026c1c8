"""Retry policy: exponential backoff with jitter, honouring ``Retry-After``."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Mapping

from attrs import field, frozen, validators

sleep = asyncio.sleep
"""The sleep used between attempts (a module attribute so tests can replace it and not wait)."""

MAX_RETRY_AFTER_SECONDS = 60.0


@frozen
class RetryPolicy:
    """How often and how patiently to retry transient failures of operations that are safe to repeat."""

    max_retries: int = field(default=2, validator=[validators.instance_of(int), validators.ge(0)])
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = MAX_RETRY_AFTER_SECONDS

    def delay(self, retry_number: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry), given the failed answer's headers."""
        retry_after = parse_retry_after(headers) if headers is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base = min(self.max_delay, self.initial_delay * float(2 ** (retry_number - 1)))
        # Jitter spreads the retries of many concurrent callers so they do not hit the gateway together.
        return base * (1 - 0.25 * random.random())


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``; None when absent or unreadable."""
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, email.utils.mktime_tz(parsed) - time.time())
