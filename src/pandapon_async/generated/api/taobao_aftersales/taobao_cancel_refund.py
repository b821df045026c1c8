from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_cancel_response import TaobaoRefundCancelResponse
from ...types import Response

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

    Cancels (withdraws) a Taobao reverse order. The response carries `cancelSuccess` and the reverse-
    order
    aggregate, the same shape as the reverse-order query.

    - Marked 开发中 ("in development") on the pages (doc zh api-250313087, doc-vnm api-250496552).
    - v2 edition (doc-env2 api-289121008): `GET /v2/taobao/order/refund/cancel/{refundId}`, same
    parameter.
    - The response example is cut off inside `refundOrderAggregate.purchaseOrderLine` (after `postFee`).
    - Differences from the query example: here the company-code key is spelled `logisticCompanyCode`
      (no "s"), `logistics` has `logisticsNo`, and `receiverAddress` is an object
      `{detailAddress, phone, receiver}` (a string on the v2 query page); both readings are accepted.
    - `developId` is typed string on this page (integer on v2 pages).

    Args:
        refund_id (str):

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
        status_code=HTTPStatus(result.status_code),
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

    Cancels (withdraws) a Taobao reverse order. The response carries `cancelSuccess` and the reverse-
    order
    aggregate, the same shape as the reverse-order query.

    - Marked 开发中 ("in development") on the pages (doc zh api-250313087, doc-vnm api-250496552).
    - v2 edition (doc-env2 api-289121008): `GET /v2/taobao/order/refund/cancel/{refundId}`, same
    parameter.
    - The response example is cut off inside `refundOrderAggregate.purchaseOrderLine` (after `postFee`).
    - Differences from the query example: here the company-code key is spelled `logisticCompanyCode`
      (no "s"), `logistics` has `logisticsNo`, and `receiverAddress` is an object
      `{detailAddress, phone, receiver}` (a string on the v2 query page); both readings are accepted.
    - `developId` is typed string on this page (integer on v2 pages).

    Args:
        refund_id (str):

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
