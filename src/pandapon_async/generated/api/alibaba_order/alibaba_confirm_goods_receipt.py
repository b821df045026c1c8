# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_order_receive_goods_request import AlibabaOrderReceiveGoodsRequest
from ...models.alibaba_order_receive_goods_response import AlibabaOrderReceiveGoodsResponse
from ...types import Response

OPERATION = OPERATIONS["alibaba_confirm_goods_receipt"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderReceiveGoodsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/receivegoods",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(body: Any) -> AlibabaOrderReceiveGoodsResponse:
    response_200 = AlibabaOrderReceiveGoodsResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlibabaOrderReceiveGoodsRequest,
) -> Response[AlibabaOrderReceiveGoodsResponse]:
    """The buyer confirms the receipt of goods

     买家确认收货

    Confirms the receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`).
    `data.success` and `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful
    envelope: check `data.success`. 1688 order ids exceed 2^53: pass them as Python ints or as strings
    of digits.

    Sends `POST /alibaba/order/receivegoods`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderReceiveGoodsRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderReceiveGoodsResponse]
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
    body: AlibabaOrderReceiveGoodsRequest,
) -> AlibabaOrderReceiveGoodsResponse:
    """The buyer confirms the receipt of goods

     买家确认收货

    Confirms the receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`).
    `data.success` and `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful
    envelope: check `data.success`. 1688 order ids exceed 2^53: pass them as Python ints or as strings
    of digits.

    Sends `POST /alibaba/order/receivegoods`. Never retried automatically: repeating it could act twice.

    Args:
        body (AlibabaOrderReceiveGoodsRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderReceiveGoodsResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
