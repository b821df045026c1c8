"""Choosing an inbox from one URL, so the command line and configuration files can name a store."""

from __future__ import annotations

import os

from .._exceptions import ConfigurationError
from ._inbox import Inbox, MemoryInbox
from ._sqlite import SQLiteInbox

ENV_INBOX = "PANDAPON_INBOX"
DEFAULT_INBOX_URL = "sqlite:///pandapon-inbox.sqlite3"


def inbox_from_url(url: str | None = None) -> Inbox:
    """The inbox a URL names (default: ``PANDAPON_INBOX``, else ``sqlite:///pandapon-inbox.sqlite3``).

    ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db`` (optionally ``?synchronous=NORMAL``);
    ``redis://host:port/db`` (optionally
    ``?prefix=name``); ``memory:`` (lost on exit). Raises ConfigurationError for any other scheme.
    """
    url = url or os.environ.get(ENV_INBOX) or DEFAULT_INBOX_URL
    if url.startswith("sqlite:///"):
        path, _, query = url.removeprefix("sqlite:///").partition("?")
        if not path:
            raise ConfigurationError("the sqlite inbox URL has no file path: use sqlite:///path/to/inbox.sqlite3")
        synchronous = query.removeprefix("synchronous=").upper() if query else "FULL"
        if synchronous not in ("FULL", "NORMAL"):
            raise ConfigurationError("the sqlite inbox URL accepts only ?synchronous=FULL or ?synchronous=NORMAL")
        return SQLiteInbox(path, synchronous="NORMAL" if synchronous == "NORMAL" else "FULL")
    if url.startswith(("redis://", "rediss://", "unix://")):
        from urllib.parse import parse_qs, urlsplit, urlunsplit

        from ._redis import RedisInbox

        parts = urlsplit(url)
        options = parse_qs(parts.query)
        prefix = options.pop("prefix", ["pandapon:inbox"])[0]
        rest = "&".join(f"{name}={value}" for name, values in options.items() for value in values)
        return RedisInbox(urlunsplit(parts._replace(query=rest)), prefix=prefix)
    if url == "memory:":
        return MemoryInbox()
    raise ConfigurationError(
        f"{ENV_INBOX} / --store must be a sqlite:///path, redis://host:port/db or memory: URL (got another scheme)"
    )
