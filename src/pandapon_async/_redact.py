"""Removing secrets from text that came from a server or a lower layer, before it reaches a message or a log."""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "<redacted>"
# A signed query value or a signature header quoted back in an error page or a lower layer's message.
_SIGNED_VALUE = re.compile(r"(?i)((?:^|(?<=[?&\s'\"{,]))[\"']?(?:sign|signature)[\"']?\s*[=:]\s*[\"']?)[^&\s'\",}]+")


class Redactor:
    """Replaces the Access Secret and a call's signatures wherever they stand as whole words.

    Whole words only: a short secret such as ``a`` must not mangle every message that contains the letter.
    """

    __slots__ = ("_pattern", "words")

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.words = tuple(word for word in secrets if word)
        self._pattern: re.Pattern[str] | None = None  # compiled on first use: most calls never redact anything

    def with_secrets(self, secrets: Iterable[str]) -> Redactor:
        """A redactor that also removes ``secrets`` (e.g. the signatures one attempt sent)."""
        return Redactor((*self.words, *secrets))

    def __call__(self, text: str) -> str:
        if self._pattern is None and self.words:
            words = sorted(set(self.words), key=len, reverse=True)
            alternatives = "|".join(re.escape(word) for word in words)
            self._pattern = re.compile(rf"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])")
        if self._pattern is not None:
            text = self._pattern.sub(REDACTED, text)
        return _SIGNED_VALUE.sub(rf"\1{REDACTED}", text)
