# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_create_cart_order_request import TaobaoCreateCartOrderRequest
from ...models.taobao_create_cart_order_response import TaobaoCreateCartOrderResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_create_cart_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoCreateCartOrderRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/cart/create/order",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoCreateCartOrderResponse:
    response_200 = TaobaoCreateCartOrderResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoCreateCartOrderRequest,
) -> Response[TaobaoCreateCartOrderResponse]:
    """Create an order

     创建订单

    Creates a Taobao order from cart records: `ids` are the cart record ids that the cart add and cart
    list return. `orderAddress` uses the snake_case key `mobile_phone`. Not the 1688 cart order (POST
    `/alibaba/cart/create/order`). The shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /open/cart/create/order`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoCreateCartOrderRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoCreateCartOrderResponse]
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
    body: TaobaoCreateCartOrderRequest,
) -> TaobaoCreateCartOrderResponse:
    """Create an order

     创建订单

    Creates a Taobao order from cart records: `ids` are the cart record ids that the cart add and cart
    list return. `orderAddress` uses the snake_case key `mobile_phone`. Not the 1688 cart order (POST
    `/alibaba/cart/create/order`). The shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /open/cart/create/order`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoCreateCartOrderRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoCreateCartOrderResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
