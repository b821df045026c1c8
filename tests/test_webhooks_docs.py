"""docs/webhooks.md's examples type-check under mypy --strict, and its quick start really works: mounted in a
Starlette app served by uvicorn, it stores, handles, and on shutdown lets a running handler finish."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from .test_inbox_support import ACCESS_SECRET, ROOT, ThreadedUvicorn, inbox_states, message_body, signed

DOC = ROOT / "docs" / "webhooks.md"
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _doc_blocks() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def _readme_webhook_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(code for code in BLOCK.findall(readme) if "create_webhook_app" in code)


def test_webhook_examples_type_check_under_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="type checking is the development run's job, not a `make compat` cell's")
    blocks = [*_doc_blocks(), _readme_webhook_block()]
    assert len(blocks) >= 4
    files = []
    for n, code in enumerate(blocks):
        path = tmp_path / f"webhooks_example_{n}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    # The project's own mypy settings (strict) and cache, so only the examples are checked anew.
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(ROOT / ".mypy_cache"), "--strict", *files]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_quick_start_mounted_in_starlette_stores_handles_and_drains_on_shutdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", ACCESS_SECRET)
    monkeypatch.chdir(tmp_path)  # the example's SQLite file is relative
    code = next(code for code in _doc_blocks() if "lifespan=hooks.lifespan" in code)
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOC), "exec"), namespace)

    started: list[str] = []
    finished: list[str] = []

    async def slow(message: Any) -> None:
        import asyncio

        started.append(message.message_type)
        await asyncio.sleep(0.5)
        finished.append(message.message_type)

    namespace["hooks"].on("SLOW_TYPE", slow)
    unknown = json.dumps({"messageType": "SOMETHING_NEW", "messageBody": {"orderId": "9"}}).encode()
    slow_body = json.dumps({"messageType": "SLOW_TYPE", "messageBody": {"orderId": "10"}}).encode()
    with ThreadedUvicorn(namespace["app"]) as server:
        answers = [
            httpx.post(server.url, content=body, headers=signed(body), timeout=5)
            for body in (message_body(1), unknown, message_body(1), slow_body)
        ]
        deadline = time.monotonic() + 10
        while not started and time.monotonic() < deadline:
            time.sleep(0.01)
        assert started == ["SLOW_TYPE"] and finished == []
    # Leaving the block shut the server down: the lifespan let the running handler finish first.
    assert finished == ["SLOW_TYPE"]
    assert [a.status_code for a in answers] == [200, 200, 200, 200]
    assert [a.json()["inbox"] for a in answers] == ["stored", "stored", "duplicate", "stored"]
    assert inbox_states(tmp_path / "pandapon-inbox.sqlite3") == {"done": 3}
    printed = capsys.readouterr().out
    assert "Taobao order 1 has a new price" in printed and "message SOMETHING_NEW for key" in printed
