"""The Python examples in README.md and docs/ compile and pass mypy --strict and pyright (strict), and the
signer example really replaces the recipe."""

from __future__ import annotations

import ast
import re
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .typecheck import mypy_errors, pyright_errors

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks() -> list[tuple[str, str]]:
    return [(f"{path.name}#{i}", code) for path in DOCS for i, code in enumerate(BLOCK.findall(path.read_text()))]


@pytest.mark.parametrize(("where", "code"), _blocks(), ids=[where for where, _ in _blocks()])
def test_python_examples_compile(where: str, code: str) -> None:
    compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def as_module(where: str, code: str) -> str:
    """A snippet as a module a type checker reads strictly.

    A snippet written for an async context (top-level ``await``/``async with``, e.g. the mock and ``request()``
    examples) becomes the body of ``async def snippet(client: PandaPonClient)``: ``client`` is the one name such
    snippets take from their surroundings. A fragment may end on an assignment the reader would go on to use, so
    in a wrapped one pyright's unused-local rule is off (a module-level name is never "unused").
    """
    try:
        compile(code, where, "exec")
    except SyntaxError:
        wrapped = "from pandapon_async import PandaPonClient\n\n\nasync def snippet(client: PandaPonClient) -> None:\n"
        return "# pyright: strict\n# pyright: reportUnusedVariable=false\n" + wrapped + textwrap.indent(code, "    ")
    return "# pyright: strict\n" + code


def _write_modules(directory: Path, blocks: list[tuple[str, str]]) -> dict[str, Path]:
    files = {}
    for where, code in blocks:
        path = directory / ("snippet_" + re.sub(r"\W", "_", where) + ".py")
        path.write_text(as_module(where, code))
        files[where] = path
    return files


def test_python_examples_pass_mypy_strict_and_pyright_strict(tmp_path: Path) -> None:
    # docs/testing.md tests "your application": the sample project's `shop` package stands in for it.
    shutil.copytree(ROOT / "examples" / "user_project" / "shop", tmp_path / "shop")
    files = _write_modules(tmp_path, _blocks())
    assert len(files) >= 5  # README (ten lines, signer, webhook, mock, request) and docs/
    errors = {**mypy_errors(list(files.values())), **pyright_errors(list(files.values()))}
    assert not errors, "\n".join(line for lines in errors.values() for line in lines)


def test_the_type_check_catches_an_unhandled_none(tmp_path: Path) -> None:
    """Guard for the test above: the README's example without its None check fails both checkers."""
    where, code = next((w, c) for w, c in _blocks() if w.startswith("README") and "get_refund(" in c)
    broken = re.sub(r"print\(found\.refund_status.*\)", "print(result.data.refund_order_aggregate)", code)
    assert broken != code
    files = _write_modules(tmp_path, [(where, broken)])
    name = files[where].name
    assert "union-attr" in "".join(mypy_errors(list(files.values()))[name])
    assert "reportOptionalMemberAccess" in "".join(pyright_errors(list(files.values()))[name])


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
