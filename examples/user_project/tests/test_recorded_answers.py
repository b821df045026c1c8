"""Recorded answers still fit the spec: record yours from the live API with
`pandapon contract --live --record tests/recorded` (the one here was recorded from the embedded mock)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pandapon_async.testing import check_response

RECORDED = sorted((Path(__file__).parent / "recorded").glob("*.json"))


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_recorded_answer_fits_the_spec(path: Path) -> None:
    recorded = json.loads(path.read_text(encoding="utf-8"))
    result = check_response(recorded["operation"], recorded["response"])
    assert result.passed, result.summary()
