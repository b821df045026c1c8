from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
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

    Recommends goods related to one product. Known only from the v2 English page ("Related product
    recommendation"); the v1 path has not been seen. `offerId` here is an encrypted string id (e.g.
    `f6vE-dfY1NV37oG_fz9WSA`), unlike the integer offerIds of the v1 goods pages; `language` is `en` or
    `vi`.
    No field carries a required badge. The page is cut off in the curl sample, so the response was not
    seen.

    Args:
        body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation (v2
            page; no required badges shown).

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
        status_code=HTTPStatus(result.status_code),
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

    Recommends goods related to one product. Known only from the v2 English page ("Related product
    recommendation"); the v1 path has not been seen. `offerId` here is an encrypted string id (e.g.
    `f6vE-dfY1NV37oG_fz9WSA`), unlike the integer offerIds of the v1 goods pages; `language` is `en` or
    `vi`.
    No field carries a required badge. The page is cut off in the curl sample, so the response was not
    seen.

    Args:
        body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation (v2
            page; no required badges shown).

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
