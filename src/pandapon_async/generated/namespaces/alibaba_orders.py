# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba.orders`` namespace: 1688 orders.

Imported on first access to ``client.alibaba.orders``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.alibaba_order import (
    alibaba_batch_create_orders,
    alibaba_batch_preview_orders,
    alibaba_batch_submit_orders_to_pay,
    alibaba_cancel_order,
    alibaba_confirm_goods_receipt,
    alibaba_create_order,
    alibaba_get_order_detail,
    alibaba_get_order_pay_url,
    alibaba_list_orders,
    alibaba_preview_order,
)
from ..models.alibaba_order_batch_create_request import AlibabaOrderBatchCreateRequest
from ..models.alibaba_order_batch_create_response import AlibabaOrderBatchCreateResponse
from ..models.alibaba_order_batch_submit_to_pay_request import AlibabaOrderBatchSubmitToPayRequest
from ..models.alibaba_order_batch_submit_to_pay_response import AlibabaOrderBatchSubmitToPayResponse
from ..models.alibaba_order_cancel_request import AlibabaOrderCancelRequest
from ..models.alibaba_order_cancel_response import AlibabaOrderCancelResponse
from ..models.alibaba_order_create_request import AlibabaOrderCreateRequest
from ..models.alibaba_order_create_response import AlibabaOrderCreateResponse
from ..models.alibaba_order_detail_request import AlibabaOrderDetailRequest
from ..models.alibaba_order_detail_response import AlibabaOrderDetailResponse
from ..models.alibaba_order_list_request import AlibabaOrderListRequest
from ..models.alibaba_order_list_response import AlibabaOrderListResponse
from ..models.alibaba_order_pay_url_response import AlibabaOrderPayUrlResponse
from ..models.alibaba_order_preview_batch_request import AlibabaOrderPreviewBatchRequest
from ..models.alibaba_order_preview_batch_response import AlibabaOrderPreviewBatchResponse
from ..models.alibaba_order_preview_request import AlibabaOrderPreviewRequest
from ..models.alibaba_order_preview_response import AlibabaOrderPreviewResponse
from ..models.alibaba_order_receive_goods_request import AlibabaOrderReceiveGoodsRequest
from ..models.alibaba_order_receive_goods_response import AlibabaOrderReceiveGoodsResponse
from ..types import UNSET, Response, Unset


