from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.alibaba_order_batch_create_request import AlibabaOrderBatchCreateRequest
from ...models.alibaba_order_batch_create_response import AlibabaOrderBatchCreateResponse
from ...types import Response

OPERATION = OPERATIONS["alibaba_batch_create_orders"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AlibabaOrderBatchCreateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alibaba/order/batch/create",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AlibabaOrderBatchCreateResponse:
    response_200 = AlibabaOrderBatchCreateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AlibabaOrderBatchCreateRequest,
) -> Response[AlibabaOrderBatchCreateResponse]:
    """Create orders (different merchants)

     创建订单(不同商家)

    Creates 1688 orders for goods from several merchants in one call.
    The request is modelled on the v1 doc-en page (https://doc-en.pandapon.com/api-263477645), which
    marks only `quantity` required, shows `flow` as an optional `string | null`, shows an empty
    example and is cut off inside the curl sample, so the v1 response was not seen.
    **Edition differences (v2, `POST /v2/alibaba/order/batch/create`):**
    - doc-env2 (https://doc-env2.pandapon.com/api-289121035) and doc-cnv2
      (https://doc-cnv2.pandapon.com/api-288855706) mark `flow` required (example value `general`).
    - v2 cargo lines use a string `offerMapId` instead of the v1 integer `offerId`, and add
      `productNo` and `container`; the v2 address adds `districtCode`; v2 adds top-level `userId`,
      `staffName` (雇员名称), `platformOrder` (integer, 下单途径), `transferAccountImgs` (转账凭证)
      and `transferAccountRemark` (银行转账备注). These v2 fields are not modelled (objects stay open).
    - The v2 response `data` is an array of 1688 order objects (example cut off); it is modelled here
      as the tolerant reading for v1 too.

    Args:
        body (AlibabaOrderBatchCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AlibabaOrderBatchCreateResponse]
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
    body: AlibabaOrderBatchCreateRequest,
) -> AlibabaOrderBatchCreateResponse:
    """Create orders (different merchants)

     创建订单(不同商家)

    Creates 1688 orders for goods from several merchants in one call.
    The request is modelled on the v1 doc-en page (https://doc-en.pandapon.com/api-263477645), which
    marks only `quantity` required, shows `flow` as an optional `string | null`, shows an empty
    example and is cut off inside the curl sample, so the v1 response was not seen.
    **Edition differences (v2, `POST /v2/alibaba/order/batch/create`):**
    - doc-env2 (https://doc-env2.pandapon.com/api-289121035) and doc-cnv2
      (https://doc-cnv2.pandapon.com/api-288855706) mark `flow` required (example value `general`).
    - v2 cargo lines use a string `offerMapId` instead of the v1 integer `offerId`, and add
      `productNo` and `container`; the v2 address adds `districtCode`; v2 adds top-level `userId`,
      `staffName` (雇员名称), `platformOrder` (integer, 下单途径), `transferAccountImgs` (转账凭证)
      and `transferAccountRemark` (银行转账备注). These v2 fields are not modelled (objects stay open).
    - The v2 response `data` is an array of 1688 order objects (example cut off); it is modelled here
      as the tolerant reading for v1 too.

    Args:
        body (AlibabaOrderBatchCreateRequest):

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AlibabaOrderBatchCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
