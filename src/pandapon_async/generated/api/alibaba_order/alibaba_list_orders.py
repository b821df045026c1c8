# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_list_request import AlibabaOrderListRequest
from ...models.alibaba_order_list_response import AlibabaOrderListResponse
from ...types import UNSET, Response, Unset, http_status

OPERATION = OPERATIONS["alibaba_list_orders"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderListRequest | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/page",
    }

    if not isinstance(body, Unset):
        _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderListResponse:
    response_200 = AlibabaOrderListResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderListRequest | Unset = UNSET,
) -> Response[AlibabaOrderListResponse]:
    """Order list paging query

     订单列表分页查询

    Lists the developer's 1688 orders, one page of results at a time. The body's fields are not
    documented: pass the paging and filter fields your account expects in `additional_properties`; the
    body may be omitted. The shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderListRequest | Unset): Paging query body. Its fields are not documented:
            pass them in `additional_properties`.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderListResponse]
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
    body: AlibabaOrderListRequest | Unset = UNSET,
) -> AlibabaOrderListResponse:
    """Order list paging query

     订单列表分页查询

    Lists the developer's 1688 orders, one page of results at a time. The body's fields are not
    documented: pass the paging and filter fields your account expects in `additional_properties`; the
    body may be omitted. The shape of `data` is not documented: it is returned as any JSON.

    Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaOrderListRequest | Unset): Paging query body. Its fields are not documented:
            pass them in `additional_properties`.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderListResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