class AlibabaOrdersNamespace(Namespace):
    """``client.alibaba.orders``: 1688 orders.

    ``client.alibaba.orders.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "AlibabaOrdersNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return AlibabaOrdersNamespaceWithRawResponse(self._client)

    async def batch_submit_to_pay(
        self,
        *,
        body: AlibabaOrderBatchSubmitToPayRequest,
    ) -> AlibabaOrderBatchSubmitToPayResponse:
        """Developers submit and pay 1688 orders in bulk

         开发者批量提交支付1688订单

        Submits several 1688 orders for payment in one call; the order ids are passed as strings. The shape
        of `data` is not documented: it is returned as any JSON.

        Sends `POST /alibaba/order/batch/submit/to/pay`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaOrderBatchSubmitToPayRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderBatchSubmitToPayResponse
        """

        return await alibaba_batch_submit_orders_to_pay.asyncio(
            client=self._client,
            body=body,
        )

    async def batch_preview(
        self,
        *,
        body: AlibabaOrderPreviewBatchRequest,
    ) -> AlibabaOrderPreviewBatchResponse:
        """Preview data before creating an order (batch different merchants)

         创建订单前预览数据(批量不同商家)

        Previews an order whose goods come from several 1688 merchants (each cargo line names its
        `sellerOpenId`), before calling the batch create. Every cargo line needs `quantity`. The shape of
        `data` is not documented: it is returned as any JSON (the single-merchant preview returns an object
        with `orderPreviewResuslt`).

        Sends `POST /alibaba/order/create/previewbatch`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderPreviewBatchRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderPreviewBatchResponse
        """

        return await alibaba_batch_preview_orders.asyncio(
            client=self._client,
            body=body,
        )

    async def batch_create(
        self,
        *,
        body: AlibabaOrderBatchCreateRequest,
    ) -> AlibabaOrderBatchCreateResponse:
        """Create orders (different merchants)

         创建订单(不同商家)

        Creates 1688 orders for goods from several merchants in one call. Every cargo line needs `quantity`;
        send `flow` (e.g. `general`). A cargo line names its goods by the integer `offerId` or by the
        encrypted string `offerMapId`. `data` is the list of created 1688 orders.

        Sends `POST /alibaba/order/batch/create`. Never retried automatically: repeating it could act twice.

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

        return await alibaba_batch_create_orders.asyncio(
            client=self._client,
            body=body,
        )

    async def list(
        self,
        *,
        body: AlibabaOrderListRequest | Unset = UNSET,
    ) -> AlibabaOrderListResponse:
        """Order list paging query

         订单列表分页查询

        Lists the developer's 1688 orders, one page of results at a time. The body's fields are not
        documented: pass the paging and filter fields your account expects in `additional_properties`; the
        body may be omitted. The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderListRequest | Unset): Paging query body. Its fields are not documented:
                pass them in `additional_properties`.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderListResponse
        """

        return await alibaba_list_orders.asyncio(
            client=self._client,
            body=body,
        )

    async def preview(
        self,
        *,
        body: AlibabaOrderPreviewRequest,
    ) -> AlibabaOrderPreviewResponse:
        """Preview data before creating an order

         创建订单前预览数据

        Previews freight, discounts and trade modes of a 1688 order (offer/spec lines in `cargoParamList`,
        each with `quantity`) before creating it. `data.orderPreviewResuslt` (spelled so by the platform)
        holds one preview per order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
        `additional_properties`.

        Sends `POST /alibaba/order/create/preview`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderPreviewRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderPreviewResponse
        """

        return await alibaba_preview_order.asyncio(
            client=self._client,
            body=body,
        )

    async def create(
        self,
        *,
        body: AlibabaOrderCreateRequest,
    ) -> AlibabaOrderCreateResponse:
        """Create an order

         创建订单

        Creates one 1688 order from offer/spec lines (`cargoParamList`) shipped to `addressParam`. To order
        from the cart use POST `/alibaba/cart/create/order` instead. The shape of `data` is not documented:
        it is returned as any JSON.

        Sends `POST /alibaba/order/create`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderCreateRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderCreateResponse
        """

        return await alibaba_create_order.asyncio(
            client=self._client,
            body=body,
        )

    async def cancel(
        self,
        *,
        body: AlibabaOrderCancelRequest,
    ) -> AlibabaOrderCancelResponse:
        """Cancel the order before payment

         支付前取消订单

        Cancels an unpaid 1688 order. `webSite` (`1688`), `orderId` and `cancelReason` (free text) are
        required. 1688 order ids exceed 2^53: pass them as Python ints or as strings of digits. `data` is
        `true` when the order was cancelled.

        Sends `POST /alibaba/order/cancel`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderCancelRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderCancelResponse
        """

        return await alibaba_cancel_order.asyncio(
            client=self._client,
            body=body,
        )

    async def get_pay_url(
        self,
        *,
        order_id: str | Unset = UNSET,
    ) -> AlibabaOrderPayUrlResponse:
        """Order payment

         订单支付

        Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
        (password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be paid
        (`cantPayOrderList`). Never retried automatically: the call may attempt a protocol payment, not only
        render a URL.

        Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

        Args:
            order_id (str | Unset): 订单ID: the 1688 order id, as a string of digits. Send it: the
                `/v2/` path requires it.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderPayUrlResponse
        """

        return await alibaba_get_order_pay_url.asyncio(
            client=self._client,
            order_id=order_id,
        )

    async def confirm_goods_receipt(
        self,
        *,
        body: AlibabaOrderReceiveGoodsRequest,
    ) -> AlibabaOrderReceiveGoodsResponse:
        """The buyer confirms the receipt of goods

         买家确认收货

        Confirms the receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`).
        `data.success` and `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful
        envelope: check `data.success`. 1688 order ids exceed 2^53: pass them as Python ints or as strings
        of digits.

        Sends `POST /alibaba/order/receivegoods`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderReceiveGoodsRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderReceiveGoodsResponse
        """

        return await alibaba_confirm_goods_receipt.asyncio(
            client=self._client,
            body=body,
        )

    async def get_detail(
        self,
        *,
        body: AlibabaOrderDetailRequest,
    ) -> AlibabaOrderDetailResponse:
        """Get order details

         Returns the details of one 1688 order. `orderId` is a string here. The order's fields are not
        declared: they arrive in `additional_properties`.

        Sends `POST /alibaba/order/detail`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderDetailRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaOrderDetailResponse
        """

        return await alibaba_get_order_detail.asyncio(
            client=self._client,
            body=body,
        )

    async def get_logistics_trace(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Obtain the logistics tracking information of the order (获取订单的物流跟踪信息): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.order.logistics_trace``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.order.logistics_trace": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.order.logistics_trace``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.order.logistics_trace", params=params, json=json)


