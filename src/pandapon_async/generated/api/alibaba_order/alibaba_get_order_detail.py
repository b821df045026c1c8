# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_detail_request import AlibabaOrderDetailRequest
from ...models.alibaba_order_detail_response import AlibabaOrderDetailResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_get_order_detail"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderDetailRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/detail",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderDetailResponse:
    response_200 = AlibabaOrderDetailResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderDetailRequest,
) -> Response[AlibabaOrderDetailResponse]:
    """Get order details

     Returns the details of one 1688 order. `orderId` is a string here. The order's fields are not
    declared: they arrive in `additional_properties`.

    Sends `POST /alibaba/order/detail`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderDetailRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderDetailResponse]
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
    body: AlibabaOrderDetailRequest,
) -> AlibabaOrderDetailResponse:
    """Get order details

     Returns the details of one 1688 order. `orderId` is a string here. The order's fields are not
    declared: they arrive in `additional_properties`.

    Sends `POST /alibaba/order/detail`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderDetailRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderDetailResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
