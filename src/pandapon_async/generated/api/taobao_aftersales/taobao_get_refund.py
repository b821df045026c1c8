# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_query_response import TaobaoRefundQueryResponse
from ...types import UNSET, Response, http_status, require_argument

OPERATION = OPERATIONS["taobao_get_refund"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    refund_id: str,
) -> dict[str, Any]:

    require_argument("refund_id", refund_id)
    params: dict[str, Any] = {}

    params["refundId"] = refund_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/order/refund/query",
        "params": params,
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoRefundQueryResponse:
    response_200 = TaobaoRefundQueryResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    refund_id: str,
) -> Response[TaobaoRefundQueryResponse]:
    """Reverse single query

     逆向单查询

    Returns one Taobao reverse order (refund/return) by its id: the reverse order itself, its return
    logistics and the purchase-order line it refers to. Money amounts (`refundFee`, `totalPrice`,
    `productFee`, `postFee`) are integers in an unstated unit; timestamps are epoch milliseconds
    (`createTime` a number, `timeoutDate` a string). `refundStatus` arrives as a string or an integer.

    Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        refund_id (str): 逆向单id: the id of the Taobao reverse order to return.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoRefundQueryResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    result, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return Response(
        status_code=http_status(result.status_code),
        content=result.content,
        headers=result.headers,
        parsed=_parse_body(envelope),
    )


async def asyncio(
    *,
    client: PandaPonClient,
    refund_id: str,
) -> TaobaoRefundQueryResponse:
    """Reverse single query

     逆向单查询

    Returns one Taobao reverse order (refund/return) by its id: the reverse order itself, its return
    logistics and the purchase-order line it refers to. Money amounts (`refundFee`, `totalPrice`,
    `productFee`, `postFee`) are integers in an unstated unit; timestamps are epoch milliseconds
    (`createTime` a number, `timeoutDate` a string). `refundStatus` arrives as a string or an integer.

    Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        refund_id (str): 逆向单id: the id of the Taobao reverse order to return.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoRefundQueryResponse
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
