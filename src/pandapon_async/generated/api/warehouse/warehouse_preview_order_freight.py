from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.warehouse_order_freight_preview_request import WarehouseOrderFreightPreviewRequest
from ...models.warehouse_order_freight_preview_response import WarehouseOrderFreightPreviewResponse
from ...types import Response

OPERATION = OPERATIONS["warehouse_preview_order_freight"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: WarehouseOrderFreightPreviewRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/pp/logistics/orderRenderFreight",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> WarehouseOrderFreightPreviewResponse:
    response_200 = WarehouseOrderFreightPreviewResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: WarehouseOrderFreightPreviewRequest,
) -> Response[WarehouseOrderFreightPreviewResponse]:
    """Preview of overseas freight for orders

     订单海外运费预览

    Previews the overseas (international) freight of an order's items to a receiver address, with a
    chosen
    freight service per item.

    - Chinese edition (doc api-250313135): `POST /open/pp/logistics/orderRenderFreight`; v2 English
    edition
      (doc-env2 api-289121053, "Order overseas freight preview"): `POST
    /v2/open/pp/logistics/orderRenderFreight`.
    - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
    layer
      (see `x-pandapon-signed-query`); the Chinese page lists no header parameters, the v2 page adds
    nonce-str.
    - `freightInfo` (FreightInfoTO) children are not listed in the schema part of the page; the example
    uses
      `{serviceId, companyName, serviceCategory}`.
    - The schema marks `renderItems[].currency` and `price` required, but the page's own example omits
    them.
    - The page is cut off in the curl sample; the response was not seen. Presumably the response carries
    the
      `renderId` that "Create international logistics orders" takes (not shown).

    Args:
        body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
            preview the overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[WarehouseOrderFreightPreviewResponse]
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
    body: WarehouseOrderFreightPreviewRequest,
) -> WarehouseOrderFreightPreviewResponse:
    """Preview of overseas freight for orders

     订单海外运费预览

    Previews the overseas (international) freight of an order's items to a receiver address, with a
    chosen
    freight service per item.

    - Chinese edition (doc api-250313135): `POST /open/pp/logistics/orderRenderFreight`; v2 English
    edition
      (doc-env2 api-289121053, "Order overseas freight preview"): `POST
    /v2/open/pp/logistics/orderRenderFreight`.
    - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
    layer
      (see `x-pandapon-signed-query`); the Chinese page lists no header parameters, the v2 page adds
    nonce-str.
    - `freightInfo` (FreightInfoTO) children are not listed in the schema part of the page; the example
    uses
      `{serviceId, companyName, serviceCategory}`.
    - The schema marks `renderItems[].currency` and `price` required, but the page's own example omits
    them.
    - The page is cut off in the curl sample; the response was not seen. Presumably the response carries
    the
      `renderId` that "Create international logistics orders" takes (not shown).

    Args:
        body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
            preview the overseas freight for.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        WarehouseOrderFreightPreviewResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
