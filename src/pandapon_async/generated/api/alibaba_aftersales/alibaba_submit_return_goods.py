# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_refund_return_goods_request import AlibabaRefundReturnGoodsRequest
from ...models.alibaba_refund_return_goods_response import AlibabaRefundReturnGoodsResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_submit_return_goods"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaRefundReturnGoodsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/refund/goods/return",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaRefundReturnGoodsResponse:
    response_200 = AlibabaRefundReturnGoodsResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaRefundReturnGoodsRequest,
) -> Response[AlibabaRefundReturnGoodsResponse]:
    """The buyer submits the refund information

     Submits the return shipment of a 1688 refund (`refundId`, starts with `TQ`): the logistics company
    code (`logisticsCompanyNo`, required) and the waybill number (`freightBill`, required), with an
    optional `description` and `vouchers`. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /alibaba/refund/goods/return`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaRefundReturnGoodsRequest): Body of the buyer's return-shipment submission.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaRefundReturnGoodsResponse]
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
    body: AlibabaRefundReturnGoodsRequest,
) -> AlibabaRefundReturnGoodsResponse:
    """The buyer submits the refund information

     Submits the return shipment of a 1688 refund (`refundId`, starts with `TQ`): the logistics company
    code (`logisticsCompanyNo`, required) and the waybill number (`freightBill`, required), with an
    optional `description` and `vouchers`. The shape of `data` is not documented: it is returned as any
    JSON.

    Sends `POST /alibaba/refund/goods/return`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaRefundReturnGoodsRequest): Body of the buyer's return-shipment submission.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaRefundReturnGoodsResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
