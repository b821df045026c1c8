# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_batch_create_request import AlibabaOrderBatchCreateRequest
from ...models.alibaba_order_batch_create_response import AlibabaOrderBatchCreateResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_batch_create_orders"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderBatchCreateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/batch/create",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderBatchCreateResponse:
    response_200 = AlibabaOrderBatchCreateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderBatchCreateRequest,
) -> Response[AlibabaOrderBatchCreateResponse]:
    """Create orders (different merchants)

     创建订单(不同商家)

    Creates 1688 orders for goods from several merchants in one call. Every cargo line needs `quantity`;
    send `flow` (e.g. `general`). A cargo line names its goods by the integer `offerId` or by the
    encrypted string `offerMapId`. `data` is the list of created 1688 orders.

    Sends `POST /alibaba/order/batch/create`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderBatchCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderBatchCreateResponse]
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
    body: AlibabaOrderBatchCreateRequest,
) -> AlibabaOrderBatchCreateResponse:
    """Create orders (different merchants)

     创建订单(不同商家)

    Creates 1688 orders for goods from several merchants in one call. Every cargo line needs `quantity`;
    send `flow` (e.g. `general`). A cargo line names its goods by the integer `offerId` or by the
    encrypted string `offerMapId`. `data` is the list of created 1688 orders.

    Sends `POST /alibaba/order/batch/create`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderBatchCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderBatchCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
