# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_preview_batch_request import AlibabaOrderPreviewBatchRequest
from ...models.alibaba_order_preview_batch_response import AlibabaOrderPreviewBatchResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_batch_preview_orders"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderPreviewBatchRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/create/previewbatch",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderPreviewBatchResponse:
    response_200 = AlibabaOrderPreviewBatchResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderPreviewBatchRequest,
) -> Response[AlibabaOrderPreviewBatchResponse]:
    """Preview data before creating an order (batch different merchants)

     创建订单前预览数据(批量不同商家)

    Previews an order whose goods come from several 1688 merchants (each cargo line names its
    `sellerOpenId`), before calling the batch create. Every cargo line needs `quantity`. The shape of
    `data` is not documented: it is returned as any JSON (the single-merchant preview returns an object
    with `orderPreviewResuslt`).

    Sends `POST /alibaba/order/create/previewbatch`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderPreviewBatchRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderPreviewBatchResponse]
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
    body: AlibabaOrderPreviewBatchRequest,
) -> AlibabaOrderPreviewBatchResponse:
    """Preview data before creating an order (batch different merchants)

     创建订单前预览数据(批量不同商家)

    Previews an order whose goods come from several 1688 merchants (each cargo line names its
    `sellerOpenId`), before calling the batch create. Every cargo line needs `quantity`. The shape of
    `data` is not documented: it is returned as any JSON (the single-merchant preview returns an object
    with `orderPreviewResuslt`).

    Sends `POST /alibaba/order/create/previewbatch`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderPreviewBatchRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderPreviewBatchResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
