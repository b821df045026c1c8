# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_refund_create_request import AlibabaRefundCreateRequest
from ...models.alibaba_refund_create_response import AlibabaRefundCreateResponse
from ...types import Response, http_status

OPERATION = OPERATIONS["alibaba_create_refund"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaRefundCreateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/refund/detail/create",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaRefundCreateResponse:
    response_200 = AlibabaRefundCreateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaRefundCreateRequest,
) -> Response[AlibabaRefundCreateResponse]:
    """Create a refund and return application

     创建退款退货申请

    Applies for a refund, or a return with refund, on a 1688 order. `orderId`, `disputeRequest`,
    `applyPayment`, `applyCarriage`, `applyReasonId`, `description` and `goodsStatus` are required;
    `orderEntryIds` limits it to some sub-orders. 1688 order ids exceed 2^53: pass them as Python ints
    or as strings of digits. The allowed values of `disputeRequest` and `goodsStatus` and the unit of
    the amounts are not stated. `data` is the id of the created refund.

    Sends `POST /alibaba/refund/detail/create`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaRefundCreateRequest): Body of the 1688 refund / return application (same
            fields on the v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaRefundCreateResponse]
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
    body: AlibabaRefundCreateRequest,
) -> AlibabaRefundCreateResponse:
    """Create a refund and return application

     创建退款退货申请

    Applies for a refund, or a return with refund, on a 1688 order. `orderId`, `disputeRequest`,
    `applyPayment`, `applyCarriage`, `applyReasonId`, `description` and `goodsStatus` are required;
    `orderEntryIds` limits it to some sub-orders. 1688 order ids exceed 2^53: pass them as Python ints
    or as strings of digits. The allowed values of `disputeRequest` and `goodsStatus` and the unit of
    the amounts are not stated. `data` is the id of the created refund.

    Sends `POST /alibaba/refund/detail/create`. Never retried automatically: repeating it could act
    twice.

    Args:
        body (AlibabaRefundCreateRequest): Body of the 1688 refund / return application (same
            fields on the v1 and v2 paths).

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaRefundCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
