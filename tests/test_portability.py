"""Portability: another generator's output from the spec builds every request example without a cast.

openapi-typescript (pinned in tools/spec-lint, installed by `make node-tools`) generates TypeScript types from
openapi/pandapon.yaml; tools/spec-lint/ts_examples.py writes every request example as a constant of those types;
`tsc --strict --noEmit` must accept them.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT

NODE_BIN = ROOT / "tools" / "spec-lint" / "node_modules" / ".bin"
TSC_FLAGS = [
    "--strict",
    "--noEmit",
    "--skipLibCheck",
    "--target",
    "es2022",
    "--module",
    "esnext",
    "--moduleResolution",
    "bundler",
]


def _ts_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ts_examples", ROOT / "tools" / "spec-lint" / "ts_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make node-tools` (make test installs it)")
    return str(path)


def _tsc(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("tsc"), *TSC_FLAGS, *map(str, files)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


@pytest.fixture(scope="module")
def typescript(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with schema.d.ts (openapi-typescript) and examples.ts (every request example, typed)."""
    folder = tmp_path_factory.mktemp("typescript")
    generated = subprocess.run(
        [_tool("openapi-typescript"), str(ROOT / "openapi" / "pandapon.yaml"), "-o", str(folder / "schema.d.ts")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert _ts_examples().main(["ts_examples", str(folder / "examples.ts")]) == 0
    return folder


def _request_examples(spec: dict[str, Any]) -> int:
    count = 0
    for item in spec["paths"].values():
        for op in item.values():
            media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            count += len(media.get("examples") or {})
    return count


def test_typescript_builds_every_request_example_without_a_cast(typescript: Path, spec: dict[str, Any]) -> None:
    source = (typescript / "examples.ts").read_text(encoding="utf-8")
    assert source.count("_body_") == _request_examples(spec) >= 40
    assert " as " not in source and "<any>" not in source and ": any" not in source
    assert 'export const alibabaCancelOrder_body_docs: NonNullable<operations["alibabaCancelOrder"]' in source
    result = _tsc(typescript / "examples.ts", typescript / "schema.d.ts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_type_check_can_fail(typescript: Path) -> None:
    bad = typescript / "bad.ts"
    bad.write_text(
        'import type { operations } from "./schema";\n'
        'type Cancel = NonNullable<operations["alibabaCancelOrder"]["requestBody"]>["content"]["application/json"];\n'
        'export const wrongType: Cancel = { webSite: 1688, orderId: "1", cancelReason: "x" };\n'
        'export const missing: Cancel = { webSite: "1688", cancelReason: "x" };\n',
        encoding="utf-8",
    )
    result = _tsc(bad, typescript / "schema.d.ts")
    assert result.returncode != 0
    assert "bad.ts(3," in result.stdout and "Type 'number' is not assignable to type 'string'" in result.stdout
    assert "bad.ts(4," in result.stdout and "orderId" in result.stdout
