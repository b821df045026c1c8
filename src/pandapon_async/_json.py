"""JSON in and out: orjson when installed (the ``fast`` extra), the standard library otherwise.

Both produce the same compact bytes and the same values for everything PandaPon sends: its ids are 64-bit
integers (some beyond 2**53), which orjson reads exactly. Where orjson refuses input (NaN, non-string keys,
integers beyond 64 bits when encoding) the standard library is used. One difference remains: orjson reads an
integer literal beyond 64 bits as a float; a guard against that (scanning for 20-digit runs) cost more than the
parse itself, and no PandaPon id is that long.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - exercised when the fast extra is absent
    orjson = None  # type: ignore[assignment]


def loads(content: bytes) -> Any:
    """Decode a response body; raises ValueError when it is not JSON."""
    if orjson is not None:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass  # let the standard library decide (it accepts NaN) and word the error
    return json.loads(content)


def dumps(value: Any) -> bytes:
    """Encode a request body compactly, non-ASCII kept as UTF-8 (what httpx's ``json=`` sends)."""
    if orjson is not None:
        try:
            return orjson.dumps(value)
        except TypeError:
            pass  # e.g. an integer beyond 64 bits or a non-string key: the standard library handles it
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
