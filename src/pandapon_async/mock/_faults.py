"""Faults a test injects for the next N calls of an operation: a business error, an HTTP status, a delay, a drop."""

from __future__ import annotations

import difflib
import math
import threading
from collections import deque
from dataclasses import dataclass, field

from .._exceptions import ConfigurationError
from .._spec import SpecOperation

DEFAULT_FAULT_MSG = "injected fault"


class DroppedConnection(Exception):
    """Raised inside the mock after half an answer was sent: the server drops the connection (an injected fault).

    Served by uvicorn the socket is closed mid-answer; in-process, ``mock_transport`` turns it into
    ``httpx.RemoteProtocolError``. Either way the client sees a connection failure.
    """


@dataclass
class Fault:
    """What the mock does instead of answering, for the next ``times`` calls of ``operation``.

    ``delay`` (seconds) is waited first; then ``drop`` drops the connection, ``status`` answers that HTTP status
    (with an error envelope), or ``code`` answers a business error envelope (HTTP 200) with ``msg``. A fault
    with only a delay answers normally afterwards.
    """

    operation: str
    times: int = 1
    code: int | None = None
    msg: str | None = None
    status: int | None = None
    delay: float = 0.0
    drop: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    used: int = 0

    @property
    def remaining(self) -> int:
        return self.times - self.used

    def describe(self) -> str:
        parts = [f"delay {self.delay:g}s"] if self.delay else []
        if self.drop:
            parts.append("dropped connection")
        elif self.status is not None:
            parts.append(f"HTTP {self.status}")
        elif self.code is not None:
            parts.append(f"code {self.code}")
        return ", ".join(parts) or "no-op"


def _check(fault: Fault) -> Fault:
    if isinstance(fault.times, bool) or not isinstance(fault.times, int) or fault.times < 1:
        raise ConfigurationError(f"times must be a whole number >= 1, not {fault.times!r}")
    delay = fault.delay
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not math.isfinite(delay) or delay < 0:
        raise ConfigurationError(f"delay must be a number of seconds >= 0, not {delay!r}")
    if fault.status is not None and (
        isinstance(fault.status, bool) or not isinstance(fault.status, int) or not 200 <= fault.status <= 599
    ):
        raise ConfigurationError(f"status must be an HTTP status from 200 to 599, not {fault.status!r}")
    if fault.code is not None and (isinstance(fault.code, bool) or not isinstance(fault.code, int)):
        raise ConfigurationError(f"code must be an int (the envelope code), not {fault.code!r}")
    if sum((fault.drop, fault.status is not None, fault.code is not None)) > 1:
        raise ConfigurationError("give one of code=, status= or drop=True (a delay= may go with any of them)")
    if not (fault.drop or fault.status is not None or fault.code is not None or fault.delay):
        raise ConfigurationError("a fault needs code=, status=, delay= or drop=True")
    return fault


class FaultPlan:
    """The faults waiting per operation (generated name), taken one per call; safe to fill from another thread."""

    def __init__(self, operations: list[SpecOperation]) -> None:
        self._names: dict[str, str] = {}
        for op in operations:
            for alias in (op.name, op.operation_id, op.key):
                if alias:
                    self._names[alias] = op.name
        self._waiting: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()

    def resolve(self, operation: str) -> str:
        """The generated name of an operation given by name, operationId or key."""
        name = self._names.get(operation) if isinstance(operation, str) else None
        if name is None:
            close = difflib.get_close_matches(str(operation), list(self._names), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ConfigurationError(f"no operation {operation!r} in the spec{hint}")
        return name

    def add(self, fault: Fault) -> Fault:
        fault.operation = self.resolve(fault.operation)
        _check(fault)
        with self._lock:
            self._waiting.setdefault(fault.operation, deque()).append(fault)
        return fault

    def take(self, operation: str) -> Fault | None:
        """The fault for this call of ``operation`` (counted as used), or None."""
        with self._lock:
            queue = self._waiting.get(operation)
            if not queue:
                return None
            fault = queue[0]
            fault.used += 1
            if fault.remaining <= 0:
                queue.popleft()
            return fault

    def pending(self) -> list[Fault]:
        with self._lock:
            return [fault for queue in self._waiting.values() for fault in queue]

    def clear(self) -> None:
        with self._lock:
            self._waiting.clear()
