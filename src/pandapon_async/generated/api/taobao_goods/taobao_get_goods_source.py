# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_get_goods_source_request import TaobaoGetGoodsSourceRequest
from ...models.taobao_get_goods_source_response import TaobaoGetGoodsSourceResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_get_goods_source"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoGetGoodsSourceRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/product/source/get",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoGetGoodsSourceResponse:
    response_200 = TaobaoGetGoodsSourceResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoGetGoodsSourceRequest,
) -> Response[TaobaoGetGoodsSourceResponse]:
    """Taobao commodity inquiry

     淘宝商品查询

    Returns the source goods detail of a Taobao item. `language` is a language code (e.g. `vi`). Fields
    beyond those declared arrive in `additional_properties`.

    Sends `POST /open/product/source/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoGetGoodsSourceRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoGetGoodsSourceResponse]
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
    body: TaobaoGetGoodsSourceRequest,
) -> TaobaoGetGoodsSourceResponse:
    """Taobao commodity inquiry

     淘宝商品查询

    Returns the source goods detail of a Taobao item. `language` is a language code (e.g. `vi`). Fields
    beyond those declared arrive in `additional_properties`.

    Sends `POST /open/product/source/get`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoGetGoodsSourceRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoGetGoodsSourceResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
