# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_update_order_warehouse_request import TaobaoUpdateOrderWarehouseRequest
from ...models.taobao_update_order_warehouse_response import TaobaoUpdateOrderWarehouseResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_update_order_warehouse"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoUpdateOrderWarehouseRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/order/updateWarehouse",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoUpdateOrderWarehouseResponse:
    response_200 = TaobaoUpdateOrderWarehouseResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoUpdateOrderWarehouseRequest,
) -> Response[TaobaoUpdateOrderWarehouseResponse]:
    """Modify the pre-warehouse information of the order

     修改订单前置仓信息

    Changes the pre-warehouse (前置仓) information of a Taobao order. `data` is an object whose fields are
    not documented: they arrive in `additional_properties`.

    Sends `POST /open/order/updateWarehouse`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoUpdateOrderWarehouseRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoUpdateOrderWarehouseResponse]
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
    body: TaobaoUpdateOrderWarehouseRequest,
) -> TaobaoUpdateOrderWarehouseResponse:
    """Modify the pre-warehouse information of the order

     修改订单前置仓信息

    Changes the pre-warehouse (前置仓) information of a Taobao order. `data` is an object whose fields are
    not documented: they arrive in `additional_properties`.

    Sends `POST /open/order/updateWarehouse`. Never retried automatically: repeating it could act twice.

    Args:
        body (TaobaoUpdateOrderWarehouseRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoUpdateOrderWarehouseResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
