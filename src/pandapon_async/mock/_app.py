"""The Starlette application: route from the spec, authenticate, validate, answer in the envelope."""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .._signing import Signer, SigningInput, md5_signer
from .._spec import Parameter, SpecOperation, build_operations, load_spec
from ._errors import MockError, MockErrorCode
from ._scenario import HANDLERS, KEEP_EXAMPLE, Call
from ._state import MockState
from ._validation import SchemaChecker

logger = logging.getLogger("pandapon_async.mock")

DEMO_ACCESS_KEY = "mock-demo-access-key-not-real-0001"
DEMO_ACCESS_SECRET = "mock-demo-secret-not-real-0001"
DEMO_USER_ID = "mock-demo-user-0001"
MAX_CLOCK_SKEW = 600.0
SYSTEM_HEADERS = ("access-key", "timestamp", "nonce-str", "user-id", "signature")
ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]


def _request_id() -> str:
    return uuid.uuid4().hex


def error_envelope(code: MockErrorCode, msg: str) -> dict[str, Any]:
    return {"requestId": _request_id(), "code": int(code), "developId": None, "msg": msg, "data": None}


class _Router:
    """Exact paths first, then ``{param}`` templates; 404 for an unknown path, 405 for a known path's other method."""

    def __init__(self, operations: list[SpecOperation]) -> None:
        self._exact: dict[str, dict[str, SpecOperation]] = {}
        self._templates: list[SpecOperation] = []
        for op in operations:
            if op.is_template:
                self._templates.append(op)
            else:
                self._exact.setdefault(op.path, {})[op.method] = op

    def match(self, method: str, path: str) -> tuple[SpecOperation, dict[str, str]]:
        candidates: dict[str, tuple[SpecOperation, dict[str, str]]] = {
            m: (op, {}) for m, op in self._exact.get(path, {}).items()
        }
        if not candidates:
            for op in self._templates:
                found = op.pattern.match(path)
                if found:
                    candidates.setdefault(op.method, (op, found.groupdict()))
        if method in candidates:
            return candidates[method]
        if candidates:
            allowed = ", ".join(sorted(candidates))
            raise MockError(
                MockErrorCode.METHOD_NOT_ALLOWED, f"method {method} not allowed on {path}: the spec has {allowed}"
            )
        raise MockError(
            MockErrorCode.NOT_FOUND,
            f"no operation at {method} {path} in the spec (endpoints listed as pending have no public path)",
        )


class _NonceCache:
    """Nonces seen within the timestamp window; older ones are forgotten (their timestamps are stale anyway)."""

    def __init__(self, window: float) -> None:
        self._window = window
        self._seen: dict[str, float] = {}
        self._next_prune = 0.0

    def check_and_add(self, nonce: str, now: float) -> bool:
        """True when ``nonce`` is fresh (and remember it); False when it was already used."""
        if now >= self._next_prune:
            horizon = now - 2 * self._window
            self._seen = {n: t for n, t in self._seen.items() if t >= horizon}
            self._next_prune = now + 60
        if nonce in self._seen:
            return False
        self._seen[nonce] = now
        return True

    def clear(self) -> None:
        self._seen.clear()


