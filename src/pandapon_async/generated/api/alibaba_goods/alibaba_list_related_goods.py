# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from http import HTTPStatus
from typing import Any

from ..._operations import OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.alibaba_goods_related_recommend_request import AlibabaGoodsRelatedRecommendRequest
from ...models.alibaba_goods_related_recommend_response import AlibabaGoodsRelatedRecommendResponse
from ...types import Response

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


def _parse_body(body: Any) -> AlibabaGoodsRelatedRecommendResponse:
    response_200 = AlibabaGoodsRelatedRecommendResponse.from_dict(body)

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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

    _, body = await client._call_operation(OPERATION, kwargs)

    return _parse_body(body)
