# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
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


def _parse_body(body: Any) -> TaobaoSearchGoodsByKeywordResponse:
    response_200 = TaobaoSearchGoodsByKeywordResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
