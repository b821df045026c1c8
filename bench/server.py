"""A minimal HTTP/1.1 keep-alive server on loopback that answers every request with one canned envelope.

Raw asyncio protocol, no validation and no routing beyond a few control paths, in its own process, so what a
benchmark measures is the client (its own ceiling is measured and reported by bench/run.py).

    python bench/server.py PORT RESPONSE_FILE [--fault-every N] [--tls CERT KEY] [--uvloop]

Control paths (never counted as requests):

- ``GET /_stats``: ``{"requests": n, "cpu": seconds, "targets": {request-target: count}}``, where ``cpu`` is
  this process's CPU time, so a caller can compute the server's own cost per request;
- ``GET /_reset``: zero the counters.

Paths starting with ``/_close`` are counted and then the connection is closed without an answer (what a client
resends in that case is a promise we check); paths starting with ``/_hang`` are counted and never answered.
With ``--fault-every N`` every N-th counted request is a fault: alternately an HTTP 503 envelope and a close
without answer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import time
from collections import Counter
from pathlib import Path


class Stats:
    def __init__(self) -> None:
        self.requests = 0
        self.targets: Counter[bytes] = Counter()

    def reset(self) -> None:
        self.requests = 0
        self.targets.clear()

    def as_json(self) -> bytes:
        return json.dumps(
            {
                "requests": self.requests,
                "cpu": time.process_time(),
                "targets": {target.decode("latin-1"): n for target, n in self.targets.items()},
            }
        ).encode()


def http_response(body: bytes, status: str = "200 OK") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json;charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


FAULT_503 = http_response(
    b'{"requestId":"bench-fault","code":503,"msg":"injected fault","data":null}', "503 Service Unavailable"
)


def make_protocol(response: bytes, stats: Stats, fault_every: int) -> type[asyncio.Protocol]:
    faults = 0

    class CannedHTTP(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport: asyncio.Transport = transport  # type: ignore[assignment]
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            nonlocal faults
            self.buffer += data
            while True:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = self.buffer[:end]
                length = 0
                marker = head.find(b"ontent-Length:")
                if marker < 0:
                    marker = head.lower().find(b"ontent-length:")
                if marker >= 0:
                    line_end = head.find(b"\r\n", marker)
                    length = int(head[marker + 14 : line_end if line_end >= 0 else None])
                total = end + 4 + length
                if len(self.buffer) < total:
                    return
                self.buffer = self.buffer[total:]
                first_space = head.find(b" ")
                target = head[first_space + 1 : head.find(b" ", first_space + 1)]
                if target.startswith(b"/_stats"):
                    self.transport.write(http_response(stats.as_json()))
                    continue
                if target.startswith(b"/_reset"):
                    stats.reset()
                    self.transport.write(http_response(b"{}"))
                    continue
                stats.requests += 1
                if target.startswith(b"/_") or b"://" in target:  # control and proxy-check targets: by name
                    stats.targets[target] += 1
                if target.startswith(b"/_close"):
                    self.transport.close()
                    return
                if target.startswith(b"/_hang"):
                    continue  # never answered: the client's cancellation is what is measured
                if fault_every and stats.requests % fault_every == 0:
                    faults += 1
                    if faults % 2:
                        self.transport.write(FAULT_503)
                        continue
                    self.transport.close()
                    return
                self.transport.write(response)

    return CannedHTTP


async def serve(port: int, body: bytes, fault_every: int, tls: tuple[str, str] | None) -> None:
    loop = asyncio.get_running_loop()
    context = None
    if tls is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
    protocol = make_protocol(http_response(body), Stats(), fault_every)
    server = await loop.create_server(protocol, "127.0.0.1", port, backlog=4096, ssl=context)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("response_file", type=Path)
    parser.add_argument("--fault-every", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--uvloop", action="store_true", help="serve on uvloop (when installed)")
    args = parser.parse_args()
    coroutine = serve(args.port, args.response_file.read_bytes(), args.fault_every, args.tls)
    if args.uvloop:
        import uvloop

        uvloop.run(coroutine)
    else:
        asyncio.run(coroutine)


if __name__ == "__main__":
    main()
