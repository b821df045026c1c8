# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_cart_list_response import AlibabaCartListResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_list_cart"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/alibaba/cart/list",
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaCartListResponse:
    response_200 = AlibabaCartListResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
) -> Response[AlibabaCartListResponse]:
    """List of shopping carts

     购物车列表

    Lists the 1688 shopping cart grouped by shop: `enableList` holds the valid entries, `disableList`
    the invalid ones. Takes no parameters.

    Sends `GET /v2/alibaba/cart/list`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaCartListResponse]
    """

    kwargs = _get_kwargs()

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
) -> AlibabaCartListResponse:
    """List of shopping carts

     购物车列表

    Lists the 1688 shopping cart grouped by shop: `enableList` holds the valid entries, `disableList`
    the invalid ones. Takes no parameters.

    Sends `GET /v2/alibaba/cart/list`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaCartListResponse
    """

    kwargs = _get_kwargs()

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
