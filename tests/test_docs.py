"""The Python examples in README.md and docs/ compile, and the signer example really replaces the recipe."""

from __future__ import annotations

import ast
import re

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
