"""A minimal HTTP/1.1 keep-alive server on loopback that answers every request with one canned envelope.

No validation and no routing in the path, so what a benchmark measures is the client.
Run: python bench/server.py PORT RESPONSE_FILE
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def make_protocol(response: bytes) -> type[asyncio.Protocol]:
    class CannedHTTP(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport: asyncio.Transport = transport  # type: ignore[assignment]
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while True:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = self.buffer[:end].lower()
                length = 0
                marker = head.find(b"content-length:")
                if marker >= 0:
                    line_end = head.find(b"\r\n", marker)
                    length = int(head[marker + 15 : line_end if line_end >= 0 else None])
                total = end + 4 + length
                if len(self.buffer) < total:
                    return
                self.buffer = self.buffer[total:]
                self.transport.write(response)

    return CannedHTTP


def http_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


async def serve(port: int, body: bytes) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(make_protocol(http_response(body)), "127.0.0.1", port, backlog=1024)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), Path(sys.argv[2]).read_bytes()))
