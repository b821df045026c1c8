# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_refund_return_goods_request import AlibabaRefundReturnGoodsRequest
from ...models.alibaba_refund_return_goods_response import AlibabaRefundReturnGoodsResponse
from ...types import Response

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


def _parse_body(body: Any) -> AlibabaRefundReturnGoodsResponse:
    response_200 = AlibabaRefundReturnGoodsResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    result, body = await client._call_operation(OPERATION, kwargs)

    return Response(
        status_code=HTTPStatus(result.status_code),
        content=result.content,
        headers=result.headers,
        parsed=_parse_body(body),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
