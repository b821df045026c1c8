# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba.cart`` namespace: 1688 shopping cart.

Imported on first access to ``client.alibaba.cart``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.alibaba_cart import (
    alibaba_create_order_from_cart,
    alibaba_edit_cart_quantity,
    alibaba_list_cart,
    alibaba_preview_cart_order,
)
from ..models.alibaba_cart_create_order_request import AlibabaCartCreateOrderRequest
from ..models.alibaba_cart_create_order_response import AlibabaCartCreateOrderResponse
from ..models.alibaba_cart_edit_quantity_request import AlibabaCartEditQuantityRequest
from ..models.alibaba_cart_edit_quantity_response import AlibabaCartEditQuantityResponse
from ..models.alibaba_cart_list_response import AlibabaCartListResponse
from ..models.alibaba_cart_preview_order_request import AlibabaCartPreviewOrderRequest
from ..models.alibaba_cart_preview_order_response import AlibabaCartPreviewOrderResponse
from ..types import Response


class AlibabaCartNamespace(Namespace):
    """``client.alibaba.cart``: 1688 shopping cart.

    ``client.alibaba.cart.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "AlibabaCartNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return AlibabaCartNamespaceWithRawResponse(self._client)

    async def create_order(
        self,
        *,
        body: AlibabaCartCreateOrderRequest,
    ) -> AlibabaCartCreateOrderResponse:
        """Create an order

         Creates a 1688 order from shopping-cart entries (`cartIds`, required) shipped to `addressParam`;
        `flow` is required. Not the 1688 order group's create (POST `/alibaba/order/create`) nor the Taobao
        cart order (POST `/open/cart/create/order`). The shape of `data` is not documented: it is returned
        as any JSON.

        Sends `POST /alibaba/cart/create/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaCartCreateOrderRequest): Body of the 1688 cart order creation.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaCartCreateOrderResponse
        """

        return await alibaba_create_order_from_cart.asyncio(
            client=self._client,
            body=body,
        )

    async def preview_order(
        self,
        *,
        body: AlibabaCartPreviewOrderRequest,
    ) -> AlibabaCartPreviewOrderResponse:
        """Preview the data interface before creating an order

         创建订单前预览数据接口

        Previews the order that would be created from shopping-cart entries (`cartIds`, required) shipped to
        `addressParam`. Send `addressParam` with `fullName`, `mobile`, `phone`, `cityText`, `provinceText`
        and `address`: some accounts require them. Not the order group's preview (POST
        `/alibaba/order/create/preview`, which takes `cargoParamList`). The shape of `data` is not
        documented: it is returned as any JSON.

        Sends `POST /alibaba/cart/preview/order`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaCartPreviewOrderRequest): Body of the 1688 cart order preview.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaCartPreviewOrderResponse
        """

        return await alibaba_preview_cart_order.asyncio(
            client=self._client,
            body=body,
        )

    async def edit_quantity(
        self,
        *,
        body: AlibabaCartEditQuantityRequest,
    ) -> AlibabaCartEditQuantityResponse:
        """Edit the quantity of goods

         编辑商品数量

        Sets the quantity of one shopping-cart entry (`id`, the cart entry id). `data` is a boolean,
        presumably whether the update succeeded.

        Sends `POST /alibaba/cart/edit-quantity`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaCartEditQuantityRequest): Body of the 1688 cart quantity edit.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaCartEditQuantityResponse
        """

        return await alibaba_edit_cart_quantity.asyncio(
            client=self._client,
            body=body,
        )

    async def list(
        self,
    ) -> AlibabaCartListResponse:
        """List of shopping carts

         购物车列表

        Lists the 1688 shopping cart grouped by shop: `enableList` holds the valid entries, `disableList`
        the invalid ones. Takes no parameters.

        Sends `GET /v2/alibaba/cart/list`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaCartListResponse
        """

        return await alibaba_list_cart.asyncio(
            client=self._client,
        )

    async def delete(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Delete the shopping cart products (删除购物车商品): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.cart.delete``, method not shown) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.cart.delete": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.cart.delete``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.cart.delete", params=params, json=json)

    async def add_item(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Add a shopping cart (新增购物车商品): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.cart.add``, method not shown) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.cart.add": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.cart.add``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.cart.add", params=params, json=json)


class AlibabaCartNamespaceWithRawResponse(Namespace):
    """``client.alibaba.cart.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def create_order(
        self,
        *,
        body: AlibabaCartCreateOrderRequest,
    ) -> Response[AlibabaCartCreateOrderResponse]:
        """Create an order

         Creates a 1688 order from shopping-cart entries (`cartIds`, required) shipped to `addressParam`;
        `flow` is required. Not the 1688 order group's create (POST `/alibaba/order/create`) nor the Taobao
        cart order (POST `/open/cart/create/order`). The shape of `data` is not documented: it is returned
        as any JSON.

        Sends `POST /alibaba/cart/create/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaCartCreateOrderRequest): Body of the 1688 cart order creation.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaCartCreateOrderResponse]
        """

        return await alibaba_create_order_from_cart.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def preview_order(
        self,
        *,
        body: AlibabaCartPreviewOrderRequest,
    ) -> Response[AlibabaCartPreviewOrderResponse]:
        """Preview the data interface before creating an order

         创建订单前预览数据接口

        Previews the order that would be created from shopping-cart entries (`cartIds`, required) shipped to
        `addressParam`. Send `addressParam` with `fullName`, `mobile`, `phone`, `cityText`, `provinceText`
        and `address`: some accounts require them. Not the order group's preview (POST
        `/alibaba/order/create/preview`, which takes `cargoParamList`). The shape of `data` is not
        documented: it is returned as any JSON.

        Sends `POST /alibaba/cart/preview/order`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaCartPreviewOrderRequest): Body of the 1688 cart order preview.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaCartPreviewOrderResponse]
        """

        return await alibaba_preview_cart_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def edit_quantity(
        self,
        *,
        body: AlibabaCartEditQuantityRequest,
    ) -> Response[AlibabaCartEditQuantityResponse]:
        """Edit the quantity of goods

         编辑商品数量

        Sets the quantity of one shopping-cart entry (`id`, the cart entry id). `data` is a boolean,
        presumably whether the update succeeded.

        Sends `POST /alibaba/cart/edit-quantity`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaCartEditQuantityRequest): Body of the 1688 cart quantity edit.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaCartEditQuantityResponse]
        """

        return await alibaba_edit_cart_quantity.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def list(
        self,
    ) -> Response[AlibabaCartListResponse]:
        """List of shopping carts

         购物车列表

        Lists the 1688 shopping cart grouped by shop: `enableList` holds the valid entries, `disableList`
        the invalid ones. Takes no parameters.

        Sends `GET /v2/alibaba/cart/list`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaCartListResponse]
        """

        return await alibaba_list_cart.asyncio_detailed(
            client=self._client,
        )
