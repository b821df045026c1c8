"""Every backend verifies the server's certificate by default, against Python's trust store: a self-signed
server is refused (nothing is parsed from it), and trusted through ``SSL_CERT_FILE`` the same server is accepted."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from pandapon_async import APIConnectionError, PandaPonClient

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID, envelope

BODY = json.dumps(envelope({"ok": True})).encode()
ANSWER = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(BODY), BODY)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl, as any Debian machine has it)."""
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@asynccontextmanager
async def tls_server(cert: Path, key: Path) -> AsyncIterator[tuple[str, list[bytes]]]:
    """An HTTPS server on loopback answering every request with one envelope; yields its URL and what it read."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    seen: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                seen.append(head)
                writer.write(ANSWER)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"https://127.0.0.1:{port}", seen
    finally:
        server.close()
        await server.wait_closed()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_self_signed_server_is_refused_and_trusted_through_ssl_cert_file(
    backend: str, certificate: tuple[Path, Path]
) -> None:
    async with tls_server(*certificate) as (url, seen):
        async with PandaPonClient(
            ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=url, http_backend=backend, max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError, match="connection failed"):
                await client.request("GET", "/open/x")
        assert seen == []  # the handshake failed: no request was read
        # Trusted from the start of a process (aiohttp, like ssl, reads the trust store once per process).
        script = (
            "import asyncio, sys; from pandapon_async import PandaPonClient\n"
            "async def main():\n"
            "    async with PandaPonClient('k' * 32, 's' * 20, '1', base_url=sys.argv[1], http_backend=sys.argv[2],\n"
            "                              max_retries=0) as client:\n"
            "        print((await client.request('GET', '/open/x'))['data'])\n"
            "asyncio.run(main())\n"
        )
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", script, url, backend,
            env={**os.environ, "SSL_CERT_FILE": str(certificate[0])},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(child.communicate(), 60)
        assert child.returncode == 0, err.decode()[-2000:]
        assert out.decode().strip() == "{'ok': True}"
        assert len(seen) == 1 and seen[0].startswith(b"GET /open/x HTTP/1.1")
