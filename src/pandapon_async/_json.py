"""JSON in and out: orjson when installed (the ``fast`` extra), the standard library otherwise.

Both read and write the same values for everything PandaPon sends, 64-bit ids beyond 2**53 included. Where
orjson refuses input (NaN in a body it reads, non-string keys or integers beyond 64 bits it writes) the standard
library takes over. Limits: an integer literal beyond 64 bits is read as a float by orjson (no PandaPon id is
that long), and a document nested deeper than the standard library can recurse is refused with ``ValueError``.
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
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None


def dumps(value: Any) -> bytes:
    """Encode a request body compactly, non-ASCII kept as UTF-8 (what httpx's ``json=`` sends)."""
    if orjson is not None:
        try:
            return orjson.dumps(value)
        except TypeError:
            pass  # e.g. an integer beyond 64 bits or a non-string key: the standard library handles it
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
