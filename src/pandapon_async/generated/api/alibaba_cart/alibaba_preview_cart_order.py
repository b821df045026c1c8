# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_cart_preview_order_request import AlibabaCartPreviewOrderRequest
from ...models.alibaba_cart_preview_order_response import AlibabaCartPreviewOrderResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_preview_cart_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaCartPreviewOrderRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/cart/preview/order",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaCartPreviewOrderResponse:
    response_200 = AlibabaCartPreviewOrderResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaCartPreviewOrderRequest,
) -> Response[AlibabaCartPreviewOrderResponse]:
    """Preview the data interface before creating an order

     创建订单前预览数据接口

    Previews the order that would be created from shopping-cart entries (`cartIds`, required) shipped to
    `addressParam`. Send `addressParam` with `fullName`, `mobile`, `phone`, `cityText`, `provinceText`
    and `address`: some accounts require them. Not the order group's preview (POST
    `/alibaba/order/create/preview`, which takes `cargoParamList`). The shape of `data` is not
    documented: it is returned as any JSON.

    Sends `POST /alibaba/cart/preview/order`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaCartPreviewOrderRequest): Body of the 1688 cart order preview.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaCartPreviewOrderResponse]
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
    body: AlibabaCartPreviewOrderRequest,
) -> AlibabaCartPreviewOrderResponse:
    """Preview the data interface before creating an order

     创建订单前预览数据接口

    Previews the order that would be created from shopping-cart entries (`cartIds`, required) shipped to
    `addressParam`. Send `addressParam` with `fullName`, `mobile`, `phone`, `cityText`, `provinceText`
    and `address`: some accounts require them. Not the order group's preview (POST
    `/alibaba/order/create/preview`, which takes `cargoParamList`). The shape of `data` is not
    documented: it is returned as any JSON.

    Sends `POST /alibaba/cart/preview/order`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaCartPreviewOrderRequest): Body of the 1688 cart order preview.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaCartPreviewOrderResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
