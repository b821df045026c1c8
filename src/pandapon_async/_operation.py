"""What the client knows about one API operation, independent of its generated function."""

from __future__ import annotations

from attrs import frozen


@frozen
class Operation:
    """One operation of the spec: its name, reference key, route and retry safety.

    ``idempotent`` comes from the spec's ``x-pandapon-idempotent``: only such operations are retried
    automatically. ``signed_query`` names query parameters the auth layer fills (warehouse endpoints).
    """

    name: str
    key: str
    method: str
    path: str
    idempotent: bool
    signed_query: tuple[str, ...] = ()
    tag: str = ""


WAREHOUSE_PATH_PREFIXES = ("/open/pp/logistics/", "/v2/open/pp/logistics/")


def raw_operation(method: str, path: str, *, idempotent: bool | None = None) -> Operation:
    """An ad-hoc operation for ``PandaPonClient.request`` (endpoints the spec lists as pending)."""
    method = method.upper()
    safe = method in ("GET", "HEAD", "OPTIONS") if idempotent is None else idempotent
    signed_query = ("timestamp", "sign") if path.startswith(WAREHOUSE_PATH_PREFIXES) else ()
    return Operation(
        name=f"raw {method} {path}", key="raw", method=method, path=path, idempotent=safe, signed_query=signed_query
    )
