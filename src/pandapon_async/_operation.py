"""What the client knows about one API operation, independent of its generated function."""

from __future__ import annotations

from attrs import frozen


@frozen
class Operation:
    """One operation of the spec: its name, reference key, route and retry safety.

    ``idempotent`` comes from the spec's ``x-pandapon-idempotent``: only such operations are retried
    automatically. ``signed_query`` names query parameters the signer fills (warehouse endpoints).
    """

    name: str
    key: str
    method: str
    path: str
    idempotent: bool
    signed_query: tuple[str, ...] = ()
    tag: str = ""


def raw_operation(method: str, path: str, *, idempotent: bool | None = None) -> Operation:
    """An ad-hoc operation for ``PandaPonClient.request`` (endpoints the spec lists as pending).

    Retried only when ``idempotent`` (default: GET, HEAD and OPTIONS); signed-query parameters follow the
    spec's rule for the path (see ``_spec.signed_query_for_path``).
    """
    from ._spec import signed_query_for_path  # reads the packaged spec: only raw calls need it

    method = method.upper()
    safe = method in ("GET", "HEAD", "OPTIONS") if idempotent is None else idempotent
    route = "/" + path.split("?", 1)[0].lstrip("/")
    return Operation(
        name=f"raw {method} {route}",
        key="raw",
        method=method,
        path=route,
        idempotent=safe,
        signed_query=signed_query_for_path(route),
    )
