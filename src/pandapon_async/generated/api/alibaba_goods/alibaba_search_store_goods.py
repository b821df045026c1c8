# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_store_search_request import AlibabaGoodsStoreSearchRequest
from ...models.alibaba_goods_store_search_response import AlibabaGoodsStoreSearchResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_search_store_goods"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaGoodsStoreSearchRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/product/query/selleroffer",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaGoodsStoreSearchResponse:
    response_200 = AlibabaGoodsStoreSearchResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaGoodsStoreSearchRequest,
) -> Response[AlibabaGoodsStoreSearchResponse]:
    """Commodity store search

     商品店搜

    Searches the goods of one 1688 shop (`sellerOpenId`), one page of results at a time. `filter` is
    comma-separated, `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`), `country`
    defaults to `en`. `data` holds the totals and one page of items.

    Sends `POST /alibaba/product/query/selleroffer`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_store_all()` iterates the items of every page and
    `client.alibaba.goods.search_store_pages()` the pages.

    Args:
        body (AlibabaGoodsStoreSearchRequest): Body of the 1688 store search (same fields on the
            v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaGoodsStoreSearchResponse]
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
    body: AlibabaGoodsStoreSearchRequest,
) -> AlibabaGoodsStoreSearchResponse:
    """Commodity store search

     商品店搜

    Searches the goods of one 1688 shop (`sellerOpenId`), one page of results at a time. `filter` is
    comma-separated, `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`), `country`
    defaults to `en`. `data` holds the totals and one page of items.

    Sends `POST /alibaba/product/query/selleroffer`. Retried automatically on connection errors,
    timeouts, 408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_store_all()` iterates the items of every page and
    `client.alibaba.goods.search_store_pages()` the pages.

    Args:
        body (AlibabaGoodsStoreSearchRequest): Body of the 1688 store search (same fields on the
            v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaGoodsStoreSearchResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
