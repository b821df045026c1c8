# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_order_detail_request import AlibabaOrderDetailRequest
from ...models.alibaba_order_detail_response import AlibabaOrderDetailResponse
from ...types import Response

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


def _parse_body(body: Any) -> AlibabaOrderDetailResponse:
    response_200 = AlibabaOrderDetailResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
