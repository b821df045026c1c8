"""One error hierarchy for everything the client raises.

    PandaPonError
    ├── ConfigurationError              bad or missing credentials / settings
    ├── InvalidArgumentError            an argument that cannot be sent as given (refused before sending)
    ├── ClientStateError                a closed client, or one used from another event loop
    ├── InvalidSignatureError           a pushed message whose signature does not verify
    ├── MessageFormatError              a pushed message that is not the documented envelope
    └── APIError                        a call that did not succeed (carries operation, request id, attempts)
        ├── APIConnectionError          the request never got an answer
        │   └── APITimeoutError
        ├── APIStatusError              a non-2xx HTTP status (status_code, body_excerpt)
        │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
        │   ├── RequestTimeoutError 408, ConflictError 409, RateLimitError 429, InternalServerError 5xx
        ├── APIResponseValidationError  a 2xx body that is not JSON or not the envelope
        └── PandaPonAPIError            the envelope's ``code`` is not a success code (200 or 0)

Messages never contain the Access Secret or a signature: they are built only from the operation,
the HTTP status, the envelope's code/msg/requestId and a short excerpt of the response body.
"""

from __future__ import annotations

from typing import Any

BODY_EXCERPT_CHARS = 200


def excerpt(body: bytes | str | None, limit: int = BODY_EXCERPT_CHARS) -> str:
    """A short, single-line excerpt of a response body for messages."""
    if body is None:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class PandaPonError(Exception):
    """Base class of every error this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not survive the default pickling; rebuild from state instead.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(PandaPonError, ValueError):
    """Missing or invalid client configuration (credentials, URLs, options)."""


class InvalidArgumentError(PandaPonError, ValueError):
    """An argument of a call that cannot be sent as given; nothing was sent. ``argument`` names it."""

    def __init__(self, message: str, *, argument: str) -> None:
        self.argument = argument
        super().__init__(message)


class ClientStateError(PandaPonError, RuntimeError):
    """The client cannot send now: it was closed, or it is bound to another event loop."""


class InvalidSignatureError(PandaPonError):
    """A pushed message's ``Authorization`` signature is missing or does not match."""


class MessageFormatError(PandaPonError, ValueError):
    """A pushed message body is not the documented JSON envelope."""


class APIError(PandaPonError):
    """A call that did not succeed."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        request_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 1,
        retry_note: str | None = None,
    ) -> None:
        self.operation = operation
        self.request_id = request_id
        self.method = method
        self.path = path
        self.attempts = attempts
        self.retry_note = retry_note
        self.detail = message
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.operation}: {self.detail} (request id: {self.request_id or 'none'})"
        if self.attempts > 1:
            text += f" after {self.attempts} attempts"
        if self.retry_note:
            text += f"; {self.retry_note}"
        return text


class APIConnectionError(APIError):
    """The request could not be completed: connection refused/reset, DNS, TLS, protocol errors."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class _HTTPAnswerError(APIError):
    """An answer arrived but is not usable: keeps its HTTP status and a short excerpt of its body."""

    def __init__(self, message: str, *, status_code: int, body_excerpt: str = "", **kwargs: Any) -> None:
        self.status_code = status_code
        self.body_excerpt = body_excerpt
        super().__init__(message, **kwargs)


class APIStatusError(_HTTPAnswerError):
    """The server answered a non-2xx HTTP status."""


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the access key, timestamp or signature was rejected."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class RequestTimeoutError(APIStatusError):
    """HTTP 408."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class APIResponseValidationError(_HTTPAnswerError):
    """A 2xx answer whose body is not JSON or not the PandaPon envelope (e.g. an HTML gateway page)."""


class PandaPonAPIError(APIError):
    """The envelope's ``code`` is not a success code: a business failure (usually with HTTP 200)."""

    def __init__(self, message: str, *, code: Any, msg: str | None, status_code: int, **kwargs: Any) -> None:
        self.code = code
        self.msg = msg
        self.status_code = status_code
        super().__init__(message, **kwargs)


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific APIStatusError subclass for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
