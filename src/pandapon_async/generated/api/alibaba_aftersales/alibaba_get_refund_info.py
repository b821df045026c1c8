# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_refund_info_request import AlibabaRefundInfoRequest
from ...models.alibaba_refund_info_response import AlibabaRefundInfoResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_get_refund_info"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaRefundInfoRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/refund/info",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaRefundInfoResponse:
    response_200 = AlibabaRefundInfoResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaRefundInfoRequest,
) -> Response[AlibabaRefundInfoResponse]:
    """Check the details of the after-sales order

     查询售后单详情

    Returns one 1688 after-sales (refund) record by `refundId`. Fields beyond those declared arrive in
    `additional_properties`; the unit of the amounts (`applyPayment`, `applyCarriage`, `applyExpect`) is
    not stated.

    Sends `POST /alibaba/refund/info`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaRefundInfoRequest): Body of the 1688 after-sales detail query.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaRefundInfoResponse]
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
    body: AlibabaRefundInfoRequest,
) -> AlibabaRefundInfoResponse:
    """Check the details of the after-sales order

     查询售后单详情

    Returns one 1688 after-sales (refund) record by `refundId`. Fields beyond those declared arrive in
    `additional_properties`; the unit of the amounts (`applyPayment`, `applyCarriage`, `applyExpect`) is
    not stated.

    Sends `POST /alibaba/refund/info`. Retried automatically on connection errors, timeouts, 408, 429
    and 5xx: it is safe to repeat.

    Args:
        body (AlibabaRefundInfoRequest): Body of the 1688 after-sales detail query.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaRefundInfoResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
