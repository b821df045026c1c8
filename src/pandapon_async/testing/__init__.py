"""Testing helpers for code that uses pandapon-async (``pip install "pandapon-async[testing]"``).

- the ``pandapon_mock`` pytest fixture (registered by the ``pytest11`` entry point of the ``testing`` extra):
  the embedded mock server on loopback, every client built from the environment routed to it
  (:class:`PandaPonMock`);
- :func:`check_response`: whether an answer (e.g. a recorded one) still fits the spec exactly;
- :func:`run_contract`: every operation that is safe to repeat, sent with the spec's examples and checked
  (what ``pandapon contract`` runs).

See docs/testing.md.
"""

from ._contract import (
    ContractResult,
    Difference,
    check_response,
    example_request,
    run_contract,
    safe_operations,
    write_junit,
)
from ._fixture import PandaPonMock

__all__ = [
    "ContractResult",
    "Difference",
    "PandaPonMock",
    "check_response",
    "example_request",
    "run_contract",
    "safe_operations",
    "write_junit",
]
