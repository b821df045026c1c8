from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_get_order_im_link_request import TaobaoGetOrderImLinkRequest
from ...models.taobao_get_order_im_link_response import TaobaoGetOrderImLinkResponse
from ...types import Response

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

    Returns in `data` a URL of the Taobao Global distributor IM chat
    (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`).

    **Inconsistent page** (doc-en): the parameter list documents `loginName`, `password`, `pageName` and
    `pageParamMap` (all marked 必需), but the request example and the curl `--data-raw` send
    `{"sourceType":"item","bizId":"234576234"}` instead. The 示例值 attached to `loginName` is the JSON
    `{"sourceType":"item","bizId":"700187748440"}`, which looks like the value of `pageParamMap`
    (probably a JSON string holding `sourceType` and `bizId`). All six fields are modelled as optional;
    send the shape your account expects.

    Args:
        body (TaobaoGetOrderImLinkRequest): The page's parameter list (loginName, password,
            pageName, pageParamMap, all marked 必需) contradicts
            its request example (`{"sourceType":"item","bizId":"234576234"}`); none is listed as
            required because
            the page's own example omits them.

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
        status_code=HTTPStatus(result.status_code),
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

    Returns in `data` a URL of the Taobao Global distributor IM chat
    (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`).

    **Inconsistent page** (doc-en): the parameter list documents `loginName`, `password`, `pageName` and
    `pageParamMap` (all marked 必需), but the request example and the curl `--data-raw` send
    `{"sourceType":"item","bizId":"234576234"}` instead. The 示例值 attached to `loginName` is the JSON
    `{"sourceType":"item","bizId":"700187748440"}`, which looks like the value of `pageParamMap`
    (probably a JSON string holding `sourceType` and `bizId`). All six fields are modelled as optional;
    send the shape your account expects.

    Args:
        body (TaobaoGetOrderImLinkRequest): The page's parameter list (loginName, password,
            pageName, pageParamMap, all marked 必需) contradicts
            its request example (`{"sourceType":"item","bizId":"234576234"}`); none is listed as
            required because
            the page's own example omits them.

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
