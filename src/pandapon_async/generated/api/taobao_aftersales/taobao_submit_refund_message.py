# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_message_submit_request import TaobaoRefundMessageSubmitRequest
from ...models.taobao_refund_message_submit_response import TaobaoRefundMessageSubmitResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_submit_refund_message"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoRefundMessageSubmitRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/order/refund/submit/message",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoRefundMessageSubmitResponse:
    response_200 = TaobaoRefundMessageSubmitResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoRefundMessageSubmitRequest,
) -> Response[TaobaoRefundMessageSubmitResponse]:
    """Submit a message in reverse

     提交逆向单留言

    Submits a message on a Taobao reverse order. `refundImages` is a single string. The fields of `data`
    are not documented: they arrive in `additional_properties`.

    Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (TaobaoRefundMessageSubmitRequest): A message on a reverse order.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoRefundMessageSubmitResponse]
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
    body: TaobaoRefundMessageSubmitRequest,
) -> TaobaoRefundMessageSubmitResponse:
    """Submit a message in reverse

     提交逆向单留言

    Submits a message on a Taobao reverse order. `refundImages` is a single string. The fields of `data`
    are not documented: they arrive in `additional_properties`.

    Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (TaobaoRefundMessageSubmitRequest): A message on a reverse order.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoRefundMessageSubmitResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
