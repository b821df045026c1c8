# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_get_goods_response import TaobaoGetGoodsResponse
from ...types import UNSET, Response, Unset, http_status

OPERATION = OPERATIONS["taobao_get_goods"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    item_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["itemId"] = item_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/product/get",
        "params": params,
    }

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoGetGoodsResponse:
    response_200 = TaobaoGetGoodsResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    item_id: str | Unset = UNSET,
) -> Response[TaobaoGetGoodsResponse]:
    """Query goods according to Taobao commodity id

     根据淘宝商品id查询商品

    Returns the details of one Taobao item by `itemId` (a numeric id such as `672991141190`; the `/v2/`
    path takes an opaque id). `price` is an integer in an unstated unit; `data.itemId` arrives as a
    string or an integer. Fields beyond those declared arrive in `additional_properties`.

    Sends `GET /open/product/get`. Retried automatically on connection errors, timeouts, 408, 429 and
    5xx: it is safe to repeat.

    Args:
        item_id (str | Unset): 淘宝商品id: the Taobao item id, a numeric string such as
            `672991141190`. Send it: the `/v2/` path requires it.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoGetGoodsResponse]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
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
    item_id: str | Unset = UNSET,
) -> TaobaoGetGoodsResponse:
    """Query goods according to Taobao commodity id

     根据淘宝商品id查询商品

    Returns the details of one Taobao item by `itemId` (a numeric id such as `672991141190`; the `/v2/`
    path takes an opaque id). `price` is an integer in an unstated unit; `data.itemId` arrives as a
    string or an integer. Fields beyond those declared arrive in `additional_properties`.

    Sends `GET /open/product/get`. Retried automatically on connection errors, timeouts, 408, 429 and
    5xx: it is safe to repeat.

    Args:
        item_id (str | Unset): 淘宝商品id: the Taobao item id, a numeric string such as
            `672991141190`. Send it: the `/v2/` path requires it.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoGetGoodsResponse
    """

    kwargs = _get_kwargs(
        item_id=item_id,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
