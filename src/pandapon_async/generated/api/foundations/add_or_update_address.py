# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from typing import Any

from pandapon_async._client import PandaPonClient

from ..._operations import OPERATIONS
from ...models.address_add_or_update_request import AddressAddOrUpdateRequest
from ...models.address_add_or_update_response import AddressAddOrUpdateResponse
from ...types import Response, http_status

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

    Adds a shipping address, or updates the one whose `id` is given. Success is `code: 0` on this
    endpoint (200 elsewhere); both count as success. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/address/addOrUpdate`. Never retried automatically: repeating it could act twice.

    Args:
        body (AddressAddOrUpdateRequest): A shipping address.

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
        status_code=http_status(result.status_code),
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

    Adds a shipping address, or updates the one whose `id` is given. Success is `code: 0` on this
    endpoint (200 elsewhere); both count as success. The shape of `data` is not documented: it is
    returned as any JSON.

    Sends `POST /open/address/addOrUpdate`. Never retried automatically: repeating it could act twice.

    Args:
        body (AddressAddOrUpdateRequest): A shipping address.

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
