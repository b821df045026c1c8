# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_search_goods_by_keyword_request import TaobaoSearchGoodsByKeywordRequest
from ...models.taobao_search_goods_by_keyword_response import TaobaoSearchGoodsByKeywordResponse
from ...types import Response, http_status

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

    Searches Taobao goods by keyword, one page of results at a time (`pageNo`, `pageSize` from 1 to 40).
    `sort` takes values such as `tk_rate_desc`. The shape of `data` is not documented: it is returned as
    any JSON.

    Sends `POST /v2/taobao/product/item/search`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (TaobaoSearchGoodsByKeywordRequest): Keyword search body.

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
        status_code=http_status(result.status_code),
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

    Searches Taobao goods by keyword, one page of results at a time (`pageNo`, `pageSize` from 1 to 40).
    `sort` takes values such as `tk_rate_desc`. The shape of `data` is not documented: it is returned as
    any JSON.

    Sends `POST /v2/taobao/product/item/search`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (TaobaoSearchGoodsByKeywordRequest): Keyword search body.

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
