# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_receive_goods_request import AlibabaOrderReceiveGoodsRequest
from ...models.alibaba_order_receive_goods_response import AlibabaOrderReceiveGoodsResponse
from ...types import Response, http_status

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


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderReceiveGoodsResponse:
    response_200 = AlibabaOrderReceiveGoodsResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
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

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
