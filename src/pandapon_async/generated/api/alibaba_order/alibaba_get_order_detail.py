from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_detail_request import AlibabaOrderDetailRequest
from ...models.alibaba_order_detail_response import AlibabaOrderDetailResponse
from ...types import Response

OPERATION = OPERATIONS["alibaba_get_order_detail"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderDetailRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/detail",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderDetailResponse:
    response_200 = AlibabaOrderDetailResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderDetailRequest,
) -> Response[AlibabaOrderDetailResponse]:
    """Get order details

     (No Chinese title seen; Vietnamese title: Nhận chi tiết đặt hàng)

    Returns the details of one 1688 order. Documented only on the Vietnamese edition
    (https://doc-vnm.pandapon.com/api-250496569, 1688 > Đơn hàng menu); the English menu does not list
    it. Here `orderId` is a string, while cancel and receive-goods send it as an integer. The response
    is cut off after `data object 可选 gua...` (presumably `guaranteesTerms`, as in the 1688 order
    objects returned by batch create), so no `data` field is modelled; all fields are kept in
    `additional_properties`.

    Args:
        body (AlibabaOrderDetailRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderDetailResponse]
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
    body: AlibabaOrderDetailRequest,
) -> AlibabaOrderDetailResponse:
    """Get order details

     (No Chinese title seen; Vietnamese title: Nhận chi tiết đặt hàng)

    Returns the details of one 1688 order. Documented only on the Vietnamese edition
    (https://doc-vnm.pandapon.com/api-250496569, 1688 > Đơn hàng menu); the English menu does not list
    it. Here `orderId` is a string, while cancel and receive-goods send it as an integer. The response
    is cut off after `data object 可选 gua...` (presumably `guaranteesTerms`, as in the 1688 order
    objects returned by batch create), so no `data` field is modelled; all fields are kept in
    `additional_properties`.

    Args:
        body (AlibabaOrderDetailRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderDetailResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
