# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_freight_estimate_request import WarehouseFreightEstimateRequest
from ...models.warehouse_freight_estimate_response import WarehouseFreightEstimateResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["warehouse_estimate_freight"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: WarehouseFreightEstimateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/pp/logistics/itemLogisticsPrice",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> WarehouseFreightEstimateResponse:
    response_200 = WarehouseFreightEstimateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: WarehouseFreightEstimateRequest,
) -> Response[WarehouseFreightEstimateResponse]:
    """Detailed overseas freight estimate

     Estimates the overseas (international) freight of one item SKU and quantity to a receiver address
    (POST `/v2/open/pp/logistics/itemLogisticsPrice`). Signed with the `timestamp` and `sign` query
    parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
            overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[WarehouseFreightEstimateResponse]
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
    body: WarehouseFreightEstimateRequest,
) -> WarehouseFreightEstimateResponse:
    """Detailed overseas freight estimate

     Estimates the overseas (international) freight of one item SKU and quantity to a receiver address
    (POST `/v2/open/pp/logistics/itemLogisticsPrice`). Signed with the `timestamp` and `sign` query
    parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.

    Args:
        body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
            overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        WarehouseFreightEstimateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
