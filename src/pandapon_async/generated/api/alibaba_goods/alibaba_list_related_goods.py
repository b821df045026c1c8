# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_related_recommend_request import AlibabaGoodsRelatedRecommendRequest
from ...models.alibaba_goods_related_recommend_response import AlibabaGoodsRelatedRecommendResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_list_related_goods"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaGoodsRelatedRecommendRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/productRelatedRecommendQuery",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaGoodsRelatedRecommendResponse:
    response_200 = AlibabaGoodsRelatedRecommendResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaGoodsRelatedRecommendRequest,
) -> Response[AlibabaGoodsRelatedRecommendResponse]:
    """Related commodity inquiry

     相关性商品查询

    Recommends 1688 goods related to one product, one page of results at a time. `offerId` is the
    encrypted string id of the product (e.g. `f6vE-dfY1NV37oG_fz9WSA`); `language` is `en` or `vi`. The
    shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /v2/alibaba/product/productRelatedRecommendQuery`. Retried automatically on connection
    errors, timeouts, 408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaGoodsRelatedRecommendResponse]
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
    body: AlibabaGoodsRelatedRecommendRequest,
) -> AlibabaGoodsRelatedRecommendResponse:
    """Related commodity inquiry

     相关性商品查询

    Recommends 1688 goods related to one product, one page of results at a time. `offerId` is the
    encrypted string id of the product (e.g. `f6vE-dfY1NV37oG_fz9WSA`); `language` is `en` or `vi`. The
    shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /v2/alibaba/product/productRelatedRecommendQuery`. Retried automatically on connection
    errors, timeouts, 408, 429 and 5xx: it is safe to repeat.
    Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
    not documented, so no page iterator is offered.

    Args:
        body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaGoodsRelatedRecommendResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
