# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_cancel_request import AlibabaOrderCancelRequest
from ...models.alibaba_order_cancel_response import AlibabaOrderCancelResponse
from ...types import Response, http_status

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


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderCancelResponse:
    response_200 = AlibabaOrderCancelResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
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

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
