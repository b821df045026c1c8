# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_get_order_logistics_detail_response import TaobaoGetOrderLogisticsDetailResponse
from ...types import UNSET, Response, http_status, require_argument

OPERATION = OPERATIONS["taobao_get_order_logistics_detail"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    sub_purchase_order_id: str,
) -> dict[str, Any]:

    require_argument("sub_purchase_order_id", sub_purchase_order_id)
    params: dict[str, Any] = {}

    params["subPurchaseOrderId"] = sub_purchase_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/order/logistics/detail/get",
        "params": params,
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoGetOrderLogisticsDetailResponse:
    response_200 = TaobaoGetOrderLogisticsDetailResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    sub_purchase_order_id: str,
) -> Response[TaobaoGetOrderLogisticsDetailResponse]:
    """Get logistics details

     获取物流详情

    Returns the logistics packages of a Taobao **purchase sub-order** (`subPurchaseOrderId`, not the
    main order id): per package the waybill number, the trace, the carrier, the receiver and the goods.
    Trace values include `status` TRANSPORT and `action` TMS_STATION_OUT / TMS_STATION_IN; `time` looks
    like `2023-12-14 21:39:11`; the key `standerdDesc` is spelled so by the platform.

    Sends `GET /open/order/logistics/detail/get`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        sub_purchase_order_id (str): 采购子单id: the purchase sub-order id whose packages to return
            (not the main order id).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoGetOrderLogisticsDetailResponse]
    """

    kwargs = _get_kwargs(
        sub_purchase_order_id=sub_purchase_order_id,
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
    sub_purchase_order_id: str,
) -> TaobaoGetOrderLogisticsDetailResponse:
    """Get logistics details

     获取物流详情

    Returns the logistics packages of a Taobao **purchase sub-order** (`subPurchaseOrderId`, not the
    main order id): per package the waybill number, the trace, the carrier, the receiver and the goods.
    Trace values include `status` TRANSPORT and `action` TMS_STATION_OUT / TMS_STATION_IN; `time` looks
    like `2023-12-14 21:39:11`; the key `standerdDesc` is spelled so by the platform.

    Sends `GET /open/order/logistics/detail/get`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        sub_purchase_order_id (str): 采购子单id: the purchase sub-order id whose packages to return
            (not the main order id).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoGetOrderLogisticsDetailResponse
    """

    kwargs = _get_kwargs(
        sub_purchase_order_id=sub_purchase_order_id,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
