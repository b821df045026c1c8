"""The Python examples in README.md and docs/ compile, and the signer example really replaces the recipe."""

from __future__ import annotations

import ast
import re
from typing import Any

import pytest

from .conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks() -> list[tuple[str, str]]:
    return [(f"{path.name}#{i}", code) for path in DOCS for i, code in enumerate(BLOCK.findall(path.read_text()))]


@pytest.mark.parametrize(("where", "code"), _blocks(), ids=[where for where, _ in _blocks()])
def test_python_examples_compile(where: str, code: str) -> None:
    compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_readme_signer_example_replaces_the_recipe() -> None:
    from pandapon_async import SigningInput

    code = next(code for _, code in _blocks() if "def my_recipe" in code)
    namespace: dict[str, object] = {}
    exec(code.replace("client = PandaPonClient(signer=my_recipe)", ""), namespace)
    recipe = namespace["my_recipe"]
    signing_input = SigningInput("ak", "1715669977082", "n" * 32, "1", "GET", "/open/product/get")
    signature = recipe(signing_input, "secret")  # type: ignore[operator]
    assert isinstance(signature, str) and len(signature) == 64 and signature == signature.upper()


async def test_readme_webhook_example_serves_a_signed_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from pandapon_async.webhooks import sign_body

    from .conftest import ACCESS_SECRET

    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", ACCESS_SECRET)
    code = next(code for where, code in _blocks() if where.startswith("README") and "create_webhook_app()" in code)
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    body = b'{"messageType":"ORDER_STATUS_SOMETHING_NEW","messageBody":{"orderId":"1"},"messagePlatform":1}'
    transport = httpx.ASGITransport(app=namespace["app"])
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        ok = await http.post(
            "/pandapon/messages", content=body, headers={"Authorization": sign_body(body, ACCESS_SECRET)}
        )
        forged = await http.post("/pandapon/messages", content=body, headers={"Authorization": "0" * 64})
    assert (ok.status_code, forged.status_code) == (200, 401)
    assert list(namespace["store"].values()) == [body]
