# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.taobao.cart`` namespace: Taobao shopping cart.

Imported on first access to ``client.taobao.cart``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.taobao_cart import taobao_add_cart_item, taobao_create_cart_order
from ..models.taobao_add_cart_item_request import TaobaoAddCartItemRequest
from ..models.taobao_add_cart_item_response import TaobaoAddCartItemResponse
from ..models.taobao_create_cart_order_request import TaobaoCreateCartOrderRequest
from ..models.taobao_create_cart_order_response import TaobaoCreateCartOrderResponse
from ..types import Response


class TaobaoCartNamespace(Namespace):
    """``client.taobao.cart``: Taobao shopping cart.

    ``client.taobao.cart.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "TaobaoCartNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return TaobaoCartNamespaceWithRawResponse(self._client)

    async def create_order(
        self,
        *,
        body: TaobaoCreateCartOrderRequest,
    ) -> TaobaoCreateCartOrderResponse:
        """Create an order

         创建订单

        Creates a Taobao order from cart records: `ids` are the cart record ids that the cart add and cart
        list return. `orderAddress` uses the snake_case key `mobile_phone`. Not the 1688 cart order (POST
        `/alibaba/cart/create/order`). The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /open/cart/create/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoCreateCartOrderRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoCreateCartOrderResponse
        """

        return await taobao_create_cart_order.asyncio(
            client=self._client,
            body=body,
        )

    async def add_item(
        self,
        *,
        body: TaobaoAddCartItemRequest,
    ) -> TaobaoAddCartItemResponse:
        """Add a shopping cart

         新增购物车

        Adds a Taobao item to the cart. `price` and `promotionPrice` are integers in an unstated unit (fen
        or yuan); `properties` is a JSON-encoded string of `[{valueId, valueName, propId, propName}]`; the
        meaning of `platform` is not stated. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /open/cart/add`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoAddCartItemRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoAddCartItemResponse
        """

        return await taobao_add_cart_item.asyncio(
            client=self._client,
            body=body,
        )

    async def preview_order(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Generate an order preview (生成订单预览): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.cart.preview_order``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.cart.preview_order": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.cart.preview_order``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.cart.preview_order", params=params, json=json)

    async def list(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """List of shopping carts (购物车列表): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.cart.list``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.cart.list": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.cart.list``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.cart.list", params=params, json=json)

    async def delete(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Delete the shopping cart products (删除购物车商品): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.cart.delete``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.cart.delete": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.cart.delete``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.cart.delete", params=params, json=json)

    async def edit_quantity(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Edit the quantity of goods (编辑商品数量): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.cart.edit_quantity``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.cart.edit_quantity": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.cart.edit_quantity``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.cart.edit_quantity", params=params, json=json)


class TaobaoCartNamespaceWithRawResponse(Namespace):
    """``client.taobao.cart.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def create_order(
        self,
        *,
        body: TaobaoCreateCartOrderRequest,
    ) -> Response[TaobaoCreateCartOrderResponse]:
        """Create an order

         创建订单

        Creates a Taobao order from cart records: `ids` are the cart record ids that the cart add and cart
        list return. `orderAddress` uses the snake_case key `mobile_phone`. Not the 1688 cart order (POST
        `/alibaba/cart/create/order`). The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /open/cart/create/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoCreateCartOrderRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoCreateCartOrderResponse]
        """

        return await taobao_create_cart_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def add_item(
        self,
        *,
        body: TaobaoAddCartItemRequest,
    ) -> Response[TaobaoAddCartItemResponse]:
        """Add a shopping cart

         新增购物车

        Adds a Taobao item to the cart. `price` and `promotionPrice` are integers in an unstated unit (fen
        or yuan); `properties` is a JSON-encoded string of `[{valueId, valueName, propId, propName}]`; the
        meaning of `platform` is not stated. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /open/cart/add`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoAddCartItemRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoAddCartItemResponse]
        """

        return await taobao_add_cart_item.asyncio_detailed(
            client=self._client,
            body=body,
        )
