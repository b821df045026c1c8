# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_refund_render_request import TaobaoRefundRenderRequest
from ...models.taobao_refund_render_response import TaobaoRefundRenderResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_render_refund"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoRefundRenderRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/render",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoRefundRenderResponse:
    response_200 = TaobaoRefundRenderResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoRefundRenderRequest,
) -> Response[TaobaoRefundRenderResponse]:
    """Reverse single rendering interface

     逆向单渲染接口

    Renders the reverse-order (refund/return) template for a purchase sub-order before submitting a
    reverse order: the selectable refund reasons, goods statuses, the draft refund order and the maximum
    refundable fee. The meanings of the `refundType` and `goodsStatus` values are not stated.

    Sends `POST /v2/taobao/order/refund/render`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoRefundRenderRequest): Which sub-order to render a reverse order for, and the
            kind of reverse order.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoRefundRenderResponse]
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
    body: TaobaoRefundRenderRequest,
) -> TaobaoRefundRenderResponse:
    """Reverse single rendering interface

     逆向单渲染接口

    Renders the reverse-order (refund/return) template for a purchase sub-order before submitting a
    reverse order: the selectable refund reasons, goods statuses, the draft refund order and the maximum
    refundable fee. The meanings of the `refundType` and `goodsStatus` values are not stated.

    Sends `POST /v2/taobao/order/refund/render`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoRefundRenderRequest): Which sub-order to render a reverse order for, and the
            kind of reverse order.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoRefundRenderResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
