"""The reference "limit": a minimal keep-alive HTTP/1.1 client written directly on asyncio protocols.

Bench code only, never shipped. It does the least any client must do per call (write one request, read one
``Content-Length`` answer on a kept-alive connection), so a row measured with it shows what this machine and
event loop can do; every other client is reported as a share of it. It assumes a well-behaved loopback server:
no chunked answers, no redirects, no TLS.

Connections: at most ``max_connections`` (100, like aiohttp's default), handed out in FIFO order, so its tail
latency at 500 in flight is what fair admission gives.
"""

from __future__ import annotations

import asyncio
from collections import deque


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[bytes] | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("the server closed the connection without answering"))

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end])
        marker = head.lower().find(b"content-length:")
        length = int(head[marker + 15 : head.find(b"\r\n", marker) if head.find(b"\r\n", marker) >= 0 else None])
        total = end + 4 + length
        if len(self.buffer) < total:
            return
        status = int(head[9:12])
        body = bytes(self.buffer[end + 4 : total])
        del self.buffer[:total]
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(body if status == 200 else b"")

    async def exchange(self, request: bytes) -> bytes:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return await self.waiter


class LimitClient:
    """``await client.post(path, headers, body) -> bytes``; an empty result means a non-200 answer."""

    def __init__(self, host: str, port: int, *, max_connections: int = 100) -> None:
        self._host = host
        self._port = port
        self._host_header = f"{host}:{port}".encode()
        self._max = max_connections
        self._open = 0
        self._idle: list[_Connection] = []
        self._waiters: deque[asyncio.Future[_Connection | None]] = deque()

    async def _acquire(self) -> _Connection:
        while self._idle:
            connection = self._idle.pop()
            if not connection.closed:
                return connection
            self._open -= 1
        if self._open < self._max:
            self._open += 1
            try:
                _, protocol = await asyncio.get_running_loop().create_connection(_Connection, self._host, self._port)
            except BaseException:
                self._open -= 1
                raise
            return protocol
        waiter: asyncio.Future[_Connection | None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        connection = await waiter
        return connection if connection is not None else await self._acquire()

    def _release(self, connection: _Connection | None) -> None:
        if connection is None or connection.closed:
            self._open -= 1
            connection = None
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():  # None hands over a free slot: the waiter opens its own connection
                waiter.set_result(connection)
                return
        if connection is not None:
            self._idle.append(connection)

    async def post(self, path: str, headers: dict[str, str], body: bytes) -> bytes:
        lines = [f"POST {path} HTTP/1.1".encode(), b"Host: " + self._host_header]
        lines += [f"{name}: {value}".encode() for name, value in headers.items()]
        lines.append(b"Content-Length: " + str(len(body)).encode())
        request = b"\r\n".join(lines) + b"\r\n\r\n" + body
        connection = await self._acquire()
        try:
            answer = await connection.exchange(request)
        except BaseException:
            if connection.transport is not None:
                connection.transport.close()
            connection.closed = True
            self._release(connection)
            raise
        self._release(connection)
        return answer

    async def aclose(self) -> None:
        for connection in self._idle:
            if connection.transport is not None:
                connection.transport.close()
        self._idle.clear()
