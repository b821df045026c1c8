# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The generated part of pandapon-async: endpoint functions (``api``), models, namespaces and the operation table.

``Client``/``AuthenticatedClient`` (aliases of ``PandaPonClient``) are imported on first use, so that the
handwritten client can import the generated namespaces without a cycle.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
