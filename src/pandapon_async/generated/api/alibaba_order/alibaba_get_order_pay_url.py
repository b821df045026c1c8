# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_pay_url_response import AlibabaOrderPayUrlResponse
from ...types import UNSET, Response, Unset, http_status

OPERATION = OPERATIONS["alibaba_get_order_pay_url"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alibaba/order/pay/url",
        "params": params,
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderPayUrlResponse:
    response_200 = AlibabaOrderPayUrlResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    order_id: str | Unset = UNSET,
) -> Response[AlibabaOrderPayUrlResponse]:
    """Order payment

     订单支付

    Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
    (password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be paid
    (`cantPayOrderList`). Never retried automatically: the call may attempt a protocol payment, not only
    render a URL.

    Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

    Args:
        order_id (str | Unset): 订单ID: the 1688 order id, as a string of digits. Send it: the
            `/v2/` path requires it.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderPayUrlResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
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
    order_id: str | Unset = UNSET,
) -> AlibabaOrderPayUrlResponse:
    """Order payment

     订单支付

    Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
    (password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be paid
    (`cantPayOrderList`). Never retried automatically: the call may attempt a protocol payment, not only
    render a URL.

    Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

    Args:
        order_id (str | Unset): 订单ID: the 1688 order id, as a string of digits. Send it: the
            `/v2/` path requires it.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderPayUrlResponse
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
