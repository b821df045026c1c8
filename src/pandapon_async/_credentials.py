"""Credentials from arguments or the environment; the secret never reaches a repr."""

from __future__ import annotations

import os
from collections.abc import Mapping

from attrs import field, frozen

from ._exceptions import ConfigurationError

DEFAULT_BASE_URL = "https://api.pandapon.com"
ENV_ACCESS_KEY = "PANDAPON_ACCESS_KEY"
ENV_ACCESS_SECRET = "PANDAPON_ACCESS_SECRET"
ENV_USER_ID = "PANDAPON_USER_ID"
ENV_BASE_URL = "PANDAPON_BASE_URL"


def mask(value: str) -> str:
    """Show only the ends of an identifier, for logs and reprs."""
    if len(value) <= 8:
        return "***"
    return f"{value[:4]}…{value[-4:]}"


@frozen
class Credentials:
    """The Access Key, its Access Secret and the sub-account user id."""

    access_key: str = field(repr=mask)
    access_secret: str = field(repr=False)
    user_id: str

    @classmethod
    def resolve(
        cls,
        access_key: str | None = None,
        access_secret: str | None = None,
        user_id: str | int | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Take each value from its argument, else from the environment; name what is missing."""
        env = os.environ if environ is None else environ
        values = {
            ENV_ACCESS_KEY: access_key if access_key is not None else env.get(ENV_ACCESS_KEY),
            ENV_ACCESS_SECRET: access_secret if access_secret is not None else env.get(ENV_ACCESS_SECRET),
            ENV_USER_ID: str(user_id) if user_id is not None else env.get(ENV_USER_ID),
        }
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise ConfigurationError(
                "missing PandaPon credentials: pass them to PandaPonClient(...) or set " + ", ".join(missing)
            )
        return cls(values[ENV_ACCESS_KEY] or "", values[ENV_ACCESS_SECRET] or "", values[ENV_USER_ID] or "")


def resolve_base_url(base_url: str | None, environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
