# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""Types shared by the generated endpoint functions and request models.

No operation uploads files, so openapi-python-client's file-upload types are not generated.
"""

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Any, Generic, Literal, TypeVar

from attrs import define

from pandapon_async._exceptions import InvalidArgumentError


class Unset:
    """The type of ``UNSET``: an optional request field or body that is left out of the request entirely."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


def new_json_object() -> dict[str, Any]:
    """A new empty ``dict[str, Any]``: the typed factory of every model's ``additional_properties``."""
    return {}


def require_argument(name: str, value: object) -> None:
    """Raise ``InvalidArgumentError`` (nothing is sent) when a required query parameter is given ``None``."""
    if value is None:
        raise InvalidArgumentError(
            f"argument {name!r} must not be None: it is a required query parameter", argument=name
        )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """What ``asyncio_detailed`` returns: the HTTP status, headers and raw bytes beside the parsed envelope."""

    status_code: int
    """An ``http.HTTPStatus`` when the code is a standard one; any other code (e.g. 218, 299) as a plain int."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


_KNOWN_STATUSES = frozenset(status.value for status in HTTPStatus)


def http_status(code: int) -> int:
    """``HTTPStatus(code)`` for a standard code, else ``code`` itself: every status from 100 to 599 is an answer."""
    return HTTPStatus(code) if code in _KNOWN_STATUSES else code


__all__ = ["UNSET", "Response", "Unset", "http_status", "new_json_object", "require_argument"]
