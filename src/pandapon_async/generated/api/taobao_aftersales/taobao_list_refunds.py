# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_list_request import TaobaoRefundListRequest
from ...models.taobao_refund_list_response import TaobaoRefundListResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_list_refunds"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoRefundListRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/order/refund/queryList",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoRefundListResponse:
    response_200 = TaobaoRefundListResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoRefundListRequest,
) -> Response[TaobaoRefundListResponse]:
    """Reverse single list query

     逆向单列表查询

    Lists Taobao reverse (refund/return) orders matching the given filters, one page of results at a
    time (`pageNo`, `pageSize`). The values of `refundStatus` and the unit of
    `refundStartTime`/`refundEndTime` are not stated. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoRefundListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: TaobaoRefundListRequest,
) -> TaobaoRefundListResponse:
    """Reverse single list query

     逆向单列表查询

    Lists Taobao reverse (refund/return) orders matching the given filters, one page of results at a
    time (`pageNo`, `pageSize`). The values of `refundStatus` and the unit of
    `refundStartTime`/`refundEndTime` are not stated. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoRefundListResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
