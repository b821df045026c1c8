# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.taobao_batch_check_goods_request import TaobaoBatchCheckGoodsRequest
from ...models.taobao_batch_check_goods_response import TaobaoBatchCheckGoodsResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["taobao_batch_check_goods"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: TaobaoBatchCheckGoodsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/product/batch/check",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> TaobaoBatchCheckGoodsResponse:
    response_200 = TaobaoBatchCheckGoodsResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: TaobaoBatchCheckGoodsRequest,
) -> Response[TaobaoBatchCheckGoodsResponse]:
    """Batch query goods according to Taobao commodity id

     根据淘宝商品id批量查询商品

    Looks up the distribution (供销) products of several Taobao items. `params` is a **JSON-encoded
    string** holding an array of `{itemId, skuIds[]}` objects, not a JSON array. `data` lists the
    distribution products found (`mpProducts`), the item ids without one (`noMpProductItemIds`) and the
    reasons (`noMpReasonList`).

    Sends `POST /open/product/batch/check`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoBatchCheckGoodsRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[TaobaoBatchCheckGoodsResponse]
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
    body: TaobaoBatchCheckGoodsRequest,
) -> TaobaoBatchCheckGoodsResponse:
    """Batch query goods according to Taobao commodity id

     根据淘宝商品id批量查询商品

    Looks up the distribution (供销) products of several Taobao items. `params` is a **JSON-encoded
    string** holding an array of `{itemId, skuIds[]}` objects, not a JSON array. `data` lists the
    distribution products found (`mpProducts`), the item ids without one (`noMpProductItemIds`) and the
    reasons (`noMpReasonList`).

    Sends `POST /open/product/batch/check`. Retried automatically on connection errors, timeouts, 408,
    429 and 5xx: it is safe to repeat.

    Args:
        body (TaobaoBatchCheckGoodsRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        TaobaoBatchCheckGoodsResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
