"""The package logger; ``PANDAPON_LOG=info|debug`` turns it on. Nothing secret is ever passed to it."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("pandapon_async")
# A library never prints by itself: without PANDAPON_LOG or the application's own logging set-up, nothing shows.
logger.addHandler(logging.NullHandler())
_configured = False


def configure_from_env() -> None:
    """Attach a stderr handler at the level ``PANDAPON_LOG`` names (once per process)."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("PANDAPON_LOG", "").strip().upper()
    if level not in ("INFO", "DEBUG"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
