from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_search_goods_by_keyword_request import TaobaoSearchGoodsByKeywordRequest
from ...models.taobao_search_goods_by_keyword_response import TaobaoSearchGoodsByKeywordResponse
from ...types import Response

OPERATION = OPERATIONS["taobao_search_goods_by_keyword"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoSearchGoodsByKeywordRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/product/item/search",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoSearchGoodsByKeywordResponse:
    response_200 = TaobaoSearchGoodsByKeywordResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoSearchGoodsByKeywordRequest,
) -> Response[TaobaoSearchGoodsByKeywordResponse]:
    """Taobao product search interface

     淘宝商品搜索接口

    Known only from the v2 edition (doc-env2 "Taobao commodity search interface"); no v1 content page
    was seen, so the v1 path is unknown and the v2 path is used. The page is cut off inside the curl
    sample, so its **response section was not seen**: `data` is modelled as any JSON.
    `pageSize` is limited to 1..40. `sort` has no documented values; the example uses `tk_rate_desc`.

    Args:
        body (TaobaoSearchGoodsByKeywordRequest): Keyword search body (v2 edition).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoSearchGoodsByKeywordResponse]
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
    body: TaobaoSearchGoodsByKeywordRequest,
) -> TaobaoSearchGoodsByKeywordResponse:
    """Taobao product search interface

     淘宝商品搜索接口

    Known only from the v2 edition (doc-env2 "Taobao commodity search interface"); no v1 content page
    was seen, so the v1 path is unknown and the v2 path is used. The page is cut off inside the curl
    sample, so its **response section was not seen**: `data` is modelled as any JSON.
    `pageSize` is limited to 1..40. `sort` has no documented values; the example uses `tk_rate_desc`.

    Args:
        body (TaobaoSearchGoodsByKeywordRequest): Keyword search body (v2 edition).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoSearchGoodsByKeywordResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
