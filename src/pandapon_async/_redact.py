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
        self.words = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))
        alternatives = "|".join(re.escape(word) for word in self.words)
        self._pattern = re.compile(rf"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])") if self.words else None

    def with_secrets(self, secrets: Iterable[str]) -> Redactor:
        """A redactor that also removes ``secrets`` (e.g. the signatures one call sent)."""
        return Redactor((*self.words, *secrets))

    def __call__(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(REDACTED, text)
        return _SIGNED_VALUE.sub(rf"\1{REDACTED}", text)
