# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.taobao_refund_message_submit_request import TaobaoRefundMessageSubmitRequest
from ...models.taobao_refund_message_submit_response import TaobaoRefundMessageSubmitResponse
from ...types import Response

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


def _parse_body(body: Any) -> TaobaoRefundMessageSubmitResponse:
    response_200 = TaobaoRefundMessageSubmitResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
