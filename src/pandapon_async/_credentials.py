"""Credentials from arguments or the environment; the secret never reaches a repr."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

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
        if user_id is not None and (isinstance(user_id, bool) or not isinstance(user_id, str | int)):
            raise ConfigurationError(f"user_id must be a str or an int, not {type(user_id).__name__}")
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise ConfigurationError(
                "missing PandaPon credentials: pass them to PandaPonClient(...) or set " + ", ".join(missing)
            )
        arguments = {ENV_ACCESS_KEY: "access_key", ENV_ACCESS_SECRET: "access_secret", ENV_USER_ID: "user_id"}
        for env_name, value in values.items():
            check_header_value(f"{arguments[env_name]} (or {env_name})", value, secret=env_name == ENV_ACCESS_SECRET)
        return cls(values[ENV_ACCESS_KEY] or "", values[ENV_ACCESS_SECRET] or "", values[ENV_USER_ID] or "")


_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_PRINTABLE_ASCII = re.compile(r"^[\x21-\x7e]+$")


def check_header_value(argument: str, value: Any, *, secret: bool = False) -> str:
    """A credential or header value that can travel in an HTTP header: a str of printable ASCII, no spaces."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{argument} must be a str, not {type(value).__name__}")
    if not _PRINTABLE_ASCII.match(value):
        shown = "" if secret else f" ({value[:40]!r})"
        raise ConfigurationError(
            f"{argument} must be printable ASCII without spaces, tabs or line breaks{shown}: "
            "it is sent in, or signs, an HTTP header"
        )
    return value


def check_headers(headers: Any) -> dict[str, str]:
    """Default headers given to the client: names are HTTP tokens, values single-line printable text."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers must be a mapping of str to str, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ConfigurationError(f"headers: {name!r} is not a valid HTTP header name")
        if not isinstance(value, str) or not value.isprintable() or not value.isascii():
            raise ConfigurationError(f"headers: the value of {name!r} must be one line of printable ASCII text")
        checked[name] = value
    return checked


def resolve_base_url(
    base_url: str | None, environ: Mapping[str, str] | None = None, *, argument: str = "base_url"
) -> str:
    """The base URL from the argument, ``PANDAPON_BASE_URL`` or the default; refused unless http(s)://host[:port]."""
    env = os.environ if environ is None else environ
    if base_url is not None and not isinstance(base_url, str):
        raise ConfigurationError(f"{argument} must be a str, not {type(base_url).__name__}")
    url = (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    if not base_url and env.get(ENV_BASE_URL):
        argument = ENV_BASE_URL
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ConfigurationError(f"{argument} {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{argument} must look like https://api.pandapon.com, not {url!r}")
    if port == 0 or parts.query or parts.fragment or not url.isascii() or not url.isprintable() or " " in url:
        raise ConfigurationError(f"{argument} {url!r} must be scheme://host[:port][/path] in printable ASCII")
    return url


def check_seconds(argument: str, value: Any) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{argument} must be a positive, finite number of seconds, not {value!r}")
    return float(value)
