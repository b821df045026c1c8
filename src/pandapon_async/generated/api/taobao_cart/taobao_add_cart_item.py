# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.taobao_add_cart_item_request import TaobaoAddCartItemRequest
from ...models.taobao_add_cart_item_response import TaobaoAddCartItemResponse
from ...types import Response

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


def _parse_body(body: Any) -> TaobaoAddCartItemResponse:
    response_200 = TaobaoAddCartItemResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
