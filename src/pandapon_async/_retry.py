"""When a failed attempt is sent again, and how long to wait first.

:func:`decide` is the whole retry decision, as a pure function of the error, the operation, the attempt number
and the policy; the client's send loop only follows what it returns.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Mapping

from attrs import field, frozen, validators

from ._exceptions import APIConnectionError, APIError, APIStatusError, ConfigurationError
from ._operation import Operation

sleep = asyncio.sleep
"""The sleep used between attempts (a module attribute so tests can replace it and not wait)."""

MAX_RETRY_AFTER_SECONDS = 60.0


def _non_negative_number(instance: object, attribute: object, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ConfigurationError(
            f"{getattr(attribute, 'name', 'value')} must be a number of seconds >= 0, not {value!r}"
        )


def _retry_count(instance: object, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, not {value!r}")


@frozen
class RetryPolicy:
    """How often and how patiently to retry transient failures of operations that are safe to repeat.

    Backoff starts at ``initial_delay`` and doubles up to ``max_delay``; a ``Retry-After`` answer is honoured up
    to ``max_retry_after``. ``max_wait`` caps every wait of both kinds: ``max_wait=0`` retries at once (a test
    suite's setting; ``PANDAPON_RETRY_MAX_WAIT=0`` does the same for every client built from the environment).
    """

    max_retries: int = field(default=2, validator=_retry_count)
    initial_delay: float = field(default=0.5, validator=_non_negative_number)
    max_delay: float = field(default=8.0, validator=_non_negative_number)
    max_retry_after: float = field(default=MAX_RETRY_AFTER_SECONDS, validator=_non_negative_number)
    max_wait: float | None = field(default=None, validator=validators.optional(_non_negative_number))

    def delay(self, retry_number: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry), given the failed answer's headers."""
        retry_after = parse_retry_after(headers) if headers is not None else None
        if retry_after is not None:
            wait = min(retry_after, self.max_retry_after)
        else:
            base = min(self.max_delay, self.initial_delay * float(2 ** (retry_number - 1)))
            # Jitter spreads the retries of many concurrent callers so they do not hit the gateway together.
            wait = base * (1 - 0.25 * random.random())
        return wait if self.max_wait is None else min(wait, self.max_wait)


@frozen
class RetryDecision:
    """Whether to send again; when not, ``note`` says why (it becomes the error's ``retry_note``)."""

    retry: bool
    note: str | None = None


def is_transient(error: APIError) -> bool:
    """Connection errors, timeouts, 408, 429 and 5xx: failures a later attempt may not meet."""
    if isinstance(error, APIConnectionError):
        return True
    if isinstance(error, APIStatusError):
        return error.status_code in (408, 429) or error.status_code >= 500
    return False


def decide(error: APIError, operation: Operation, attempt: int, policy: RetryPolicy) -> RetryDecision:
    """Retry ``operation`` after ``error`` on attempt ``attempt`` (1 for the first send) under ``policy``?"""
    if not is_transient(error):
        return RetryDecision(False)
    if not operation.idempotent:
        return RetryDecision(
            False,
            f"not retried: {operation.name} is not marked safe to repeat "
            "(it creates, pays, cancels, submits or modifies), so a second send could act twice",
        )
    if attempt > policy.max_retries:
        if policy.max_retries == 0:
            return RetryDecision(False, "not retried: retries are disabled (max_retries=0)")
        return RetryDecision(False, f"gave up after {policy.max_retries} retries")
    return RetryDecision(True)


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``; None when absent or unreadable."""
    value = headers.get("retry-after-ms")
    if value:
        try:
            return _finite(float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return _finite(float(value))
    except ValueError:
        pass
    import email.utils  # only for the rare HTTP-date form; most programs never need it

    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, email.utils.mktime_tz(parsed) - time.time())


def _finite(seconds: float) -> float | None:
    return max(0.0, seconds) if math.isfinite(seconds) else None
