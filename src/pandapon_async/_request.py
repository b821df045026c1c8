"""The one place a request is built: method, path, query, headers and body bytes, then signed per attempt.

Both HTTP backends receive a :class:`SignedRequest` and only carry it; nothing about what goes on the wire is
decided in a backend. The query is encoded as httpx encodes ``params=`` (``True`` → ``true``, lists repeated),
with one difference chosen for strict writing: a ``None`` value is left out rather than sent empty.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from . import _json
from ._exceptions import InvalidArgumentError
from ._operation import Operation
from ._signing import RequestSigner
from ._version import __version__

USER_AGENT = f"pandapon-async/{__version__}"
BASE_HEADERS: dict[str, str] = {
    "accept": "application/json",
    "accept-encoding": "gzip, deflate",
    "user-agent": USER_AGENT,
}
"""Sent on every request, whatever the backend (so that both put the same headers on the wire)."""

MAX_URL_LENGTH = 8192
"""The longest request target (path and query) sent; most gateways refuse longer ones with 414 or 431."""

_UNSAFE_TEXT = re.compile(r"[\x00-\x20\x7f]")
# Percent-encoding of query keys and values: what urllib.parse.urlencode (and so httpx) leaves unescaped.
_QUERY_SAFE = ""


def encode_path(template: str, path_params: Mapping[str, Any] | None) -> str:
    """Fill ``{name}`` placeholders, each value percent-encoded as exactly one path segment.

    ``.`` and ``..`` are encoded too (``%2E``) so that no URL normalisation can turn them into another endpoint;
    ``None`` and empty values are refused before anything is sent.
    """
    if not path_params:
        return template
    values: dict[str, str] = {}
    for name, value in path_params.items():
        if value is None or (isinstance(value, str) and not value):
            raise InvalidArgumentError(
                f"argument {name!r} must not be {'None' if value is None else 'empty'}: "
                "it is a path parameter, naming the resource the call acts on",
                argument=name,
            )
        text = _text(name, value)
        segment = quote(text, safe="")
        if segment in (".", ".."):
            segment = segment.replace(".", "%2E")
        values[name] = segment
    return template.format_map(values)


def encode_query(params: Mapping[str, Any] | None) -> str:
    """The query string of ``params`` in their order: ``True``/``False`` as ``true``/``false``, lists repeated,
    ``None`` left out, everything else ``str()``-ed and percent-encoded as ``urlencode`` does."""
    if not params:
        return ""
    pairs: list[str] = []
    for key, value in params.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            if item is None:
                continue
            text = "true" if item is True else "false" if item is False else _text(str(key), item)
            pairs.append(f"{_quote_query(key, str(key))}={_quote_query(key, text)}")
    return "&".join(pairs)


def _quote_query(name: Any, text: str) -> str:
    try:
        return quote(text.encode("utf-8"), safe=_QUERY_SAFE).replace("%20", "+")
    except UnicodeEncodeError:
        argument = _argument(str(name))
        raise InvalidArgumentError(
            f"argument {argument!r} holds text that is not valid Unicode (a lone surrogate)", argument=argument
        ) from None


def _argument(name: str) -> str:
    """The Python argument a wire name comes from (``refundId`` → ``refund_id``), for messages."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _text(name: str, value: Any) -> str:
    argument = _argument(name)
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidArgumentError(f"argument {argument!r} is {value!r}, which cannot be sent", argument=argument)
    try:
        text = value if isinstance(value, str) else str(value)
    except ValueError:  # an int longer than sys.get_int_max_str_digits()
        raise InvalidArgumentError(f"argument {argument!r} is a number too long to send", argument=argument) from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidArgumentError(
            f"argument {argument!r} holds text that is not valid Unicode (a lone surrogate)", argument=argument
        ) from None
    return text


def encode_json_body(value: Any) -> bytes:
    """JSON bytes of a request body; NaN, infinity and invalid Unicode are refused (strict writing)."""
    try:
        content = _json.dumps(value)
    except UnicodeEncodeError:
        raise InvalidArgumentError(
            "the request body holds text that is not valid Unicode (a lone surrogate)", argument="body"
        ) from None
    except (TypeError, ValueError, RecursionError) as exc:  # NaN/infinity, bytes/sets/Decimal..., nesting too deep
        if isinstance(exc, ValueError) and _has_non_finite(value):  # the standard library's words for it differ
            raise InvalidArgumentError(
                "the request body holds NaN or infinity, which JSON cannot carry", argument="body"
            ) from None
        raise InvalidArgumentError(f"the request body cannot be sent as JSON: {exc}", argument="body") from None
    # orjson writes NaN and infinity as null without a word; a body without null holds neither.
    if b"null" in content and _has_non_finite(value):
        raise InvalidArgumentError("the request body holds NaN or infinity, which JSON cannot carry", argument="body")
    return content


def _has_non_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


