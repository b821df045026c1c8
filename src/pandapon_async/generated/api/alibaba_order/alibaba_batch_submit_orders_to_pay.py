# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_batch_submit_to_pay_request import AlibabaOrderBatchSubmitToPayRequest
from ...models.alibaba_order_batch_submit_to_pay_response import AlibabaOrderBatchSubmitToPayResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_batch_submit_orders_to_pay"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderBatchSubmitToPayRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/batch/submit/to/pay",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderBatchSubmitToPayResponse:
    response_200 = AlibabaOrderBatchSubmitToPayResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderBatchSubmitToPayRequest,
) -> Response[AlibabaOrderBatchSubmitToPayResponse]:
    """Developers submit and pay 1688 orders in bulk

     开发者批量提交支付1688订单

    Submits several 1688 orders for payment in one call; the order ids are passed as strings. The shape
    of `data` is not documented: it is returned as any JSON.

    Sends `POST /alibaba/order/batch/submit/to/pay`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaOrderBatchSubmitToPayRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderBatchSubmitToPayResponse]
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
    body: AlibabaOrderBatchSubmitToPayRequest,
) -> AlibabaOrderBatchSubmitToPayResponse:
    """Developers submit and pay 1688 orders in bulk

     开发者批量提交支付1688订单

    Submits several 1688 orders for payment in one call; the order ids are passed as strings. The shape
    of `data` is not documented: it is returned as any JSON.

    Sends `POST /alibaba/order/batch/submit/to/pay`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaOrderBatchSubmitToPayRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderBatchSubmitToPayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
