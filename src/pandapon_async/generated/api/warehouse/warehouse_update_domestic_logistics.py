from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_update_domestic_logistics_request import WarehouseUpdateDomesticLogisticsRequest
from ...models.warehouse_update_domestic_logistics_response import WarehouseUpdateDomesticLogisticsResponse
from ...types import Response

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

    Reports the domestic (China) logistics of an order's lines to the warehouse.

    - From the Chinese edition (doc api-250313136); the v2 copy was not seen.
    - The field name is spelled `logisticNumer` (sic) on the page, both on the line and inside
      `domesticLogisticInfo`.
    - `lineItem` and `domesticLogisticInfo` (InnerLogisticInfoTO) children are not listed in the schema
    part
      of the page; their fields come from the example. `rtsTime` is a 10-digit epoch-seconds string
    there.
    - The outer `logisticNumer` values (e.g. FARJP2408000013YQ) look like international/warehouse
    tracking
      numbers and the inner ones like domestic carrier numbers (顺丰/圆通); this is an interpretation.
    - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
    layer
      (see `x-pandapon-signed-query`); no header parameters are listed.
    - The page is cut off in the curl sample; the response was not seen.

    Args:
        body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
            its lines. No field has a description on the page.

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
        status_code=HTTPStatus(result.status_code),
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

    Reports the domestic (China) logistics of an order's lines to the warehouse.

    - From the Chinese edition (doc api-250313136); the v2 copy was not seen.
    - The field name is spelled `logisticNumer` (sic) on the page, both on the line and inside
      `domesticLogisticInfo`.
    - `lineItem` and `domesticLogisticInfo` (InnerLogisticInfoTO) children are not listed in the schema
    part
      of the page; their fields come from the example. `rtsTime` is a 10-digit epoch-seconds string
    there.
    - The outer `logisticNumer` values (e.g. FARJP2408000013YQ) look like international/warehouse
    tracking
      numbers and the inner ones like domestic carrier numbers (顺丰/圆通); this is an interpretation.
    - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
    layer
      (see `x-pandapon-signed-query`); no header parameters are listed.
    - The page is cut off in the curl sample; the response was not seen.

    Args:
        body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
            its lines. No field has a description on the page.

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
