# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_detail_request import AlibabaGoodsDetailRequest
from ...models.alibaba_goods_detail_response import AlibabaGoodsDetailResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_get_goods_detail"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaGoodsDetailRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/product/detail/get",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaGoodsDetailResponse:
    response_200 = AlibabaGoodsDetailResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaGoodsDetailRequest,
) -> Response[AlibabaGoodsDetailResponse]:
    """Commodity details inquiry

     商品详情查询

    Returns the details of one 1688 product (`offerId`): category, original and translated title and the
    HTML description. Further product data (images, videos, attributes, SKUs, sale and shipping info,
    seller data) arrives in `additional_properties`. `country` is always `en` for now.

    Sends `POST /alibaba/product/detail/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query; no field is
            required.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaGoodsDetailResponse]
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
    body: AlibabaGoodsDetailRequest,
) -> AlibabaGoodsDetailResponse:
    """Commodity details inquiry

     商品详情查询

    Returns the details of one 1688 product (`offerId`): category, original and translated title and the
    HTML description. Further product data (images, videos, attributes, SKUs, sale and shipping info,
    seller data) arrives in `additional_properties`. `country` is always `en` for now.

    Sends `POST /alibaba/product/detail/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query; no field is
            required.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaGoodsDetailResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
