# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_add_cart_item_request import TaobaoAddCartItemRequest
from ...models.taobao_add_cart_item_response import TaobaoAddCartItemResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_add_cart_item"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoAddCartItemRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/cart/add",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoAddCartItemResponse:
    response_200 = TaobaoAddCartItemResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoAddCartItemRequest,
) -> Response[TaobaoAddCartItemResponse]:
    """Add a shopping cart

     新增购物车

    Adds a Taobao item to the cart. `price` and `promotionPrice` are integers in an unstated unit (fen
    or yuan); `properties` is a JSON-encoded string of `[{valueId, valueName, propId, propName}]`; the
    meaning of `platform` is not stated. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /open/cart/add`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoAddCartItemRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoAddCartItemResponse]
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
    body: TaobaoAddCartItemRequest,
) -> TaobaoAddCartItemResponse:
    """Add a shopping cart

     新增购物车

    Adds a Taobao item to the cart. `price` and `promotionPrice` are integers in an unstated unit (fen
    or yuan); `properties` is a JSON-encoded string of `[{valueId, valueName, propId, propName}]`; the
    meaning of `platform` is not stated. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /open/cart/add`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoAddCartItemRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoAddCartItemResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
