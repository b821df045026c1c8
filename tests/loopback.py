"""A raw HTTP/1.1 loopback server for tests: records every request byte for byte and misbehaves on demand.

Unlike a framework server it keeps nothing from the client's request but what arrived on the socket, so tests can
count exactly how many requests reached the server and compare what two backends put on the wire.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

OK_BODY = json.dumps({"requestId": "rid-loopback", "code": 200, "msg": "ok", "data": None}).encode()


@dataclass
class RawRequest:
    """One request as it arrived: request line, header lines in order, and body bytes."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def header_set(self) -> list[tuple[str, str]]:
        """Headers with lower-cased names, in a canonical order (HTTP gives their order no meaning)."""
        return sorted((name.lower(), value) for name, value in self.headers)

    def header(self, name: str) -> str | None:
        return next((v for n, v in self.headers if n.lower() == name.lower()), None)


Fault = str
"""What the server does with one request:

- ``"ok"``: answer 200 with the envelope (or ``body``);
- ``"reset-before"``: reset the connection as soon as the request line arrives (nothing was read);
- ``"reset-after"``: read the whole request, then reset without answering;
- ``"close-mid-body"``: send the status line and half the body, then close;
- ``"hang"``: read the request and never answer;
- ``"status-503"`` (any ``status-NNN``): answer that status with an envelope body.
"""


@dataclass
class LoopbackServer:
    """The server's script (``faults`` taken one per request, then ``default``) and what it recorded."""

    default: Fault = "ok"
    faults: list[Fault] = field(default_factory=list)
    body: bytes = OK_BODY
    raw_response: bytes | None = None  # sent as is instead of the usual answer (any status, headers, body)
    requests: list[RawRequest] = field(default_factory=list)
    url: str = ""
    on_request: Callable[[RawRequest], None] | None = None
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.requests)

    def next_fault(self) -> Fault:
        return self.faults.pop(0) if self.faults else self.default

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                fault = self.next_fault()
                if fault == "reset-before":
                    # Counted: the request reached the server, even though it is dropped unanswered.
                    self.requests.append(_parse(head, b""))
                    _reset(writer)
                    return
                request = _parse(head, b"")
                length = int(request.header("content-length") or 0)
                request.body = await reader.readexactly(length) if length else b""
                self.requests.append(request)
                if self.on_request is not None:
                    self.on_request(request)
                if fault == "reset-after":
                    _reset(writer)
                    return
                if fault == "hang":
                    await reader.read()  # until the client gives up and closes
                    return
                if self.raw_response is not None and fault == "ok":
                    writer.write(self.raw_response)
                    await writer.drain()
                    continue
                status = int(fault.removeprefix("status-")) if fault.startswith("status-") else 200
                body = self.body if status == 200 else json.dumps({"code": status, "msg": "fault"}).encode()
                response = (
                    f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
                ).encode() + body
                if fault == "close-mid-body":
                    writer.write(response[: len(response) - len(body) // 2])
                    await writer.drain()
                    writer.close()
                    return
                writer.write(response)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            if task is not None:
                self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()


def _parse(head: bytes, body: bytes) -> RawRequest:
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = [(name, value.strip()) for name, _, value in (line.partition(":") for line in lines[1:] if line)]
    return RawRequest(method, target, headers, body)


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()


@asynccontextmanager
async def loopback_server(**settings: Any) -> AsyncIterator[LoopbackServer]:
    """Serve on 127.0.0.1 (a free port) for the duration of the block."""
    state = LoopbackServer(**settings)
    server = await asyncio.start_server(state.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    state.url = f"http://127.0.0.1:{port}"
    try:
        yield state
    finally:
        server.close()
        for writer in list(state._writers):  # idle keep-alive and hanging connections included
            writer.transport.abort()
        await asyncio.gather(*state._tasks, return_exceptions=True)
        await server.wait_closed()