class AlibabaOrdersNamespaceWithRawResponse(Namespace):
    """``client.alibaba.orders.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def batch_submit_to_pay(
        self,
        *,
        body: AlibabaOrderBatchSubmitToPayRequest,
    ) -> Response[AlibabaOrderBatchSubmitToPayResponse]:
        """Developers submit and pay 1688 orders in bulk

         开发者批量提交支付1688订单

        Submits several 1688 orders for payment in one call; the order ids are passed as strings. The shape
        of `data` is not documented: it is returned as any JSON.

        Sends `POST /alibaba/order/batch/submit/to/pay`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaOrderBatchSubmitToPayRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderBatchSubmitToPayResponse]
        """

        return await alibaba_batch_submit_orders_to_pay.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def batch_preview(
        self,
        *,
        body: AlibabaOrderPreviewBatchRequest,
    ) -> Response[AlibabaOrderPreviewBatchResponse]:
        """Preview data before creating an order (batch different merchants)

         创建订单前预览数据(批量不同商家)

        Previews an order whose goods come from several 1688 merchants (each cargo line names its
        `sellerOpenId`), before calling the batch create. Every cargo line needs `quantity`. The shape of
        `data` is not documented: it is returned as any JSON (the single-merchant preview returns an object
        with `orderPreviewResuslt`).

        Sends `POST /alibaba/order/create/previewbatch`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderPreviewBatchRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderPreviewBatchResponse]
        """

        return await alibaba_batch_preview_orders.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def batch_create(
        self,
        *,
        body: AlibabaOrderBatchCreateRequest,
    ) -> Response[AlibabaOrderBatchCreateResponse]:
        """Create orders (different merchants)

         创建订单(不同商家)

        Creates 1688 orders for goods from several merchants in one call. Every cargo line needs `quantity`;
        send `flow` (e.g. `general`). A cargo line names its goods by the integer `offerId` or by the
        encrypted string `offerMapId`. `data` is the list of created 1688 orders.

        Sends `POST /alibaba/order/batch/create`. Never retried automatically: repeating it could act twice.

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

        return await alibaba_batch_create_orders.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def list(
        self,
        *,
        body: AlibabaOrderListRequest | Unset = UNSET,
    ) -> Response[AlibabaOrderListResponse]:
        """Order list paging query

         订单列表分页查询

        Lists the developer's 1688 orders, one page of results at a time. The body's fields are not
        documented: pass the paging and filter fields your account expects in `additional_properties`; the
        body may be omitted. The shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderListRequest | Unset): Paging query body. Its fields are not documented:
                pass them in `additional_properties`.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderListResponse]
        """

        return await alibaba_list_orders.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def preview(
        self,
        *,
        body: AlibabaOrderPreviewRequest,
    ) -> Response[AlibabaOrderPreviewResponse]:
        """Preview data before creating an order

         创建订单前预览数据

        Previews freight, discounts and trade modes of a 1688 order (offer/spec lines in `cargoParamList`,
        each with `quantity`) before creating it. `data.orderPreviewResuslt` (spelled so by the platform)
        holds one preview per order; fields beyond `discountFee`, `tradeModeNameList` and `status` arrive in
        `additional_properties`.

        Sends `POST /alibaba/order/create/preview`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderPreviewRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderPreviewResponse]
        """

        return await alibaba_preview_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def create(
        self,
        *,
        body: AlibabaOrderCreateRequest,
    ) -> Response[AlibabaOrderCreateResponse]:
        """Create an order

         创建订单

        Creates one 1688 order from offer/spec lines (`cargoParamList`) shipped to `addressParam`. To order
        from the cart use POST `/alibaba/cart/create/order` instead. The shape of `data` is not documented:
        it is returned as any JSON.

        Sends `POST /alibaba/order/create`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderCreateRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderCreateResponse]
        """

        return await alibaba_create_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def cancel(
        self,
        *,
        body: AlibabaOrderCancelRequest,
    ) -> Response[AlibabaOrderCancelResponse]:
        """Cancel the order before payment

         支付前取消订单

        Cancels an unpaid 1688 order. `webSite` (`1688`), `orderId` and `cancelReason` (free text) are
        required. 1688 order ids exceed 2^53: pass them as Python ints or as strings of digits. `data` is
        `true` when the order was cancelled.

        Sends `POST /alibaba/order/cancel`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderCancelRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderCancelResponse]
        """

        return await alibaba_cancel_order.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_pay_url(
        self,
        *,
        order_id: str | Unset = UNSET,
    ) -> Response[AlibabaOrderPayUrlResponse]:
        """Order payment

         订单支付

        Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
        (password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be paid
        (`cantPayOrderList`). Never retried automatically: the call may attempt a protocol payment, not only
        render a URL.

        Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

        Args:
            order_id (str | Unset): 订单ID: the 1688 order id, as a string of digits. Send it: the
                `/v2/` path requires it.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderPayUrlResponse]
        """

        return await alibaba_get_order_pay_url.asyncio_detailed(
            client=self._client,
            order_id=order_id,
        )

    async def confirm_goods_receipt(
        self,
        *,
        body: AlibabaOrderReceiveGoodsRequest,
    ) -> Response[AlibabaOrderReceiveGoodsResponse]:
        """The buyer confirms the receipt of goods

         买家确认收货

        Confirms the receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`).
        `data.success` and `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful
        envelope: check `data.success`. 1688 order ids exceed 2^53: pass them as Python ints or as strings
        of digits.

        Sends `POST /alibaba/order/receivegoods`. Never retried automatically: repeating it could act twice.

        Args:
            body (AlibabaOrderReceiveGoodsRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderReceiveGoodsResponse]
        """

        return await alibaba_confirm_goods_receipt.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_detail(
        self,
        *,
        body: AlibabaOrderDetailRequest,
    ) -> Response[AlibabaOrderDetailResponse]:
        """Get order details

         Returns the details of one 1688 order. `orderId` is a string here. The order's fields are not
        declared: they arrive in `additional_properties`.

        Sends `POST /alibaba/order/detail`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderDetailRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaOrderDetailResponse]
        """

        return await alibaba_get_order_detail.asyncio_detailed(
            client=self._client,
            body=body,
        )
