# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_cart_edit_quantity_request import AlibabaCartEditQuantityRequest
from ...models.alibaba_cart_edit_quantity_response import AlibabaCartEditQuantityResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_edit_cart_quantity"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaCartEditQuantityRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/cart/edit-quantity",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaCartEditQuantityResponse:
    response_200 = AlibabaCartEditQuantityResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaCartEditQuantityRequest,
) -> Response[AlibabaCartEditQuantityResponse]:
    """Edit the quantity of goods

     编辑商品数量

    Sets the quantity of one shopping-cart entry (`id`, the cart entry id). `data` is a boolean,
    presumably whether the update succeeded.

    Sends `POST /alibaba/cart/edit-quantity`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaCartEditQuantityRequest): Body of the 1688 cart quantity edit.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaCartEditQuantityResponse]
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
    body: AlibabaCartEditQuantityRequest,
) -> AlibabaCartEditQuantityResponse:
    """Edit the quantity of goods

     编辑商品数量

    Sets the quantity of one shopping-cart entry (`id`, the cart entry id). `data` is a boolean,
    presumably whether the update succeeded.

    Sends `POST /alibaba/cart/edit-quantity`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaCartEditQuantityRequest): Body of the 1688 cart quantity edit.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaCartEditQuantityResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
