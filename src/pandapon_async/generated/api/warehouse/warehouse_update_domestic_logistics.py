# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_update_domestic_logistics_request import WarehouseUpdateDomesticLogisticsRequest
from ...models.warehouse_update_domestic_logistics_response import WarehouseUpdateDomesticLogisticsResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["warehouse_update_domestic_logistics"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: WarehouseUpdateDomesticLogisticsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/pp/logistics/updateLogisticInfo",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> WarehouseUpdateDomesticLogisticsResponse:
    response_200 = WarehouseUpdateDomesticLogisticsResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: WarehouseUpdateDomesticLogisticsRequest,
) -> Response[WarehouseUpdateDomesticLogisticsResponse]:
    """Update domestic logistics information

     更新国内物流信息

    Reports the domestic (China) logistics of an order's lines to the warehouse. The tracking-number
    field is spelled `logisticNumer` by the platform, on the line and inside `domesticLogisticInfo`;
    `rtsTime` is a 10-digit epoch-seconds string. Signed with the `timestamp` and `sign` query
    parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
    act twice.

    Args:
        body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
            its lines.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[WarehouseUpdateDomesticLogisticsResponse]
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
    body: WarehouseUpdateDomesticLogisticsRequest,
) -> WarehouseUpdateDomesticLogisticsResponse:
    """Update domestic logistics information

     更新国内物流信息

    Reports the domestic (China) logistics of an order's lines to the warehouse. The tracking-number
    field is spelled `logisticNumer` by the platform, on the line and inside `domesticLogisticInfo`;
    `rtsTime` is a 10-digit epoch-seconds string. Signed with the `timestamp` and `sign` query
    parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
    act twice.

    Args:
        body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
            its lines.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        WarehouseUpdateDomesticLogisticsResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
