"""Whatever arrives, a caller gets a parsed value or a typed error, the same on both backends."""

from __future__ import annotations

import gzip
import json
import warnings

import pytest

from pandapon_async import APIResponseValidationError, PandaPonClient
from pandapon_async.generated.api.taobao_goods import taobao_get_goods

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import loopback_server

CREDENTIALS = (ACCESS_KEY, ACCESS_SECRET, USER_ID)


def make(server: object, backend: str) -> PandaPonClient:
    return PandaPonClient(*CREDENTIALS, base_url=server.url, http_backend=backend)  # type: ignore[attr-defined]


def answer(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return f"HTTP/1.1 {status}\r\ncontent-length: {len(body)}\r\n{head}\r\n".encode() + body


@pytest.mark.parametrize("depth", [1_100, 5_000, 100_000])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_deeply_nested_json_is_a_validation_error(backend: str, depth: int) -> None:
    nested = b'{"code":200,"data":' + b"[" * depth + b"]" * depth + b"}"
    async with loopback_server(raw_response=answer(nested)) as server, make(server, backend) as client:
        if depth < 10_000:  # within reach of some JSON readers (Python 3.12+ reads this deep): parsed, or refused
            try:
                await taobao_get_goods.asyncio(client=client, item_id="1")
            except APIResponseValidationError as exc:
                assert "not JSON" in str(exc)
            return
        with pytest.raises(APIResponseValidationError, match="not JSON"):
            await taobao_get_goods.asyncio(client=client, item_id="1")
        with pytest.raises(APIResponseValidationError):
            await client.request("GET", "/open/x")


@pytest.mark.parametrize("backend", BACKENDS)
async def test_two_thousand_response_headers_are_read_on_both_backends(backend: str) -> None:
    headers = [f"x-h{i}: v" for i in range(2_000)]
    body = json.dumps({"code": 200, "data": {"itemId": 9}}).encode()
    async with loopback_server(raw_response=answer(body, *headers)) as server, make(server, backend) as client:
        result = await taobao_get_goods.asyncio_detailed(client=client, item_id="1")
    assert result.parsed is not None and result.parsed.data is not None and result.parsed.data.item_id == 9
    assert result.headers["x-h1999"] == "v"
    assert server.count == 1


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_ten_megabyte_request_body_is_sent_whole_without_warnings(backend: str) -> None:
    payload = {"blob": "x" * 10_000_000}
    async with loopback_server() as server, make(server, backend) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await client.request("POST", "/open/x", json=payload)
    assert server.requests[0].body == json.dumps(payload, separators=(",", ":")).encode()


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "gzip-bomb"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_an_answer_over_max_response_bytes_is_refused(backend: str, declared: bool) -> None:
    big = json.dumps({"code": 200, "data": "y" * 300_000}).encode()
    raw = answer(big) if declared else answer(gzip.compress(big), "content-encoding: gzip")
    async with loopback_server(raw_response=raw) as server:
        async with PandaPonClient(
            *CREDENTIALS, base_url=server.url, http_backend=backend, max_response_bytes=100_000
        ) as client:
            with pytest.raises(APIResponseValidationError, match="max_response_bytes=100000") as info:
                await client.request("GET", "/open/x")
            assert info.value.status_code == 200
            assert info.value.attempts == 1  # not a transient failure: never retried
        async with PandaPonClient(*CREDENTIALS, base_url=server.url, http_backend=backend) as client:
            assert (await client.request("GET", "/open/x"))["data"] == "y" * 300_000


@pytest.mark.parametrize("code", ["--200", "²", "2OO", ""])
def test_an_odd_string_code_is_a_business_error_not_a_crash(code: str) -> None:
    from pandapon_async import PandaPonAPIError
    from pandapon_async._envelope import decode_envelope

    with pytest.raises(PandaPonAPIError) as info:
        decode_envelope(200, json.dumps({"code": code}).encode(), operation="op", method="GET", path="/p")
    assert info.value.code == code
