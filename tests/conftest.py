"""Shared fixtures: fake credentials (never real ones), a client, the spec."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx

from pandapon_async import PandaPonClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

BASE_URL = "https://api.pandapon.com"
# The platform.md test-vector values: obviously fake, shared by every test.
ACCESS_KEY = "58c0201dfdf148eca63cbf6bb5e7cf03"
ACCESS_SECRET = "pp-test-secret-0123456789abcdef"
USER_ID = "2100007341207"
REFERENCE = ROOT.parent / "shared" / "reference" / "endpoints.json"

BACKENDS = ("httpx", "aiohttp", "wreq")
"""Every HTTP backend: the tests of what any backend must do (the wire, retries, faults, answers) run each."""

# Only a `make compat` cell without the optional backends lacks wreq and aiohttp: tests/test_packaging.py fails
# the main run when any extra is missing, so in `make test` nothing marked with this is ever skipped.
HAS_FAST = all(importlib.util.find_spec(name) is not None for name in ("wreq", "aiohttp"))
needs_fast = pytest.mark.skipif(not HAS_FAST, reason="needs wreq and aiohttp (the fast and aiohttp extras)")


def envelope(
    data: Any = None, *, code: int = 200, msg: str = "成功", request_id: str | None = "req-1"
) -> dict[str, Any]:
    return {"requestId": request_id, "code": code, "developId": None, "msg": msg, "data": data}


@pytest.fixture(autouse=True)
def _no_real_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "PANDAPON_ACCESS_KEY",
        "PANDAPON_ACCESS_SECRET",
        "PANDAPON_USER_ID",
        "PANDAPON_BASE_URL",
        "PANDAPON_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    # respx mocks httpx, so the suite pins the httpx backend (the aiohttp backend has its own loopback tests).
    monkeypatch.setenv("PANDAPON_HTTP_BACKEND", "httpx")


@pytest.fixture(autouse=True)
def _no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries never wait in tests: the backoff sleep is recorded instead."""
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("pandapon_async._retry.sleep", fake_sleep)
    return slept


@pytest.fixture
def slept(_no_sleep: list[float]) -> list[float]:
    return _no_sleep


@pytest.fixture
async def client() -> AsyncIterator[PandaPonClient]:
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID) as c:
        yield c


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    from spec_checks import load_spec

    return load_spec()


@pytest.fixture(scope="session")
def reference() -> dict[str, Any] | None:
    if not REFERENCE.exists():
        return None
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data
