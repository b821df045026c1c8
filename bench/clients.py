"""Every client the benchmark measures, each doing the same job per call.

The job: sign (the default MD5 recipe, fresh nonce and timestamp), encode the keyword-search body, POST it,
read the ~2 KB envelope, decode it, check ``code`` and read one field. pandapon-async does it through the
generated operation (so its typed parse is included, as a user gets it); every other client does it by hand
with orjson. Each client is used with its own defaults (pool size, timeouts), as a user would get it.

Optional transports (wreq, pyreqwest, aiosonic, curl_cffi, uvloop) are bench-only: when one is not installed
its rows are skipped with a printed note.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import importlib.util
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import orjson
import payloads
from limit import LimitClient

PATH = "/alibaba/product/keywords/query"
ACCESS_KEY = "bench-access-key-0000000000000000"
ACCESS_SECRET = "bench-secret"
USER_ID = "1"
FAKE = {"access_key": ACCESS_KEY, "access_secret": ACCESS_SECRET, "user_id": USER_ID}

Call = Callable[[], Awaitable[Any]]


def signed_headers() -> dict[str, str]:
    """The default recipe written out: what any client must do per call before it sends."""
    timestamp = str(time.time_ns() // 1_000_000)
    nonce = secrets.token_hex(16)
    signature = (
        hashlib.md5(
            f"access-key={ACCESS_KEY}&nonce-str={nonce}&timestamp={timestamp}&key={ACCESS_SECRET}".encode(),
            usedforsecurity=False,
        )
        .hexdigest()
        .upper()
    )
    return {
        "access-key": ACCESS_KEY,
        "timestamp": timestamp,
        "nonce-str": nonce,
        "user-id": USER_ID,
        "signature": signature,
        "Content-Type": "application/json",
    }


def check_envelope(content: Any) -> Any:
    envelope = orjson.loads(content)
    if envelope.get("code") != 200:
        raise RuntimeError(f"not a success envelope: {envelope.get('code')!r}")
    return envelope["data"]["totalRecords"]


# -- transports: one adapter each, used by the throughput rows and the behaviour checks ----------------------


class Transport:
    """``send(method, url, headers, body) -> (status, body bytes)`` over one client with its defaults."""

    name = ""
    module = ""  # the import that must succeed for this transport to be measured
    notes = ""

    @classmethod
    def available(cls) -> bool:
        return importlib.util.find_spec(cls.module) is not None

    @classmethod
    def version(cls) -> str:
        from importlib.metadata import version

        return version(cls.module.replace("_", "-") if cls.module == "curl_cffi" else cls.module)

    async def open(self, *, trust_env: bool = False) -> None:
        raise NotImplementedError

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


class AiohttpTransport(Transport):
    name = "raw aiohttp"
    module = "aiohttp"

    async def open(self, *, trust_env: bool = False) -> None:
        import aiohttp

        self.session = aiohttp.ClientSession(trust_env=trust_env)

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        async with self.session.request(method, url, data=body, headers=headers) as response:
            return response.status, await response.read()

    async def close(self) -> None:
        await self.session.close()


class HttpxTransport(Transport):
    name = "raw httpx"
    module = "httpx"

    async def open(self, *, trust_env: bool = False) -> None:
        import httpx

        self.client = httpx.AsyncClient()  # its own defaults (trust_env=True)

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        response = await self.client.request(method, url, content=body, headers=headers)
        return response.status_code, response.content

    async def close(self) -> None:
        await self.client.aclose()


class WreqTransport(Transport):
    name = "wreq"
    module = "wreq"

    async def open(self, *, trust_env: bool = False) -> None:
        import wreq

        self.client = wreq.Client()
        self.methods = {"GET": wreq.Method.GET, "POST": wreq.Method.POST}

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["body"] = body
        async with self.client.request(self.methods[method], url, **kwargs) as response:
            return response.status.as_int(), await response.bytes()

    async def close(self) -> None:
        self.client.close()


class PyreqwestTransport(Transport):
    name = "pyreqwest"
    module = "pyreqwest"

    async def open(self, *, trust_env: bool = False) -> None:
        from pyreqwest.client import ClientBuilder

        self.client = ClientBuilder().build()

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        builder = self.client.request(method, url).headers(headers)
        if body is not None:
            builder = builder.body_bytes(body)
        response = await builder.build().send()
        return response.status, bytes(await response.bytes())

    async def close(self) -> None:
        await self.client.close()


class AiosonicTransport(Transport):
    name = "aiosonic"
    module = "aiosonic"

    async def open(self, *, trust_env: bool = False) -> None:
        import aiosonic

        self.client = aiosonic.HTTPClient(trust_env=trust_env)

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        response = await self.client.request(url, method=method, headers=headers, data=body)
        return response.status_code, await response.content()

    async def close(self) -> None:
        await self.client.connector.cleanup()


class CurlCffiTransport(Transport):
    name = "curl_cffi"
    module = "curl_cffi"

    async def open(self, *, trust_env: bool = False) -> None:
        from curl_cffi.requests import AsyncSession

        self.session = AsyncSession()  # its defaults: max_clients=10

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        response = await self.session.request(method, url, data=body, headers=headers)  # type: ignore[arg-type]
        return response.status_code, response.content

    async def close(self) -> None:
        await self.session.close()


class OursTransport(Transport):
    """pandapon-async itself (``client.request``, ``max_retries=0``): what its backend sends on the wire."""

    backend = ""

    @classmethod
    def available(cls) -> bool:
        return cls.backend == "httpx" or importlib.util.find_spec(cls.backend) is not None

    @classmethod
    def version(cls) -> str:
        from importlib.metadata import version

        return version("pandapon-async")

    async def open(self, *, trust_env: bool = False) -> None:
        self.client: Any = None

    async def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> tuple[int, Any]:
        from pandapon_async import PandaPonClient

        parts = urlsplit(url)
        if self.client is None:  # created on first use, so the environment of the check applies
            base_url = f"{parts.scheme}://{parts.netloc}"
            self.client = PandaPonClient(**FAKE, base_url=base_url, http_backend=self.backend, max_retries=0)  # type: ignore[arg-type]
        envelope = await self.client.request(method, parts.path, json={} if body is not None else None)
        return 200, orjson.dumps(envelope)

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()


class OursAiohttp(OursTransport):
    name = "pandapon-async (aiohttp backend)"
    backend = "aiohttp"


class OursHttpx(OursTransport):
    name = "pandapon-async (httpx backend)"
    backend = "httpx"


class OursWreq(OursTransport):
    name = "pandapon-async (wreq backend)"
    backend = "wreq"


TRANSPORTS: list[type[Transport]] = [
    AiohttpTransport,
    HttpxTransport,
    WreqTransport,
    PyreqwestTransport,
    AiosonicTransport,
    CurlCffiTransport,
]


# -- clients for the throughput rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Client:
    """One row: ``open(base_url)`` yields the per-call coroutine function."""

    name: str
    open: Callable[[str], contextlib.AbstractAsyncContextManager[Call]]
    requires: str = ""  # an optional module this row needs
    uvloop: bool = False

    def missing(self) -> list[str]:
        modules = [m for m in (self.requires, "uvloop" if self.uvloop else "") if m]
        return [m for m in modules if importlib.util.find_spec(m) is None]

    def available(self) -> bool:
        return not self.missing()

    def run(self, coroutine: Awaitable[Any]) -> Any:
        if self.uvloop:
            import uvloop

            return uvloop.run(coroutine)  # type: ignore[arg-type]
        return asyncio.run(coroutine)  # type: ignore[arg-type]


def ours(backend: str, **options: Any) -> Callable[[str], contextlib.AbstractAsyncContextManager[Call]]:
    @contextlib.asynccontextmanager
    async def open_client(base_url: str) -> AsyncIterator[Call]:
        from pandapon_async import PandaPonClient
        from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
        from pandapon_async.generated.models import AlibabaGoodsKeywordSearchRequest

        body = AlibabaGoodsKeywordSearchRequest.from_dict(payloads.SEARCH_REQUEST)
        operation = alibaba_search_goods_by_keyword.asyncio
        async with PandaPonClient(**FAKE, base_url=base_url, http_backend=backend, **options) as client:  # type: ignore[arg-type]

            async def call() -> Any:
                result = await operation(client=client, body=body)
                if result.data is None:
                    raise RuntimeError("no data")
                return result

            yield call

    return open_client


def by_transport(
    cls: type[Transport], *, admission: int = 0
) -> Callable[[str], contextlib.AbstractAsyncContextManager[Call]]:
    """The job by hand over ``cls``; ``admission`` > 0 puts a FIFO ``asyncio.Semaphore`` of that size in front."""

    @contextlib.asynccontextmanager
    async def open_client(base_url: str) -> AsyncIterator[Call]:
        transport = cls()
        await transport.open()
        url = base_url + PATH
        slots = asyncio.Semaphore(admission) if admission else contextlib.nullcontext()

        async def call() -> Any:
            async with slots:
                status, content = await transport.send(
                    "POST", url, signed_headers(), orjson.dumps(payloads.SEARCH_REQUEST)
                )
            if status != 200:
                raise RuntimeError(f"HTTP {status}")
            return check_envelope(content)

        try:
            yield call
        finally:
            await transport.close()

    return open_client


@contextlib.asynccontextmanager
async def limit_client(base_url: str) -> AsyncIterator[Call]:
    parts = urlsplit(base_url)
    client = LimitClient(parts.hostname or "127.0.0.1", parts.port or 80)

    async def call() -> Any:
        content = await client.post(PATH, signed_headers(), orjson.dumps(payloads.SEARCH_REQUEST))
        return check_envelope(content)

    try:
        yield call
    finally:
        await client.aclose()


LIMIT = "limit"
OURS = "pandapon-async (wreq)"  # the default client: the fast extra's backend
OURS_AIOHTTP = "pandapon-async (aiohttp)"
OURS_HTTPX = "pandapon-async (httpx)"
RAW_AIOHTTP = "raw aiohttp"
RAW_HTTPX = "raw httpx"

MAIN_CLIENTS = [
    Client(LIMIT, limit_client),
    Client(OURS, ours("wreq"), requires="wreq"),
    Client(OURS_AIOHTTP, ours("aiohttp"), requires="aiohttp"),
    Client(OURS_HTTPX, ours("httpx")),
    Client(RAW_AIOHTTP, by_transport(AiohttpTransport), requires="aiohttp"),
    Client(RAW_HTTPX, by_transport(HttpxTransport)),
]
CANDIDATE_CLIENTS = [
    Client(f"{cls.name} (candidate)", by_transport(cls), requires=cls.module)
    for cls in (WreqTransport, PyreqwestTransport, AiosonicTransport, CurlCffiTransport)
] + [
    Client(
        "wreq behind a FIFO Semaphore(100) (candidate)", by_transport(WreqTransport, admission=100), requires="wreq"
    ),
    Client("limit on uvloop", limit_client, uvloop=True),
    Client("pandapon-async (aiohttp) on uvloop", ours("aiohttp"), requires="aiohttp", uvloop=True),
]
