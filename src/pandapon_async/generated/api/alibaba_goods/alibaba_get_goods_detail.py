from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_goods_detail_request import AlibabaGoodsDetailRequest
from ...models.alibaba_goods_detail_response import AlibabaGoodsDetailResponse
from ...types import Response

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

    Only the Vietnamese "shared project" render (doc-vnm, "Thông tin chi tiết sản phẩm") was seen. It
    prints
    descriptions but not field names, types or required flags: the body types come from the page's
    schema-generated example, and no body field is marked required (`offerId` is in practice the product
    to look up).
    `country` is currently always `en`.

    Response: the page's example is a JSON string cut off inside `data.description` (HTML). Only the
    keys it
    shows are modelled (`offerId`, `categoryId`, `categoryName`, `subject`, `subjectTrans`,
    `description`);
    the page also describes, without names, the main video, video details, product images, product
    attributes, sku info, sale info, shipping info, source selection, encrypted seller id, minimum order
    quantity, batch quantity, a "trade status" (its text lists order statuses waitbuyerpay,
    waitsellersend,
    waitbuyerreceive, confirm_goods, success, cancel, terminated — probably copied from an order page),
    service tags, trace info to report to 1688, company name, shop URL and seller data. Those arrive
    as additional properties.

    The v2 menus (doc-env2, doc-cnv2) list "1688 commodity details inquiry" as POST, but that page was
    not seen.

    Args:
        body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query. The page shows no
            required flags; types come from its example.

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
        status_code=HTTPStatus(result.status_code),
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

    Only the Vietnamese "shared project" render (doc-vnm, "Thông tin chi tiết sản phẩm") was seen. It
    prints
    descriptions but not field names, types or required flags: the body types come from the page's
    schema-generated example, and no body field is marked required (`offerId` is in practice the product
    to look up).
    `country` is currently always `en`.

    Response: the page's example is a JSON string cut off inside `data.description` (HTML). Only the
    keys it
    shows are modelled (`offerId`, `categoryId`, `categoryName`, `subject`, `subjectTrans`,
    `description`);
    the page also describes, without names, the main video, video details, product images, product
    attributes, sku info, sale info, shipping info, source selection, encrypted seller id, minimum order
    quantity, batch quantity, a "trade status" (its text lists order statuses waitbuyerpay,
    waitsellersend,
    waitbuyerreceive, confirm_goods, success, cancel, terminated — probably copied from an order page),
    service tags, trace info to report to 1688, company name, shop URL and seller data. Those arrive
    as additional properties.

    The v2 menus (doc-env2, doc-cnv2) list "1688 commodity details inquiry" as POST, but that page was
    not seen.

    Args:
        body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query. The page shows no
            required flags; types come from its example.

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
