"""An embedded mock PandaPon server, built at runtime from the spec (``pip install "pandapon-async[mock]"``).

Nobody can call the real API without a PandaPon account, so this stand-in serves every operation of the spec
(the packaged JSON copy of ``openapi/pandapon.yaml``) for offline development and tests::

    from pandapon_async.mock import mock_client
    async with mock_client() as client:           # in-process, demo credentials
        cart = await alibaba_list_cart.asyncio(client=client)

    python -m pandapon_async.mock --port 8000     # on loopback; prints the PANDAPON_* exports to use

What it checks, in order, for every request:

1. **Route** — the method and path of an operation of the spec (``{param}`` templates included).
2. **Authentication** — the five system headers (``access-key``, ``timestamp``, ``nonce-str``, ``user-id``,
   ``signature``); the access key it was configured with; ``timestamp`` as 13-digit epoch milliseconds within
   600 s of its clock; ``nonce-str`` of 32 characters, never reused within the window; the signature computed
   with the same recipe as the client (``md5_signer`` by default, replaceable by ``signer=``) and the
   configured secret. Warehouse operations also need the ``timestamp`` and ``sign`` query parameters.
3. **Validation** — query and path parameters and the JSON body against the spec's schemas (JSON Schema
   2020-12, ``$ref`` resolved over the whole spec), and fields sent as JSON inside a string
   (``x-pandapon-json-encoded``) must hold valid JSON.
4. **Answer** — the operation's 200 example (first of its ``examples``) with a fresh ``requestId``; the cart and
   order operations answer from the in-memory state instead (below).

Errors are envelopes like the platform's business errors — **HTTP 200**, ``data: null``, a non-success ``code``
and a ``msg`` naming the problem (the platform's own error-code table is not public; these codes are the mock's):

    ====  ===================================================================================================
    code  meaning
    ====  ===================================================================================================
    400   invalid request: a query/path/body value breaks the spec's schema, the body is not JSON, or a
          JSON-in-string field does not parse
    401   authentication failed: a system header missing or malformed, unknown access key, signature mismatch,
          or (warehouse) missing/mismatched ``timestamp``/``sign`` query parameters
    404   no operation of the spec at this path (pending endpoints have no public path)
    405   the path exists with another method
    408   stale timestamp: more than 600 s away from the mock's clock
    409   reused nonce-str
    422   business rule: unknown cart entry or order, or an order whose status forbids the call
    500   a bug in the mock
    ====  ===================================================================================================

The client raises ``PandaPonAPIError`` for all of them (``error.code``, ``error.msg``). The mock never logs or
echoes the secret, headers, query strings or bodies: one line per request (method, path, code).

**State** (``MockState``): one cart per platform, as on the platform, one order book, the refunds, and the log
of the requests received (``state.requests``, each with its operation name). Taobao ``cart/add`` adds an entry
to the Taobao cart (the same item and sku again raise its quantity), which Taobao ``cart/create/order`` orders
from; 1688 ``cart/list`` lists the 1688 cart grouped by shop; 1688 ``cart/edit-quantity`` sets a quantity (0
removes); 1688 ``cart/preview/order`` previews entries; 1688 ``cart/create/order`` orders from the 1688 cart
(an id from the Taobao cart is a 422 naming the other cart). 1688's add-to-cart path is not public: seed the
1688 cart with ``state.add_to_cart(...)`` or ``POST /_mock/cart``. Ordering turns entries into an unpaid order
(status ``waitbuyerpay``) and removes them from the cart;
1688 ``order/create``, ``order/batch/create`` (one order per seller) and Taobao ``order`` create orders from
their goods lines; 1688 ``order/page`` lists orders newest first; 1688 ``order/detail`` shows one; 1688
``order/cancel`` sets an unpaid order to ``cancel`` (cancelling again is a 422); 1688 ``refund/detail/create``
records a refund for a known order. Where the pages show no
``data`` for these operations the mock answers with its own documented shapes (``Order.created_result``,
``Order.detail``), which still validate against the spec. ``GET /_mock/state`` shows the state,
``POST /_mock/reset`` empties it and ``POST /_mock/cart`` seeds a cart entry (mock administration, not part of
the platform). Every method on every path answers the envelope, and a body nested deeper than
``MAX_BODY_DEPTH`` is a 400 naming the body.

**Faults**: ``mock_service(app).faults.add(Fault("alibaba_list_cart", times=2, status=503))`` makes the next
two calls of an operation answer a business error (``code``/``msg``), an HTTP status, a ``delay``, or drop the
connection (``drop=True``) — see ``pandapon_async.testing`` for the pytest fixture built on it.

**Pages**: the 1688 goods searches (keyword, image, store) page through a catalogue of 45 goods named after the
keyword, honouring ``beginPage`` and ``pageSize``; ``goods_catalogue(state)`` replaces the goods or makes the mock
repeat a page or leave out the totals, as a misbehaving server would.

``push_callback(url)`` pushes a signed order message to a receiver (``Authorization`` = HMAC-SHA256 of the
raw body with the Access Secret, uppercase hex).
"""

try:
    from .._spec import Coverage, SpecOperation, coverage, load_spec
    from ._app import (
        DEMO_ACCESS_KEY,
        DEMO_ACCESS_SECRET,
        DEMO_USER_ID,
        MAX_CLOCK_SKEW,
        MockService,
        create_mock_app,
        mock_service,
    )
    from ._callbacks import DEFAULT_MESSAGE_TYPE, callback_message, encode_message, push_callback
    from ._errors import MockError, MockErrorCode
    from ._faults import DroppedConnection, Fault, FaultPlan
    from ._paging import GoodsCatalogue, goods_catalogue
    from ._server import MOCK_BASE_URL, MockServer, MockTransport, mock_client, mock_transport, run_server
    from ._state import CartEntry, MockState, Order, OrderLine, ReceivedRequest, Refund
    from ._validation import MAX_BODY_DEPTH
except ModuleNotFoundError as _missing:
    if (_missing.name or "").startswith("pandapon_async"):
        raise
    # Named after this package, the ImportError is also how `python -m pandapon_async.mock` reports it: one line
    # naming the extra, no traceback.
    raise ImportError(
        f'pandapon_async.mock needs the mock extra (no module {_missing.name!r}): pip install "pandapon-async[mock]"',
        name=__name__,
    ) from None

__all__ = [
    "DEFAULT_MESSAGE_TYPE",
    "DEMO_ACCESS_KEY",
    "DEMO_ACCESS_SECRET",
    "DEMO_USER_ID",
    "MAX_BODY_DEPTH",
    "MAX_CLOCK_SKEW",
    "MOCK_BASE_URL",
    "CartEntry",
    "Coverage",
    "DroppedConnection",
    "Fault",
    "FaultPlan",
    "GoodsCatalogue",
    "MockError",
    "MockErrorCode",
    "MockServer",
    "MockService",
    "MockState",
    "MockTransport",
    "Order",
    "OrderLine",
    "ReceivedRequest",
    "Refund",
    "SpecOperation",
    "callback_message",
    "coverage",
    "create_mock_app",
    "encode_message",
    "goods_catalogue",
    "load_spec",
    "mock_client",
    "mock_service",
    "mock_transport",
    "push_callback",
    "run_server",
]
