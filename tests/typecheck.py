"""Run mypy --strict and pyright (strict) over Python files, as a user's type checkers would see them.

Both run from the checkout (so the installed package and its py.typed are what they read) in one process each;
the result maps every error back to the file it is in.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BIN = Path(sys.executable).parent
MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):\d+: error: ", re.M)


def _require(tool: str) -> None:
    """Type checking is the development run's job: a compatibility cell (no dev tools) skips it."""
    if not (BIN / tool).exists():
        pytest.skip(f"{tool} is a development tool, not installed here (a `make compat` cell)")


def mypy_errors(files: list[Path]) -> dict[str, list[str]]:
    _require("mypy")
    """mypy --strict's error lines per file name (files with no error are absent)."""
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--config-file", str(ROOT / "pyproject.toml"), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    found: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        match = MYPY_LINE.match(line)
        if match:
            found.setdefault(Path(match["file"]).name, []).append(line)
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2 would be a crash or a usage error
    assert (result.returncode == 1) == bool(found), result.stdout + result.stderr
    return found


def pyright_errors(files: list[Path]) -> dict[str, list[str]]:
    """pyright's error messages per file name; each file must start with ``# pyright: strict``."""
    _require("pyright")
    for file in files:
        assert file.read_text().startswith("# pyright: strict\n"), file
    # The files' own folder is importable, as it is for mypy (docs snippets import a sample `shop` package there):
    # pyright runs there, with a config naming the project's environment.
    folder = files[0].parent
    config = {"venvPath": str(ROOT), "venv": ".venv", "pythonVersion": "3.11", "extraPaths": [str(folder)]}
    (folder / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(BIN / "pyright"), "--outputjson", "-p", str(folder), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=folder,
    )
    report = json.loads(result.stdout)
    found: dict[str, list[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            message = f"{Path(diagnostic['file']).name}:{line}: {diagnostic['message']} ({diagnostic.get('rule')})"
            found.setdefault(Path(diagnostic["file"]).name, []).append(message)
    assert report["summary"]["filesAnalyzed"] >= len(files), result.stdout[-2000:]
    return found
