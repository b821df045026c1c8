"""The pytest plugin of pandapon-async (``pip install "pandapon-async[testing]"`` registers it): ``pandapon_mock``.

::

    async def test_checkout(pandapon_mock):
        pandapon_mock.add_to_cart(title="kettle", quantity=1, price=500)   # the 1688 cart
        pandapon_mock.fail("alibaba_list_cart", status=503)               # the first call fails, the retry works
        await my_app.checkout()                                          # builds PandaPonClient() from the env
        assert pandapon_mock.operations == ["alibaba_list_cart", "alibaba_list_cart", ...]

One mock server per test session (uvicorn on a free ``127.0.0.1`` port, in a background thread); each test
starts with it empty and with the ``PANDAPON_*`` variables pointing at it, restored afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .._exceptions import ConfigurationError
from ._fixture import PandaPonMock

if TYPE_CHECKING:
    from ..mock import MockServer


@pytest.fixture(scope="session")
def pandapon_mock_server() -> Iterator[MockServer]:
    """The session's mock server (``.url``, ``.service``); tests use ``pandapon_mock`` instead."""
    try:
        from ..mock import MockServer
    except ImportError as exc:
        raise ConfigurationError(
            f"the pandapon_mock fixture needs the testing extra: pip install 'pandapon-async[testing]' ({exc})"
        ) from None

    with MockServer() as server:
        yield server


@pytest.fixture
def pandapon_mock(pandapon_mock_server: MockServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[PandaPonMock]:
    """The embedded mock PandaPon server, with every ``PandaPonClient`` built from the environment routed to it.

    Sets ``PANDAPON_BASE_URL``, ``PANDAPON_ACCESS_KEY``, ``PANDAPON_ACCESS_SECRET``, ``PANDAPON_USER_ID`` (fake
    demo credentials) and ``PANDAPON_RETRY_MAX_WAIT=0`` (retries without backoff waits) for the test; the mock
    starts empty, and everything is restored afterwards.
    """
    pandapon_mock_server.service.reset()
    mock = PandaPonMock(pandapon_mock_server)
    for name, value in mock.environ.items():
        monkeypatch.setenv(name, value)
    try:
        yield mock
    finally:
        pandapon_mock_server.service.reset()
