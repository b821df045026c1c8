from http import HTTPStatus
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.address_add_or_update_request import AddressAddOrUpdateRequest
from ...models.address_add_or_update_response import AddressAddOrUpdateResponse
from ...types import Response

OPERATION = OPERATIONS["add_or_update_address"]
"""What the client needs to know about this operation: key, method, path, whether it is safe to retry."""


def _get_kwargs(
    *,
    body: AddressAddOrUpdateRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/address/addOrUpdate",
    }

    _kwargs["body"] = body

    return _kwargs


def _parse_body(envelope: dict[str, Any]) -> AddressAddOrUpdateResponse:
    response_200 = AddressAddOrUpdateResponse.from_dict(envelope)

    return response_200


async def asyncio_detailed(
    *,
    client: PandaPonClient,
    body: AddressAddOrUpdateRequest,
) -> Response[AddressAddOrUpdateResponse]:
    """Address addition and update

     地址新增与更新

    Adds a shipping address or updates an existing one.

    - English edition (doc-en api-263477669): `/open/address/addOrUpdate`; v2 editions (doc-env2
    api-289121051,
      doc-cnv2 api-288437932): `/v2/open/address/addOrUpdate`.
    - No body field carries a required/optional marker.
    - Presumably `id` 0 (or absent) creates and an existing `id` updates; the pages do not say so, this
    is
      inferred from the title only.
    - The response is a bare `{code, msg}`: **code 0 is documented as success** (成功) here, unlike code
    200
      elsewhere. Nothing of `data` is shown.
    - The doc-en curl sample sends an empty body (`--data-raw ''`); the v2 pages send the example JSON.

    Args:
        body (AddressAddOrUpdateRequest): A shipping address. No field carries a required/optional
            marker on the pages.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        Response[AddressAddOrUpdateResponse]
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
    body: AddressAddOrUpdateRequest,
) -> AddressAddOrUpdateResponse:
    """Address addition and update

     地址新增与更新

    Adds a shipping address or updates an existing one.

    - English edition (doc-en api-263477669): `/open/address/addOrUpdate`; v2 editions (doc-env2
    api-289121051,
      doc-cnv2 api-288437932): `/v2/open/address/addOrUpdate`.
    - No body field carries a required/optional marker.
    - Presumably `id` 0 (or absent) creates and an existing `id` updates; the pages do not say so, this
    is
      inferred from the title only.
    - The response is a bare `{code, msg}`: **code 0 is documented as success** (成功) here, unlike code
    200
      elsewhere. Nothing of `data` is shown.
    - The doc-en curl sample sends an empty body (`--data-raw ''`); the v2 pages send the example JSON.

    Args:
        body (AddressAddOrUpdateRequest): A shipping address. No field carries a required/optional
            marker on the pages.

    Raises:
        pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
        pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
        pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
        pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

    Returns:
        AddressAddOrUpdateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    _, envelope = await client._call_operation(OPERATION, kwargs)  # pyright: ignore[reportPrivateUsage]

    return _parse_body(envelope)
