"""examples/quickstart.py — the typed quick start — runs against the embedded mock and prints what it read."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT

SCRIPT = ROOT / "examples" / "quickstart.py"


def test_quickstart_runs_against_the_mock() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--mock"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "45 results for 'T恤' on 9 pages"  # the embedded mock's catalogue totals, as typed ints
    assert any(line.startswith("offer 706627393257: HTTP 200, ") for line in lines)
    assert "  PVC insert folder A4 thickened loose-leaf book folder" in result.stdout  # subject_trans of the detail
    assert lines[-1] == "cart: 0 valid entries"  # a fresh mock cart
    assert "failed" not in result.stdout and result.stderr == ""


def test_quickstart_without_credentials_names_the_missing_variable() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDAPON_")}
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "PANDAPON_ACCESS_KEY" in result.stderr and "--mock" in result.stderr
    assert "Traceback" not in result.stderr
