"""Behaviour checks of candidate transports that matter for our promises, counted on the loopback server.

- What the server sees when it closes the connection without answering: GET and POST, on a fresh connection
  and on a reused one. More than 1 means the library resent the request by itself (unsafe for a POST that
  creates an order).
- Whether ``HTTP_PROXY`` from the environment is used with the library's defaults.
- Whether TLS certificates are verified by default (a self-signed loopback server must be refused).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import payloads
from clients import Transport
from harness import Server, server


@dataclass
class Behaviour:
    resends: dict[str, int | str]  # "GET fresh" ... "POST reused" -> requests the server saw
    proxy: str
    proxy_trust_env: str
    tls: str


async def _seen(srv: Server, transport: Transport, method: str, reused: bool, tag: str) -> int | str:
    base = srv.url
    body = b"{}" if method == "POST" else None
    try:
        if reused:
            status, _ = await asyncio.wait_for(transport.send(method, f"{base}/_ok-{tag}", {}, body), 5)
            if status != 200:
                return f"setup failed ({status})"
        await asyncio.wait_for(transport.send(method, f"{base}/_close-{tag}", {}, body), 5)
    except Exception:
        pass  # expected: the server closed without answering
    await asyncio.sleep(0.1)
    stats = await asyncio.to_thread(srv.stats)
    return int(stats["targets"].get(f"/_close-{tag}", 0))


@contextlib.contextmanager
def _env(**values: str | None) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


async def _proxy(srv: Server, cls: type[Transport], trust_env: bool) -> str:
    # The server is both the proxy and the target: through the proxy it sees an absolute-form target.
    tag = f"{cls.__name__}-{trust_env}"
    target = f"{srv.url}/_proxy-{tag}"
    proxy = srv.url
    with _env(HTTP_PROXY=proxy, http_proxy=proxy, NO_PROXY=None, no_proxy=None, ALL_PROXY=None, all_proxy=None):
        transport = cls()
        await transport.open(trust_env=trust_env)
        try:
            await asyncio.wait_for(transport.send("GET", target, {}, None), 5)
        except Exception as exc:
            return f"error ({type(exc).__name__})"
        finally:
            await transport.close()
    targets = (await asyncio.to_thread(srv.stats))["targets"]
    if targets.get(target):
        return "uses HTTP_PROXY"
    if targets.get(f"/_proxy-{tag}"):
        return "ignores HTTP_PROXY"
    return "not seen"


async def _tls(url: str, cls: type[Transport]) -> str:
    transport = cls()
    await transport.open()
    try:
        # A path every client sends as given (pandapon-async refuses an empty raw path before any TLS).
        await asyncio.wait_for(transport.send("GET", f"{url}/open/tls-check", {}, None), 5)
    except Exception as exc:
        return f"verifies (self-signed refused: {type(exc).__name__})"
    finally:
        await transport.close()
    return "**does not verify** (self-signed accepted)"


def _certificate(directory: Path) -> tuple[str, str] | None:
    if shutil.which("openssl") is None:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return str(cert), str(key)


async def _check(srv: Server, tls_url: str | None, cls: type[Transport], trust_env_variant: bool) -> Behaviour:
    resends: dict[str, int | str] = {}
    for method in ("GET", "POST"):
        for reused in (False, True):
            transport = cls()
            await transport.open()
            try:
                tag = f"{cls.__name__}-{method}-{'reused' if reused else 'fresh'}"
                resends[f"{method} {'reused' if reused else 'fresh'}"] = await _seen(
                    srv, transport, method, reused, tag
                )
            finally:
                await transport.close()
    proxy = await _proxy(srv, cls, False)
    proxy_trust = await _proxy(srv, cls, True) if trust_env_variant else "—"
    tls = await _tls(tls_url, cls) if tls_url else "not checked (no openssl)"
    return Behaviour(resends, proxy, proxy_trust, tls)


def behaviour(transports: list[type[Transport]]) -> dict[str, Behaviour]:
    results: dict[str, Behaviour] = {}
    with tempfile.TemporaryDirectory() as directory:
        pair = _certificate(Path(directory))
        tls_args = ("--tls", *pair) if pair else ()
        with server(payloads.search_response()) as srv, server(payloads.search_response(), *tls_args) as tls_srv:
            tls_url = tls_srv.url.replace("http://", "https://") if pair else None
            for cls in transports:
                trust_env_variant = cls.name in ("raw aiohttp", "aiosonic")
                try:
                    results[cls.name] = asyncio.run(_check(srv, tls_url, cls, trust_env_variant))
                except Exception as exc:
                    print(f"behaviour check of {cls.name} failed: {type(exc).__name__}: {exc}")
    return results
