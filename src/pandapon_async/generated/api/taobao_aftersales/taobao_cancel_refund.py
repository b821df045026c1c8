# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_cancel_response import TaobaoRefundCancelResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_cancel_refund"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    refund_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/order/refund/cancel/{refund_id}",
        "path_params": {
            "refund_id": refund_id,
        },
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoRefundCancelResponse:
    response_200 = TaobaoRefundCancelResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    refund_id: str,
    *,
    client: PandaPonClient,
) -> Response[TaobaoRefundCancelResponse]:
    """Reverse order cancellation

     逆向单撤销

    Cancels (withdraws) a Taobao reverse order by its id. The response carries `cancelSuccess` and the
    reverse-order aggregate, in the same shape as the reverse-order query; the return address arrives as
    an object or a string, the company-code key as `logisticCompanyCode` or `logisticsCompanyCode`.

    Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
    act twice.

    Args:
        refund_id (str): 逆向单id: the id of the Taobao reverse order to cancel.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoRefundCancelResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    result, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return Response(
        status_code=http_status(result.status_code),
        content=result.content,
        headers=result.headers,
        parsed=_parse_body(envelope),
    )


async def asyncio(
    refund_id: str,
    *,
    client: PandaPonClient,
) -> TaobaoRefundCancelResponse:
    """Reverse order cancellation

     逆向单撤销

    Cancels (withdraws) a Taobao reverse order by its id. The response carries `cancelSuccess` and the
    reverse-order aggregate, in the same shape as the reverse-order query; the return address arrives as
    an object or a string, the company-code key as `logisticCompanyCode` or `logisticsCompanyCode`.

    Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
    act twice.

    Args:
        refund_id (str): 逆向单id: the id of the Taobao reverse order to cancel.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoRefundCancelResponse
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
