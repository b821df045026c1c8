"""What the generated namespaces stand on: the namespace base class and the calls to pending entries.

The namespaces themselves (``client.taobao.aftersales``, ``client.alibaba.orders``...) are generated from the
spec into ``pandapon_async.generated.namespaces``; ``PandaPonClient`` inherits their root attributes from the
generated ``Namespaces`` mixin. A namespace holds only its client, so a clone made by ``with_options`` has
namespaces that send with the clone's timeout and retries.

Pending entries are the documented endpoints whose path is not public (the spec's ``x-pandapon-pending``).
Their methods exist so that they are discoverable, but the client never guesses a path: a call raises
:class:`ConfigurationError` until the path is supplied with ``PandaPonClient(pending_paths={key: "METHOD /path"})``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._client import PandaPonClient

_ROUTE = re.compile(r"(?:(?P<method>[A-Za-z]+)\s+)?(?P<path>/\S*)")


class Namespace:
    """A group of operations bound to one client (a generated subclass holds the methods)."""

    def __init__(self, client: PandaPonClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


@frozen
class PendingEntry:
    """A documented endpoint whose path is not public: its reference key, title and documented method."""

    key: str
    title: str
    method: str | None
    """The HTTP method the doc menus show, or None when they show none."""


def pending_entries() -> dict[str, PendingEntry]:
    """Every pending entry of the spec, by key (a small generated table, imported on first use)."""
    from .generated.namespaces._pending import PENDING

    return PENDING


def resolve_pending_paths(pending_paths: Mapping[str, str] | None) -> dict[str, str]:
    """Check ``pending_paths`` and normalise each value to ``"METHOD /path"``.

    Keys are pending entries' reference keys (``taobao.order.detail``); values are ``"METHOD /path"`` or just
    ``"/path"`` when the docs show the entry's method. Anything else raises :class:`ConfigurationError`.
    """
    if pending_paths is None:
        return {}
    if not isinstance(pending_paths, Mapping):
        raise ConfigurationError(
            f"pending_paths must map pending keys to 'METHOD /path', not {type(pending_paths).__name__}"
        )
    known = pending_entries()
    resolved: dict[str, str] = {}
    for key, route in pending_paths.items():
        entry = known.get(key) if isinstance(key, str) else None
        if entry is None:
            raise ConfigurationError(
                f"pending_paths: {key!r} is not a pending entry of the spec "
                "(see docs/api.md, section 'Pending entries', for their keys)"
            )
        found = _ROUTE.fullmatch(route.strip()) if isinstance(route, str) else None
        if found is None:
            raise ConfigurationError(
                f"pending_paths[{key!r}] must be 'METHOD /path' such as 'POST /open/...', not {route!r}"
            )
        method = (found["method"] or entry.method or "").upper()
        if not method:
            raise ConfigurationError(
                f"pending_paths[{key!r}]: the docs show no method for {key}, so give one: 'POST {found['path']}'"
            )
        resolved[key] = f"{method} {found['path']}"
    return resolved


async def call_pending(client: PandaPonClient, key: str, *, params: dict[str, Any] | None, json: Any) -> dict[str, Any]:
    """Send a pending entry's call through ``client.request`` once its path is known; else explain how to give it."""
    route = client._pending_paths.get(key)
    if route is None:
        entry = pending_entries()[key]
        method = entry.method or "POST"
        raise ConfigurationError(
            f"{key} ({entry.title}) has no public path: PandaPon's documentation does not show it, and the client "
            f"does not guess one. If your console shows it, supply it: "
            f"PandaPonClient(pending_paths={{{key!r}: '{method} /path/from/your/console'}})"
        )
    method, _, path = route.partition(" ")
    return await client.request(method, path, params=params, json=json)
