# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_preview_request import AlibabaOrderPreviewRequest
from ...models.alibaba_order_preview_response import AlibabaOrderPreviewResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_preview_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderPreviewRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/create/preview",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderPreviewResponse:
    response_200 = AlibabaOrderPreviewResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderPreviewRequest,
) -> Response[AlibabaOrderPreviewResponse]:
    """Preview data before creating an order

     创建订单前预览数据

    Previews freight, discounts and trade modes of a 1688 order (offer/spec lines in `cargoParamList`,
    each with `quantity`) before creating it. `data.orderPreviewResuslt` (spelled so by the platform)
    holds one preview per order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
    `additional_properties`.

    Sends `POST /alibaba/order/create/preview`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderPreviewRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderPreviewResponse]
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
    body: AlibabaOrderPreviewRequest,
) -> AlibabaOrderPreviewResponse:
    """Preview data before creating an order

     创建订单前预览数据

    Previews freight, discounts and trade modes of a 1688 order (offer/spec lines in `cargoParamList`,
    each with `quantity`) before creating it. `data.orderPreviewResuslt` (spelled so by the platform)
    holds one preview per order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
    `additional_properties`.

    Sends `POST /alibaba/order/create/preview`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderPreviewRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderPreviewResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
