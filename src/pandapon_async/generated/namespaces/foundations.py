# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.foundations`` namespace: Account foundations: addresses.

Imported on first access to ``client.foundations``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.foundations import add_or_update_address
from ..models.address_add_or_update_request import AddressAddOrUpdateRequest
from ..models.address_add_or_update_response import AddressAddOrUpdateResponse
from ..types import Response


class FoundationsNamespace(Namespace):
    """``client.foundations``: Account foundations: addresses.

    ``client.foundations.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "FoundationsNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return FoundationsNamespaceWithRawResponse(self._client)

    async def add_or_update_address(
        self,
        *,
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

        return await add_or_update_address.asyncio(
            client=self._client,
            body=body,
        )

    async def list_addresses(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Get user address information (获取用户地址信息): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``foundations.address_list``, method not shown) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"foundations.address_list": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``foundations.address_list``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "foundations.address_list", params=params, json=json)


class FoundationsNamespaceWithRawResponse(Namespace):
    """``client.foundations.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def add_or_update_address(
        self,
        *,
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

        return await add_or_update_address.asyncio_detailed(
            client=self._client,
            body=body,
        )
