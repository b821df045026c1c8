# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_create_request import AlibabaOrderCreateRequest
from ...models.alibaba_order_create_response import AlibabaOrderCreateResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_create_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderCreateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/create",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderCreateResponse:
    response_200 = AlibabaOrderCreateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderCreateRequest,
) -> Response[AlibabaOrderCreateResponse]:
    """Create an order

     创建订单

    Creates one 1688 order from offer/spec lines (`cargoParamList`) shipped to `addressParam`. To order
    from the cart use POST `/alibaba/cart/create/order` instead. The shape of `data` is not documented:
    it is returned as any JSON.

    Sends `POST /alibaba/order/create`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderCreateResponse]
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
    body: AlibabaOrderCreateRequest,
) -> AlibabaOrderCreateResponse:
    """Create an order

     创建订单

    Creates one 1688 order from offer/spec lines (`cargoParamList`) shipped to `addressParam`. To order
    from the cart use POST `/alibaba/cart/create/order` instead. The shape of `data` is not documented:
    it is returned as any JSON.

    Sends `POST /alibaba/order/create`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
