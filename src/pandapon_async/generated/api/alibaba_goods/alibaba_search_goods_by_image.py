# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_image_search_request import AlibabaGoodsImageSearchRequest
from ...models.alibaba_goods_image_search_response import AlibabaGoodsImageSearchResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_search_goods_by_image"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaGoodsImageSearchRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/product/image/query",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaGoodsImageSearchResponse:
    response_200 = AlibabaGoodsImageSearchResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaGoodsImageSearchRequest,
) -> Response[AlibabaGoodsImageSearchResponse]:
    """Commodity picture search

     商品图片搜索

    Searches 1688 goods by an image, sent as base64 (`imageBase64`, required) and/or as an image URL
    (`imageAddress`), one page of results at a time. `sort` is a JSON object encoded in a string (e.g.
    `{"price":"asc"}`); `filter` is comma-separated; `region` selects the subject in the image;
    `country` is always `en` for now. `categoryId` is an integer here (a string in the keyword search).

    Sends `POST /alibaba/product/image/query`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_by_image_all()` iterates the items of every page and
    `client.alibaba.goods.search_by_image_pages()` the pages.

    Args:
        body (AlibabaGoodsImageSearchRequest): Body of the 1688 image search (same fields on the
            v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaGoodsImageSearchResponse]
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
    body: AlibabaGoodsImageSearchRequest,
) -> AlibabaGoodsImageSearchResponse:
    """Commodity picture search

     商品图片搜索

    Searches 1688 goods by an image, sent as base64 (`imageBase64`, required) and/or as an image URL
    (`imageAddress`), one page of results at a time. `sort` is a JSON object encoded in a string (e.g.
    `{"price":"asc"}`); `filter` is comma-separated; `region` selects the subject in the image;
    `country` is always `en` for now. `categoryId` is an integer here (a string in the keyword search).

    Sends `POST /alibaba/product/image/query`. Retried automatically on connection errors, timeouts,
    408, 429 and 5xx: it is safe to repeat.
    Paged by `beginPage` (first page 1) and `pageSize` in the request body;
    `client.alibaba.goods.search_by_image_all()` iterates the items of every page and
    `client.alibaba.goods.search_by_image_pages()` the pages.

    Args:
        body (AlibabaGoodsImageSearchRequest): Body of the 1688 image search (same fields on the
            v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaGoodsImageSearchResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
