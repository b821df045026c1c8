"""The sample user project (examples/user_project) passes with `pip install "<wheel>[fast,testing]"` in a fresh
virtual environment outside the repository, without any backend setting: respx, the `pandapon_mock` fixture and
`check_response`, as a new user's CI runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "examples" / "user_project" / "run_in_fresh_venv.py"


def test_the_sample_project_passes_in_a_fresh_venv_from_the_wheel(tmp_path: Path) -> None:
    pytest.importorskip("pip", reason="builds a wheel with pip: the development run's job, not a `make compat` cell's")
    assert ROOT not in tmp_path.resolve().parents
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (wheel,) = (tmp_path / "dist").glob("pandapon_async-*.whl")
    assert (tmp_path / "venv" / "bin" / "pytest").exists()
    summary = result.stdout.strip().splitlines()[-1]
    assert "8 passed" in summary and "failed" not in summary and "skipped" not in summary, summary
    for name in ("test_goods_category", "test_ordering_the_cart", "test_the_webhook_accepts_signed_messages_only"):
        assert name in result.stdout
    assert wheel.stat().st_size > 0
