# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_order_preview_request import AlibabaOrderPreviewRequest
from ...models.alibaba_order_preview_response import AlibabaOrderPreviewResponse
from ...types import Response

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


def _parse_body(body: Any) -> AlibabaOrderPreviewResponse:
    response_200 = AlibabaOrderPreviewResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
