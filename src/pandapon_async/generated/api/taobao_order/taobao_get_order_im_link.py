# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_get_order_im_link_request import TaobaoGetOrderImLinkRequest
from ...models.taobao_get_order_im_link_response import TaobaoGetOrderImLinkResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_get_order_im_link"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoGetOrderImLinkRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/order/page/link/get",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoGetOrderImLinkResponse:
    response_200 = TaobaoGetOrderImLinkResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoGetOrderImLinkRequest,
) -> Response[TaobaoGetOrderImLinkResponse]:
    """Get the IM link

     获取IM 链接

    Returns in `data` the URL of the Taobao Global distributor IM chat
    (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`). The body's fields are all
    optional: `sourceType` with `bizId` (e.g. `{"sourceType":"item","bizId":"234576234"}`), or
    `loginName`, `password`, `pageName` and `pageParamMap`; send the shape your account expects.

    Sends `POST /open/order/page/link/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoGetOrderImLinkRequest): Body of the IM-link request. Every field is optional:
            send `sourceType` with `bizId`, or `loginName`, `password`, `pageName` and `pageParamMap`,
            as your account expects.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoGetOrderImLinkResponse]
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
    body: TaobaoGetOrderImLinkRequest,
) -> TaobaoGetOrderImLinkResponse:
    """Get the IM link

     获取IM 链接

    Returns in `data` the URL of the Taobao Global distributor IM chat
    (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`). The body's fields are all
    optional: `sourceType` with `bizId` (e.g. `{"sourceType":"item","bizId":"234576234"}`), or
    `loginName`, `password`, `pageName` and `pageParamMap`; send the shape your account expects.

    Sends `POST /open/order/page/link/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoGetOrderImLinkRequest): Body of the IM-link request. Every field is optional:
            send `sourceType` with `bizId`, or `loginName`, `password`, `pageName` and `pageParamMap`,
            as your account expects.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoGetOrderImLinkResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
