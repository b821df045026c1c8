from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_list_request import AlibabaOrderListRequest
from ...models.alibaba_order_list_response import AlibabaOrderListResponse
from ...types import UNSET, Response, Unset

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

    Pages through the developer's 1688 orders. Known only by its v2 path: the only page with content
    (doc-th, https://doc-th.pandapon.com/api-289190488, "รายการสั่งซื้อ" / Order list) is cut off at the
    first header parameter, so the body parameters, request example and response were not seen.
    No page shows a v1 path (presumably `/alibaba/order/page`, not used here). Method POST comes from
    every edition's menu. The body content type is not shown; sibling v2 order pages use
    application/json, so an open JSON object is accepted (put the paging fields in
    `additional_properties`); the body is optional because no page shows it.

    Args:
        body (AlibabaOrderListRequest | Unset): Paging query body. No page shows its fields (the
            only page is cut off at the headers); pass them as additional properties.

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
        status_code=HTTPStatus(result.status_code),
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

    Pages through the developer's 1688 orders. Known only by its v2 path: the only page with content
    (doc-th, https://doc-th.pandapon.com/api-289190488, "รายการสั่งซื้อ" / Order list) is cut off at the
    first header parameter, so the body parameters, request example and response were not seen.
    No page shows a v1 path (presumably `/alibaba/order/page`, not used here). Method POST comes from
    every edition's menu. The body content type is not shown; sibling v2 order pages use
    application/json, so an open JSON object is accepted (put the paging fields in
    `additional_properties`); the body is optional because no page shows it.

    Args:
        body (AlibabaOrderListRequest | Unset): Paging query body. No page shows its fields (the
            only page is cut off at the headers); pass them as additional properties.

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
