"""The Access Secret and signatures never appear in an error, its pickle, or any log line — ours or the HTTP
libraries' — whatever the server quotes back, on both backends, at every log level."""

from __future__ import annotations

import logging
import pickle

import pytest

from pandapon_async import APIError, PandaPonClient
from pandapon_async._redact import Redactor
from pandapon_async.generated.api.taobao_goods import taobao_get_goods
from pandapon_async.generated.api.warehouse import warehouse_preview_order_freight
from pandapon_async.generated.models import WarehouseOrderFreightPreviewRequest

from .conftest import ACCESS_KEY, ACCESS_SECRET, BACKENDS, USER_ID
from .loopback import RawRequest, loopback_server

# What a hostile or careless gateway might quote back: the signature header, the signed URL, the secret.
ECHOES = {
    "400 quoting the signature header": (400, "bad request: signature: {sig} not accepted"),
    "business error quoting the signed URL": (
        200,
        '{{"code": 4010, "msg": "invalid sign: /x?timestamp=1&sign={sig}"}}',
    ),
    "business error quoting the secret": (200, '{{"code": 4011, "msg": "key={secret} rejected"}}'),
    "HTML page quoting everything": (200, "<html>{sig} {secret} signature={sig}</html>"),
    "5xx JSON quoting the signature": (503, '{{"signature": "{sig}", "msg": "{sig}"}}'),
}


@pytest.mark.parametrize("echo", list(ECHOES))
@pytest.mark.parametrize("backend", BACKENDS)
async def test_no_secret_or_signature_in_errors_or_logs(
    echo: str, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    status, template = ECHOES[echo]
    signatures: list[str] = []

    def echo_back(request: RawRequest) -> None:
        signature = request.header("signature") or ""
        signatures.append(signature)
        body = template.format(sig=signature, secret=ACCESS_SECRET).encode()
        server.body = body
        server.faults = [f"status-{status}"] if status != 200 else []

    caplog.set_level(logging.DEBUG)  # every logger, the HTTP libraries' included
    async with loopback_server(on_request=echo_back) as server:
        client = PandaPonClient(
            ACCESS_KEY, ACCESS_SECRET, USER_ID, base_url=server.url, http_backend=backend, max_retries=1
        )
        async with client:
            errors: list[APIError] = []
            for send in (
                lambda: taobao_get_goods.asyncio(client=client, item_id="1"),
                lambda: warehouse_preview_order_freight.asyncio(
                    client=client, body=WarehouseOrderFreightPreviewRequest.from_dict({"renderItems": []})
                ),
            ):
                with pytest.raises(APIError) as info:
                    await send()
                errors.append(info.value)
    assert signatures and all(signatures)
    texts = [record.getMessage() for record in caplog.records]
    for error in errors:
        texts += [str(error), repr(error), str(vars(error)), repr(pickle.loads(pickle.dumps(error)).__dict__)]
    leaks = [(secret, text) for text in texts for secret in (ACCESS_SECRET, *signatures) if secret in text]
    assert leaks == []
    assert any("sign=<redacted>" in text or "sign=" not in text for text in texts)


def test_redaction_replaces_whole_words_only() -> None:
    redact = Redactor(["a"])
    assert redact("a banana") == "<redacted> banana"
    assert redact("key=a&x=1") == "key=<redacted>&x=1"
    assert redact("nothing secret") == "nothing secret"
    assert Redactor()("GET /x?timestamp=1&sign=ABCDEF01 ok") == "GET /x?timestamp=1&sign=<redacted> ok"


def test_the_http_libraries_loggers_are_guarded(caplog: pytest.LogCaptureFixture) -> None:
    PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID)  # installs the guard once per process
    caplog.set_level(logging.INFO)
    logging.getLogger("httpx").info('HTTP Request: POST http://h/open/pp/logistics/x?timestamp=1&sign=%s "200"', "S1G")
    assert "S1G" not in caplog.text and "sign=<redacted>" in caplog.text
