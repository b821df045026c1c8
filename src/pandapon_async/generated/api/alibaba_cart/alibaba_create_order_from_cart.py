# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_cart_create_order_request import AlibabaCartCreateOrderRequest
from ...models.alibaba_cart_create_order_response import AlibabaCartCreateOrderResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_create_order_from_cart"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaCartCreateOrderRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/cart/create/order",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaCartCreateOrderResponse:
    response_200 = AlibabaCartCreateOrderResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaCartCreateOrderRequest,
) -> Response[AlibabaCartCreateOrderResponse]:
    """Create an order

     Creates a 1688 order from shopping-cart entries (`cartIds`, required) shipped to `addressParam`;
    `flow` is required. Not the 1688 order group's create (POST `/alibaba/order/create`) nor the Taobao
    cart order (POST `/open/cart/create/order`). The shape of `data` is not documented: it is returned
    as any JSON.

    Sends `POST /alibaba/cart/create/order`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaCartCreateOrderRequest): Body of the 1688 cart order creation.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaCartCreateOrderResponse]
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
    body: AlibabaCartCreateOrderRequest,
) -> AlibabaCartCreateOrderResponse:
    """Create an order

     Creates a 1688 order from shopping-cart entries (`cartIds`, required) shipped to `addressParam`;
    `flow` is required. Not the 1688 order group's create (POST `/alibaba/order/create`) nor the Taobao
    cart order (POST `/open/cart/create/order`). The shape of `data` is not documented: it is returned
    as any JSON.

    Sends `POST /alibaba/cart/create/order`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaCartCreateOrderRequest): Body of the 1688 cart order creation.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaCartCreateOrderResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
