# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_create_international_logistics_order_request import (
    WarehouseCreateInternationalLogisticsOrderRequest,
)
from ...models.warehouse_create_international_logistics_order_response import (
    WarehouseCreateInternationalLogisticsOrderResponse,
)
from ...types import Response, http_status

OPERATION = OPERATIONS["warehouse_create_international_logistics_order"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: WarehouseCreateInternationalLogisticsOrderRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/pp/logistics/orderBookingFreight",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> WarehouseCreateInternationalLogisticsOrderResponse:
    response_200 = WarehouseCreateInternationalLogisticsOrderResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: WarehouseCreateInternationalLogisticsOrderRequest,
) -> Response[WarehouseCreateInternationalLogisticsOrderResponse]:
    """Create international logistics orders

     创建国际物流订单

    Books the international shipment of an order's lines to a receiver address. `renderId` (e.g.
    `FF2024080200007`) is presumably the id the order freight preview returns; `freightInfo` names the
    chosen freight service (`serviceId`, `companyName`, `serviceCategory`). Signed with the `timestamp`
    and `sign` query parameters, which the client fills in. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
    act twice.

    Args:
        body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
            order to book.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[WarehouseCreateInternationalLogisticsOrderResponse]
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
    body: WarehouseCreateInternationalLogisticsOrderRequest,
) -> WarehouseCreateInternationalLogisticsOrderResponse:
    """Create international logistics orders

     创建国际物流订单

    Books the international shipment of an order's lines to a receiver address. `renderId` (e.g.
    `FF2024080200007`) is presumably the id the order freight preview returns; `freightInfo` names the
    chosen freight service (`serviceId`, `companyName`, `serviceCategory`). Signed with the `timestamp`
    and `sign` query parameters, which the client fills in. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
    act twice.

    Args:
        body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
            order to book.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        WarehouseCreateInternationalLogisticsOrderResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