@dataclass
class MockService:
    """Everything one mock app holds. The secret lives only here and is never logged or echoed."""

    access_key: str
    access_secret: str = field(repr=False)
    signer: Signer
    state: MockState
    spec: dict[str, Any] = field(repr=False)
    max_clock_skew: float = MAX_CLOCK_SKEW
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        self.operations = build_operations(self.spec)
        self.router = _Router(self.operations)
        self.checker = SchemaChecker(self.spec)
        self.nonces = _NonceCache(self.max_clock_skew)

    # -- one request ----------------------------------------------------------------------------------

    async def handle(self, request: Request) -> JSONResponse:
        method, path = request.method, request.url.path
        operation: SpecOperation | None = None
        try:
            operation, path_params = self.router.match(method, path)
            raw_body = await request.body()
            self.authenticate(request, operation, raw_body)
            query = self._check_query(operation, request)
            path_values = self._check_path(operation, path_params)
            body = self._check_body(operation, raw_body)
            envelope = self._answer(operation, body, query, path_values)
        except MockError as error:
            envelope = error_envelope(error.code, error.msg)
        except Exception as exc:  # a bug in the mock: say so in the envelope, keep serving
            logger.exception("mock internal error on %s %s", method, path)
            envelope = error_envelope(MockErrorCode.INTERNAL_ERROR, f"mock internal error: {type(exc).__name__}")
        logger.info(
            "%s %s -> code %s%s",
            method,
            path,
            envelope.get("code"),
            f" ({operation.name})" if operation is not None else "",
        )
        return JSONResponse(envelope)

    def authenticate(self, request: Request, operation: SpecOperation, raw_body: bytes) -> None:
        headers = request.headers
        missing = [name for name in SYSTEM_HEADERS if not headers.get(name)]
        if missing:
            raise MockError(
                MockErrorCode.AUTHENTICATION_FAILED,
                f"missing system header{'s' if len(missing) > 1 else ''}: " + ", ".join(missing),
            )
        access_key = headers["access-key"]
        if not hmac.compare_digest(access_key.encode(), self.access_key.encode()):
            raise MockError(MockErrorCode.AUTHENTICATION_FAILED, "unknown access-key (not the key this mock accepts)")
        timestamp = headers["timestamp"]
        if not re.fullmatch(r"\d{13}", timestamp):
            raise MockError(
                MockErrorCode.AUTHENTICATION_FAILED,
                f"timestamp must be epoch milliseconds (13 digits), got {timestamp[:20]!r}",
            )
        now = self.clock()
        skew = abs(now - int(timestamp) / 1000)
        if skew > self.max_clock_skew:
            raise MockError(
                MockErrorCode.STALE_TIMESTAMP,
                f"timestamp is {skew:.0f} s away from the server clock (allowed: {self.max_clock_skew:.0f} s)",
            )
        nonce = headers["nonce-str"]
        if len(nonce) != 32:
            raise MockError(MockErrorCode.AUTHENTICATION_FAILED, f"nonce-str must be 32 characters, got {len(nonce)}")
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        signed_query = set(operation.signed_query)
        unsigned_query = "&".join(
            part for part in raw_query.split("&") if part and unquote_plus(part.split("=", 1)[0]) not in signed_query
        )
        expected = self.signer(
            SigningInput(
                access_key=access_key,
                timestamp=timestamp,
                nonce_str=nonce,
                user_id=headers["user-id"],
                method=request.method,
                path=request.url.path,
                query=unsigned_query,
                body=raw_body,
            ),
            self.access_secret,
        )
        signature = headers["signature"]
        if not hmac.compare_digest(signature.upper().encode(), expected.upper().encode()):
            raise MockError(
                MockErrorCode.AUTHENTICATION_FAILED,
                "signature does not match (signed: access-key, nonce-str, timestamp with the access secret)",
            )
        if operation.signed_query:
            values = dict(parse_qsl(raw_query, keep_blank_values=True))
            ts_name, sign_name = operation.signed_query[0], operation.signed_query[-1]
            if values.get(ts_name) != timestamp or not hmac.compare_digest(
                values.get(sign_name, "").upper().encode(), signature.upper().encode()
            ):
                raise MockError(
                    MockErrorCode.AUTHENTICATION_FAILED,
                    f"warehouse operations also need the query parameters {ts_name} and {sign_name}, "
                    "equal to the timestamp and signature headers",
                )
        if not self.nonces.check_and_add(nonce, now):
            raise MockError(
                MockErrorCode.NONCE_REUSED, "nonce-str was already used: send a fresh one with every request"
            )

    def _coerce(self, value: str, schema: dict[str, Any]) -> Any:
        kinds = schema.get("type")
        types = [kinds] if isinstance(kinds, str) else list(kinds or [])
        if "integer" in types and re.fullmatch(r"-?\d+", value):
            return int(value)
        if "number" in types and re.fullmatch(r"-?\d+(\.\d+)?", value):
            return float(value)
        if "boolean" in types and value in ("true", "false"):
            return value == "true"
        return value

    def _check_parameter(self, parameter: Parameter, raw: str) -> Any:
        value = self._coerce(raw, parameter.schema)
        problems = self.checker.problems(parameter.schema_pointer, value, root=parameter.name)
        if problems:
            raise MockError(
                MockErrorCode.INVALID_REQUEST, f"invalid {parameter.location} parameter {parameter.name}: {problems[0]}"
            )
        return value

    def _check_query(self, operation: SpecOperation, request: Request) -> dict[str, Any]:
        values: dict[str, Any] = {}
        supplied = request.query_params
        for parameter in operation.parameters:
            if parameter.location != "query":
                continue
            if parameter.name not in supplied:
                if parameter.required:
                    raise MockError(MockErrorCode.INVALID_REQUEST, f"missing required query parameter {parameter.name}")
                continue
            values[parameter.name] = self._check_parameter(parameter, supplied[parameter.name])
        return values

    def _check_path(self, operation: SpecOperation, path_params: dict[str, str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for parameter in operation.parameters:
            if parameter.location == "path":
                group = re.sub(r"[^0-9A-Za-z_]", "_", parameter.name)
                values[parameter.name] = self._check_parameter(parameter, path_params.get(group, ""))
        return values

    def _check_body(self, operation: SpecOperation, raw_body: bytes) -> Any:
        if operation.body_pointer is None:
            return None
        if not raw_body.strip():
            if operation.body_required:
                raise MockError(MockErrorCode.INVALID_REQUEST, "request body is required (a JSON document)")
            return None
        try:
            body = json.loads(raw_body)
        except ValueError as exc:
            raise MockError(MockErrorCode.INVALID_REQUEST, f"request body is not valid JSON: {exc}") from None
        problems = self.checker.problems(operation.body_pointer, body, root="body")
        problems += [
            p.replace("$", "body", 1) for p in self.checker.json_encoded_problems(operation.body_pointer, body)
        ]
        if problems:
            raise MockError(MockErrorCode.INVALID_REQUEST, "invalid request body: " + "; ".join(problems))
        return body

    def _answer(
        self, operation: SpecOperation, body: Any, query: dict[str, Any], path_values: dict[str, Any]
    ) -> dict[str, Any]:
        example = operation.example_response()
        example.pop("requestId", None)
        envelope = {"requestId": _request_id(), **example}
        handler = HANDLERS.get(operation.operation_id)
        if handler is not None:
            data = handler(
                Call(operation.operation_id, body, query, {k: str(v) for k, v in path_values.items()}, self.state)
            )
            if data is not KEEP_EXAMPLE:
                envelope["data"] = data
        return envelope

    # -- mock administration (not part of the platform) ---------------------------------------------------

    async def state_endpoint(self, request: Request) -> JSONResponse:
        return JSONResponse(self.state.snapshot())

    async def reset_endpoint(self, request: Request) -> JSONResponse:
        self.state.reset()
        self.nonces.clear()
        return JSONResponse({"reset": True})


def create_mock_app(
    *,
    access_key: str = DEMO_ACCESS_KEY,
    access_secret: str = DEMO_ACCESS_SECRET,
    signer: Signer = md5_signer,
    state: MockState | None = None,
    spec: dict[str, Any] | None = None,
    max_clock_skew: float = MAX_CLOCK_SKEW,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """The mock PandaPon server as an ASGI app (serve it with uvicorn, or pass it to ``httpx.ASGITransport``).

    It accepts one access key and secret (the obviously fake demo pair by default), checks signatures with
    ``signer`` (the client's default recipe unless replaced), and keeps its cart and orders in ``state``.
    ``spec`` replaces the packaged spec (a dict loaded from ``openapi/pandapon.yaml``, for example).
    """
    service = MockService(
        access_key=access_key,
        access_secret=access_secret,
        signer=signer,
        state=state if state is not None else MockState(),
        spec=spec if spec is not None else load_spec(),
        max_clock_skew=max_clock_skew,
        clock=clock,
    )
    app = Starlette(
        routes=[
            Route("/_mock/state", service.state_endpoint, methods=["GET"]),
            Route("/_mock/reset", service.reset_endpoint, methods=["POST"]),
            Route("/{path:path}", service.handle, methods=ALL_METHODS),
        ]
    )
    app.state.pandapon_mock = service
    return app


def mock_service(app: Starlette) -> MockService:
    """The ``MockService`` behind an app made by ``create_mock_app`` (its ``state``, ``operations``...)."""
    service: MockService = app.state.pandapon_mock
    return service
