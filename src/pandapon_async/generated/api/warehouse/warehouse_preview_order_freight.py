# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_order_freight_preview_request import WarehouseOrderFreightPreviewRequest
from ...models.warehouse_order_freight_preview_response import WarehouseOrderFreightPreviewResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["warehouse_preview_order_freight"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: WarehouseOrderFreightPreviewRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/pp/logistics/orderRenderFreight",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> WarehouseOrderFreightPreviewResponse:
    response_200 = WarehouseOrderFreightPreviewResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: WarehouseOrderFreightPreviewRequest,
) -> Response[WarehouseOrderFreightPreviewResponse]:
    """Preview of overseas freight for orders

     订单海外运费预览

    Previews the overseas (international) freight of an order's items to a receiver address, with a
    chosen freight service (`freightInfo`: `serviceId`, `companyName`, `serviceCategory`) per item.
    Signed with the `timestamp` and `sign` query parameters, which the client fills in. The shape of
    `data` is not documented: it is returned as any JSON.

    Sends `POST /open/pp/logistics/orderRenderFreight`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
            preview the overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[WarehouseOrderFreightPreviewResponse]
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
    body: WarehouseOrderFreightPreviewRequest,
) -> WarehouseOrderFreightPreviewResponse:
    """Preview of overseas freight for orders

     订单海外运费预览

    Previews the overseas (international) freight of an order's items to a receiver address, with a
    chosen freight service (`freightInfo`: `serviceId`, `companyName`, `serviceCategory`) per item.
    Signed with the `timestamp` and `sign` query parameters, which the client fills in. The shape of
    `data` is not documented: it is returned as any JSON.

    Sends `POST /open/pp/logistics/orderRenderFreight`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
            preview the overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        WarehouseOrderFreightPreviewResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
