# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.taobao.orders`` namespace: Taobao orders.

Imported on first access to ``client.taobao.orders``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.taobao_order import (
    taobao_create_order,
    taobao_get_order_im_link,
    taobao_get_order_logistics_detail,
    taobao_update_order_warehouse,
)
from ..models.taobao_create_order_request import TaobaoCreateOrderRequest
from ..models.taobao_create_order_response import TaobaoCreateOrderResponse
from ..models.taobao_get_order_im_link_request import TaobaoGetOrderImLinkRequest
from ..models.taobao_get_order_im_link_response import TaobaoGetOrderImLinkResponse
from ..models.taobao_get_order_logistics_detail_response import TaobaoGetOrderLogisticsDetailResponse
from ..models.taobao_update_order_warehouse_request import TaobaoUpdateOrderWarehouseRequest
from ..models.taobao_update_order_warehouse_response import TaobaoUpdateOrderWarehouseResponse
from ..types import Response


class TaobaoOrdersNamespace(Namespace):
    """``client.taobao.orders``: Taobao orders.

    ``client.taobao.orders.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "TaobaoOrdersNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return TaobaoOrdersNamespaceWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: TaobaoCreateOrderRequest,
    ) -> TaobaoCreateOrderResponse:
        """Create an order

         创建订单

        Creates a Taobao order. `receiver` and `orderLineList` are **JSON-encoded strings**;
        `purchaseAmount` is the budget in fen (1/100 CNY). `orderLineList`, `purchaseAmount` and `receiver`
        are required. The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /open/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoCreateOrderRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoCreateOrderResponse
        """

        return await taobao_create_order.asyncio(
            client=self._client,
            body=body,
        )

    async def update_warehouse(
        self,
        *,
        body: TaobaoUpdateOrderWarehouseRequest,
    ) -> TaobaoUpdateOrderWarehouseResponse:
        """Modify the pre-warehouse information of the order

         修改订单前置仓信息

        Changes the pre-warehouse (前置仓) information of a Taobao order. `data` is an object whose fields are
        not documented: they arrive in `additional_properties`.

        Sends `POST /open/order/updateWarehouse`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoUpdateOrderWarehouseRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoUpdateOrderWarehouseResponse
        """

        return await taobao_update_order_warehouse.asyncio(
            client=self._client,
            body=body,
        )

    async def get_im_link(
        self,
        *,
        body: TaobaoGetOrderImLinkRequest,
    ) -> TaobaoGetOrderImLinkResponse:
        """Get the IM link

         获取IM 链接

        Returns in `data` the URL of the Taobao Global distributor IM chat
        (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`). The body's fields are all
        optional: `sourceType` with `bizId` (e.g. `{"sourceType":"item","bizId":"234576234"}`), or
        `loginName`, `password`, `pageName` and `pageParamMap`; send the shape your account expects.

        Sends `POST /open/order/page/link/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoGetOrderImLinkRequest): Body of the IM-link request. Every field is optional:
                send `sourceType` with `bizId`, or `loginName`, `password`, `pageName` and `pageParamMap`,
                as your account expects.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoGetOrderImLinkResponse
        """

        return await taobao_get_order_im_link.asyncio(
            client=self._client,
            body=body,
        )

    async def get_logistics_detail(
        self,
        *,
        sub_purchase_order_id: str,
    ) -> TaobaoGetOrderLogisticsDetailResponse:
        """Get logistics details

         获取物流详情

        Returns the logistics packages of a Taobao **purchase sub-order** (`subPurchaseOrderId`, not the
        main order id): per package the waybill number, the trace, the carrier, the receiver and the goods.
        Trace values include `status` TRANSPORT and `action` TMS_STATION_OUT / TMS_STATION_IN; `time` looks
        like `2023-12-14 21:39:11`; the key `standerdDesc` is spelled so by the platform.

        Sends `GET /open/order/logistics/detail/get`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            sub_purchase_order_id (str): 采购子单id: the purchase sub-order id whose packages to return
                (not the main order id).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoGetOrderLogisticsDetailResponse
        """

        return await taobao_get_order_logistics_detail.asyncio(
            client=self._client,
            sub_purchase_order_id=sub_purchase_order_id,
        )

    async def list(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Paging to query the order list (分页查询订单列表): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.order.page``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.order.page": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.order.page``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.order.page", params=params, json=json)

    async def upload_payment_voucher(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Upload the payment voucher (上传支付凭证): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.order.upload_payment_voucher``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.order.upload_payment_voucher": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.order.upload_payment_voucher``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.order.upload_payment_voucher", params=params, json=json)

    async def cancel(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Cancel the order (取消订单): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.order.cancel``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.order.cancel": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.order.cancel``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.order.cancel", params=params, json=json)

    async def pay(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Pay for the order (支付订单): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.order.pay``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.order.pay": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.order.pay``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.order.pay", params=params, json=json)

    async def get_detail(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Get the order details according to the order ID (根据订单ID获取订单详情): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.order.detail``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.order.detail": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.order.detail``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.order.detail", params=params, json=json)


class TaobaoOrdersNamespaceWithRawResponse(Namespace):
    """``client.taobao.orders.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def create(
        self,
        *,
        body: TaobaoCreateOrderRequest,
    ) -> Response[TaobaoCreateOrderResponse]:
        """Create an order

         创建订单

        Creates a Taobao order. `receiver` and `orderLineList` are **JSON-encoded strings**;
        `purchaseAmount` is the budget in fen (1/100 CNY). `orderLineList`, `purchaseAmount` and `receiver`
        are required. The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /open/order`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoCreateOrderRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoCreateOrderResponse]
        """

        return await taobao_create_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def update_warehouse(
        self,
        *,
        body: TaobaoUpdateOrderWarehouseRequest,
    ) -> Response[TaobaoUpdateOrderWarehouseResponse]:
        """Modify the pre-warehouse information of the order

         修改订单前置仓信息

        Changes the pre-warehouse (前置仓) information of a Taobao order. `data` is an object whose fields are
        not documented: they arrive in `additional_properties`.

        Sends `POST /open/order/updateWarehouse`. Never retried automatically: repeating it could act twice.

        Args:
            body (TaobaoUpdateOrderWarehouseRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoUpdateOrderWarehouseResponse]
        """

        return await taobao_update_order_warehouse.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_im_link(
        self,
        *,
        body: TaobaoGetOrderImLinkRequest,
    ) -> Response[TaobaoGetOrderImLinkResponse]:
        """Get the IM link

         获取IM 链接

        Returns in `data` the URL of the Taobao Global distributor IM chat
        (`https://distributor.taobao.global/apps/open/imchat?loginToken=...`). The body's fields are all
        optional: `sourceType` with `bizId` (e.g. `{"sourceType":"item","bizId":"234576234"}`), or
        `loginName`, `password`, `pageName` and `pageParamMap`; send the shape your account expects.

        Sends `POST /open/order/page/link/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoGetOrderImLinkRequest): Body of the IM-link request. Every field is optional:
                send `sourceType` with `bizId`, or `loginName`, `password`, `pageName` and `pageParamMap`,
                as your account expects.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoGetOrderImLinkResponse]
        """

        return await taobao_get_order_im_link.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_logistics_detail(
        self,
        *,
        sub_purchase_order_id: str,
    ) -> Response[TaobaoGetOrderLogisticsDetailResponse]:
        """Get logistics details

         获取物流详情

        Returns the logistics packages of a Taobao **purchase sub-order** (`subPurchaseOrderId`, not the
        main order id): per package the waybill number, the trace, the carrier, the receiver and the goods.
        Trace values include `status` TRANSPORT and `action` TMS_STATION_OUT / TMS_STATION_IN; `time` looks
        like `2023-12-14 21:39:11`; the key `standerdDesc` is spelled so by the platform.

        Sends `GET /open/order/logistics/detail/get`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            sub_purchase_order_id (str): 采购子单id: the purchase sub-order id whose packages to return
                (not the main order id).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoGetOrderLogisticsDetailResponse]
        """

        return await taobao_get_order_logistics_detail.asyncio_detailed(
            client=self._client,
            sub_purchase_order_id=sub_purchase_order_id,
        )
