"""The Starlette application: route from the spec, authenticate, validate, answer in the envelope."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .._signing import Signer, SigningInput, md5_signer
from .._spec import Parameter, SpecOperation, build_operations, load_spec
from ._errors import MockError, MockErrorCode
from ._faults import DEFAULT_FAULT_MSG, DroppedConnection, Fault, FaultPlan
from ._scenario import HANDLERS, KEEP_EXAMPLE, Call
from ._state import PLATFORMS, MockState, ReceivedRequest
from ._validation import MAX_BODY_DEPTH, SchemaChecker, json_depth

logger = logging.getLogger("pandapon_async.mock")

DEMO_ACCESS_KEY = "mock-demo-access-key-not-real-0001"
DEMO_ACCESS_SECRET = "mock-demo-secret-not-real-0001"
DEMO_USER_ID = "mock-demo-user-0001"
MAX_CLOCK_SKEW = 600.0
SYSTEM_HEADERS = ("access-key", "timestamp", "nonce-str", "user-id", "signature")


def _request_id() -> str:
    return uuid.uuid4().hex


def error_envelope(code: int, msg: str) -> dict[str, Any]:
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
        self.faults = FaultPlan(self.operations)
        self.generation = 0  # counts resets: a request that waited across one belongs to a finished test

    # -- one request ----------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Every method on every path answers the JSON envelope (mock administration under ``/_mock/``)."""
        request = Request(scope, receive)
        response: JSONResponse | None
        if request.url.path.startswith("/_mock/"):
            response = await self.admin(request)
        else:
            response = await self.handle(request, send)
        if response is not None:
            await response(scope, receive, send)

    async def handle(self, request: Request, send: Send | None = None) -> JSONResponse | None:
        """Answer one platform request; None when an injected fault dropped the connection instead."""
        method, path = request.method, request.url.path
        operation: SpecOperation | None = None
        body: Any = None
        query: dict[str, Any] = {}
        fault: Fault | None = None
        status = 200
        headers: dict[str, str] = {}
        generation = self.generation
        try:
            operation, path_params = self.router.match(method, path)
            raw_body = await request.body()
            body = self._loggable_body(raw_body)
            self.authenticate(request, operation, raw_body)
            fault = self.faults.take(operation.name)
            faulted = await self._apply_fault(fault, send) if fault is not None else None
            if faulted is not None:
                envelope, status, headers = faulted
            else:
                query = self._check_query(operation, request)
                path_values = self._check_path(operation, path_params)
                body = self._check_body(operation, raw_body)
                envelope = self._answer(operation, body, query, path_values)
        except MockError as error:
            envelope = error_envelope(error.code, error.msg)
        except DroppedConnection:
            if generation == self.generation:
                self._record(request, operation, body, 0, None, fault)
            logger.info("%s %s -> dropped (injected fault)", method, path)
            raise
        except Exception as exc:  # a bug in the mock: say so in the envelope, keep serving
            logger.exception("mock internal error on %s %s", method, path)
            envelope = error_envelope(MockErrorCode.INTERNAL_ERROR, f"mock internal error: {type(exc).__name__}")
        if generation == self.generation:  # not into the log of the test that reset the mock since
            self._record(request, operation, body, status, envelope.get("code"), fault)
        logger.info(
            "%s %s -> %scode %s%s",
            method,
            path,
            f"HTTP {status} " if status != 200 else "",
            envelope.get("code"),
            f" ({operation.name})" if operation is not None else "",
        )
        return JSONResponse(envelope, status_code=status, headers=headers)

    async def _apply_fault(self, fault: Fault, send: Send | None) -> tuple[dict[str, Any], int, dict[str, str]] | None:
        """The answer an injected fault gives (envelope, HTTP status, headers); None for a delay alone."""
        if fault.delay:
            generation = self.generation
            await asyncio.sleep(fault.delay)
            if generation != self.generation:
                raise MockError(
                    MockErrorCode.INTERNAL_ERROR,
                    "the mock was reset while this request waited out an injected delay: nothing was done",
                )
        if fault.drop:
            if send is not None:  # half an answer, then the connection goes: what a crashing server does
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"requestId":', "more_body": True})
            raise DroppedConnection(f"injected fault on {fault.operation}")
        msg = fault.msg if fault.msg is not None else DEFAULT_FAULT_MSG
        if fault.status is not None:
            code = fault.code if fault.code is not None else fault.status
            return error_envelope(code, msg), fault.status, dict(fault.headers)
        if fault.code is not None:
            return error_envelope(fault.code, msg), 200, dict(fault.headers)
        return None

    def _loggable_body(self, raw_body: bytes) -> Any:
        if not raw_body.strip() or json_depth(raw_body) > MAX_BODY_DEPTH:
            return None
        try:
            return json.loads(raw_body)
        except (ValueError, RecursionError):
            return None

    def _record(
        self,
        request: Request,
        operation: SpecOperation | None,
        body: Any,
        status: int,
        code: Any,
        fault: Fault | None,
    ) -> None:
        signed = set(operation.signed_query) if operation is not None else set()
        self.state.requests.append(
            ReceivedRequest(
                method=request.method,
                path=request.url.path,
                operation=operation.name if operation is not None else None,
                query={k: v for k, v in request.query_params.items() if k not in signed},
                body=body,
                status=status,
                code=code if isinstance(code, int) else None,
                fault=fault.describe() if fault is not None else None,
            )
        )

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
        depth = json_depth(raw_body)
        if depth > MAX_BODY_DEPTH:
            raise MockError(
                MockErrorCode.INVALID_REQUEST,
                f"invalid request body: arrays and objects nest {depth} levels deep (the mock accepts at most "
                f"{MAX_BODY_DEPTH})",
            )
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

    def reset(self) -> None:
        """Empty the state (carts, orders, refunds, request log), the injected faults and the seen nonces. A request
        still waiting out an injected delay is then answered with an error and changes nothing."""
        from ._paging import forget_catalogue

        self.generation += 1
        self.state.reset()
        forget_catalogue(self.state)
        self.faults.clear()
        self.nonces.clear()

    async def admin(self, request: Request) -> JSONResponse:
        """``GET /_mock/state``, ``POST /_mock/reset``, ``POST /_mock/cart`` (seed a cart entry); every other
        method or path under ``/_mock/`` is an error envelope."""
        route = (request.method, request.url.path)
        try:
            if route == ("GET", "/_mock/state"):
                return JSONResponse(self.state.snapshot())
            if route == ("POST", "/_mock/reset"):
                self.reset()
                return JSONResponse({"reset": True})
            if route == ("POST", "/_mock/cart"):
                return JSONResponse(self._seed_cart(await request.body()))
            if request.url.path in ("/_mock/state", "/_mock/reset", "/_mock/cart"):
                allowed = "GET" if request.url.path == "/_mock/state" else "POST"
                raise MockError(
                    MockErrorCode.METHOD_NOT_ALLOWED,
                    f"method {request.method} not allowed on {request.url.path}: the mock has {allowed}",
                )
            raise MockError(
                MockErrorCode.NOT_FOUND,
                f"no mock administration route {request.url.path} (there are GET /_mock/state, POST /_mock/reset "
                "and POST /_mock/cart)",
            )
        except MockError as error:
            return JSONResponse(error_envelope(error.code, error.msg))

    def _seed_cart(self, raw_body: bytes) -> dict[str, Any]:
        """Add an entry to a cart the way the PandaPon website does (1688's add-to-cart path is not public).

        The body: ``platform`` ("1688" by default or "taobao"), ``title``, ``quantity``, ``price``, ``itemId``,
        ``skuId``, ``shopId``, ``shopName``, ``picture``. Answers an envelope whose ``data`` is the entry.
        """
        try:
            fields = json.loads(raw_body) if raw_body.strip() and json_depth(raw_body) <= MAX_BODY_DEPTH else {}
        except ValueError:
            fields = None
        if not isinstance(fields, dict):
            raise MockError(MockErrorCode.INVALID_REQUEST, "POST /_mock/cart needs a JSON object body")
        platform = str(fields.get("platform") or "1688")
        if platform not in PLATFORMS:
            raise MockError(MockErrorCode.INVALID_REQUEST, f"platform must be one of {', '.join(PLATFORMS)}")
        quantity, price = fields.get("quantity", 1), fields.get("price")
        if not isinstance(quantity, int) or quantity < 1 or not (price is None or isinstance(price, int | float)):
            raise MockError(MockErrorCode.INVALID_REQUEST, "quantity must be a whole number >= 1 and price a number")
        entry = self.state.add_to_cart(
            platform=platform,
            title=str(fields.get("title") or ""),
            quantity=quantity,
            price=price,
            item_id=fields.get("itemId"),
            sku_id=None if fields.get("skuId") is None else str(fields["skuId"]),
            picture=fields.get("picture"),
            shop_id=str(fields.get("shopId") or ""),
            shop_name=str(fields.get("shopName") or ""),
        )
        return {"requestId": _request_id(), "code": 200, "developId": None, "msg": "成功", "data": asdict(entry)}


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
    # One route for every method and path (an ASGI endpoint, so Starlette never answers a plain-text 405 itself).
    app = Starlette(routes=[Route("/{path:path}", service)])
    app.state.pandapon_mock = service
    return app


def mock_service(app: Starlette) -> MockService:
    """The ``MockService`` behind an app made by ``create_mock_app`` (its ``state``, ``operations``...)."""
    service: MockService = app.state.pandapon_mock
    return service
