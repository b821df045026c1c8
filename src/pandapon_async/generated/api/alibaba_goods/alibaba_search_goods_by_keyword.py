# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_keyword_search_request import AlibabaGoodsKeywordSearchRequest
from ...models.alibaba_goods_keyword_search_response import AlibabaGoodsKeywordSearchResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_search_goods_by_keyword"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaGoodsKeywordSearchRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/product/keywords/query",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaGoodsKeywordSearchResponse:
    response_200 = AlibabaGoodsKeywordSearchResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaGoodsKeywordSearchRequest,
) -> Response[AlibabaGoodsKeywordSearchResponse]:
    """Commodity keyword query

     商品关键词查询

    Searches 1688 goods by keyword, one page of results at a time (`beginPage` from 1, `pageSize`).
    `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`); `filter` is a comma-separated
    list (e.g. `shipInToday,ksCiphertext`); `country` is always `en` for now. `data` holds the totals
    and one page of items.

    Sends `POST /alibaba/product/keywords/query`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_by_keyword_all()` iterates the items of every page and
    `client.alibaba.goods.search_by_keyword_pages()` the pages.

    Args:
        body (AlibabaGoodsKeywordSearchRequest): Body of the 1688 keyword search (same fields on
            the v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaGoodsKeywordSearchResponse]
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
    body: AlibabaGoodsKeywordSearchRequest,
) -> AlibabaGoodsKeywordSearchResponse:
    """Commodity keyword query

     商品关键词查询

    Searches 1688 goods by keyword, one page of results at a time (`beginPage` from 1, `pageSize`).
    `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`); `filter` is a comma-separated
    list (e.g. `shipInToday,ksCiphertext`); `country` is always `en` for now. `data` holds the totals
    and one page of items.

    Sends `POST /alibaba/product/keywords/query`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_by_keyword_all()` iterates the items of every page and
    `client.alibaba.goods.search_by_keyword_pages()` the pages.

    Args:
        body (AlibabaGoodsKeywordSearchRequest): Body of the 1688 keyword search (same fields on
            the v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaGoodsKeywordSearchResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