def model_body(body: Any) -> Any:
    """The JSON value of a generated request model; anything else is refused with the way to build one."""
    to_dict = getattr(body, "to_dict", None)
    if not callable(to_dict) or isinstance(body, dict):
        what = "None" if body is None else f"a {type(body).__name__}"
        raise InvalidArgumentError(
            f"body must be the operation's request model, not {what} "
            "(build one with Model(...) or Model.from_dict({...}) from pandapon_async.generated.models)",
            argument="body",
        )
    try:
        return to_dict()
    except (AttributeError, TypeError) as exc:
        raise InvalidArgumentError(
            f"body holds a value where a nested model belongs ({exc}); build it with Model.from_dict({{...}})",
            argument="body",
        ) from None


def split_raw_path(path: str) -> tuple[str, str]:
    """A raw call's path as given (``/open/x?y=1`` or ``open/x``): the path with one leading ``/``, and its query."""
    if not isinstance(path, str) or not path.strip("/"):
        raise InvalidArgumentError(
            f"path must be a non-empty string such as '/open/...', not {path!r}", argument="path"
        )
    if _UNSAFE_TEXT.search(path) or "#" in path:
        raise InvalidArgumentError(
            f"path {path!r} holds spaces, control characters or '#': percent-encode them", argument="path"
        )
    route, _, query = path.partition("?")
    return "/" + route.lstrip("/"), query


class UnsignedRequest:
    """Everything about one call's request except what changes per attempt (timestamp, nonce, signature)."""

    __slots__ = ("body", "headers", "method", "operation", "path", "query")

    def __init__(
        self, operation: Operation, path: str, query: str, body: bytes | None, headers: dict[str, str]
    ) -> None:
        self.operation = operation
        self.method = operation.method
        self.path = path
        self.query = query
        self.body = body
        self.headers = headers

    def sign(self, signer: RequestSigner) -> SignedRequest:
        """A fresh signature for one attempt (and the signed query parameters where the operation has them)."""
        signed = signer.signed_headers(self.method, self.path, self.query, self.body or b"")
        query = self.query
        if self.operation.signed_query:
            timestamp_name, sign_name = self.operation.signed_query
            extra = (
                f"{_quote_query(timestamp_name, timestamp_name)}={signed['timestamp']}"
                f"&{_quote_query(sign_name, sign_name)}={_quote_query(sign_name, signed['signature'])}"
            )
            query = f"{query}&{extra}" if query else extra
        headers = {**self.headers, **signed}
        return SignedRequest(self.method, self.path + ("?" + query if query else ""), headers, self.body, signed)


class SignedRequest:
    """What a backend puts on the wire: method, request target (path and query), headers, body bytes."""

    __slots__ = ("body", "headers", "method", "system_headers", "target")

    def __init__(
        self, method: str, target: str, headers: dict[str, str], body: bytes | None, system_headers: dict[str, str]
    ) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.system_headers = system_headers


def request_headers(default_headers: Mapping[str, str] | None = None) -> dict[str, str]:
    """The headers every request of a client starts from: :data:`BASE_HEADERS` and the client's own defaults."""
    headers = dict(BASE_HEADERS)
    if default_headers:
        headers.update({name.lower(): value for name, value in default_headers.items()})
    return headers


def build_request(
    operation: Operation, kwargs: Mapping[str, Any], base_headers: Mapping[str, str] = BASE_HEADERS
) -> UnsignedRequest:
    """Build the unsigned request of one call from what a generated ``_get_kwargs`` (or ``request()``) returns.

    ``kwargs`` holds ``url`` (the path template, or a raw path), and optionally ``path_params``, ``params``,
    ``body`` (a request model), ``json`` (an already plain value, for raw calls) and ``headers``.
    ``base_headers`` comes from :func:`request_headers`, once per client.
    """
    headers = dict(base_headers)
    if kwargs.get("headers"):
        headers.update({name.lower(): str(value) for name, value in kwargs["headers"].items()})
    if operation.key == "raw":
        path, raw_query = split_raw_path(kwargs["url"])
    else:
        path, raw_query = encode_path(kwargs["url"], kwargs.get("path_params")), ""
    params = kwargs.get("params")
    query = encode_query(params)
    if raw_query:
        query = f"{raw_query}&{query}" if query else raw_query
    target = len(path) + len(query) + 1 + (80 if operation.signed_query else 0)  # room for timestamp and sign
    if target > MAX_URL_LENGTH:
        longest = max(params or {"path": path}, key=lambda name: len(str((params or {}).get(name, path))))
        argument = _argument(longest) if params else "path"
        raise InvalidArgumentError(
            f"the request target would be {target} characters, over the {MAX_URL_LENGTH} a URL may safely carry; "
            f"the longest value is argument {argument!r}: send fewer or shorter query values",
            argument=argument,
        )
    body: bytes | None = None
    if "body" in kwargs:
        body = encode_json_body(model_body(kwargs["body"]))
    elif kwargs.get("json") is not None:
        body = encode_json_body(kwargs["json"])
    if body is not None:
        headers["content-type"] = "application/json"
        headers["content-length"] = str(len(body))
    elif operation.method in ("POST", "PUT", "PATCH"):
        headers["content-length"] = "0"
    return UnsignedRequest(operation, path, query, body, headers)
