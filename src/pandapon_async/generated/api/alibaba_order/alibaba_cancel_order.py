# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_order_cancel_request import AlibabaOrderCancelRequest
from ...models.alibaba_order_cancel_response import AlibabaOrderCancelResponse
from ...types import Response

OPERATION = OPERATIONS["alibaba_cancel_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderCancelRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/cancel",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(body: Any) -> AlibabaOrderCancelResponse:
    response_200 = AlibabaOrderCancelResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlibabaOrderCancelRequest,
) -> Response[AlibabaOrderCancelResponse]:
    """Cancel the order before payment

     支付前取消订单

    Cancels an unpaid 1688 order. `webSite` (`1688`), `orderId` and `cancelReason` (free text) are
    required. 1688 order ids exceed 2^53: pass them as Python ints or as strings of digits. `data` is
    `true` when the order was cancelled.

    Sends `POST /alibaba/order/cancel`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderCancelRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderCancelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    result, body = await client._call_operation(OPERATION, kwargs)

    return Response(
        status_code=HTTPStatus(result.status_code),
        content=result.content,
        headers=result.headers,
        parsed=_parse_body(body),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlibabaOrderCancelRequest,
) -> AlibabaOrderCancelResponse:
    """Cancel the order before payment

     支付前取消订单

    Cancels an unpaid 1688 order. `webSite` (`1688`), `orderId` and `cancelReason` (free text) are
    required. 1688 order ids exceed 2^53: pass them as Python ints or as strings of digits. `data` is
    `true` when the order was cancelled.

    Sends `POST /alibaba/order/cancel`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderCancelRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderCancelResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
