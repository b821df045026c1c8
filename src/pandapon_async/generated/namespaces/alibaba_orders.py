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

        Submits several 1688 orders (by order id, passed as strings) for payment in one call.
        The doc-en page (https://doc-en.pandapon.com/api-263477643) is cut off right after the first
        response field (`requestId null`), so the response `data` was not seen. The v2 editions list
        this operation in their menus ("Developers submit 1688 orders for payment in batch"), but the
        v2 pages were not seen.

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
        `sellerOpenId`), before calling the batch create.
        Field descriptions come from doc-en (https://doc-en.pandapon.com/api-263477644), which marks only
        `quantity` required and shows an empty example; the required flags come from the Vietnamese
        edition (https://doc-vnm.pandapon.com/api-250496574), whose example is cut off inside the first
        cargo line. That example omits `addressParam.phone` although the page marks it required, so
        `phone` is not listed as required here. The response is cut off after `requestId`, so `data` was
        not seen (the single-merchant preview returns an object with `orderPreviewResuslt`).
        v2 menus list "Preview data interface before order creation (different merchants)"; the v2 page
        was not seen. The Spanish menu repeats this title for the batch-create item (a docs bug).

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

        Pages through the developer's 1688 orders. Known only by its v2 path: the only page with content
        (doc-th, https://doc-th.pandapon.com/api-289190488, "รายการสั่งซื้อ" / Order list) is cut off at the
        first header parameter, so the body parameters, request example and response were not seen.
        No page shows a v1 path (presumably `/alibaba/order/page`, not used here). Method POST comes from
        every edition's menu. The body content type is not shown; sibling v2 order pages use
        application/json, so an open JSON object is accepted (put the paging fields in
        `additional_properties`); the body is optional because no page shows it.

        Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderListRequest | Unset): Paging query body. No page shows its fields (the
                only page is cut off at the headers); pass them as additional properties.

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

        Previews freight, discounts and trade modes of an order before creating it. Seen on the Chinese
        edition (https://doc.pandapon.com/api-250313112), which marks only `quantity` required and shows an
        empty request example (curl sends `--data-raw ''`). Unlike create, the v1 preview body has no
        `flow`.
        The field `orderPreviewResuslt` is misspelled exactly like that in the docs (as in the 1688
        upstream API); its 14 child fields are not expanded, and the response example is cut off after
        `taoSample`, so only `discountFee`, `tradeModeNameList` and `status` are modelled.
        **v2** (`POST /v2/alibaba/order/create/preview`, https://doc-cnv2.pandapon.com/api-288855709): the
        address adds `districtCode`; cargo lines use a string `offerMapId` instead of the v1 integer
        `offerId` and add `sellerOpenId`, `productNo` and `container` (all optional); not modelled here.

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

         创建订单 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Creates one 1688 order from offer/spec lines (not the cart: that is `POST
        /alibaba/cart/create/order`).
        Seen only on the Vietnamese edition (https://doc-vnm.pandapon.com/api-250496568), whose field
        descriptions are Vietnamese or garbled; the Chinese descriptions below come from the batch-create
        page, which has the same fields. Its example block is empty and the page is cut off inside the
        curl sample, so the response was not seen. v2: `POST /v2/alibaba/order/create` (doc-th
        https://doc-th.pandapon.com/api-289190490, cut off after the headers).

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

         支付前取消订单 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Cancels an unpaid 1688 order. The full doc-en page (https://doc-en.pandapon.com/api-263477650) was
        seen: its request example is empty and its response example is a generic placeholder whose `data`
        is `{}` although the schema says boolean; `data` is modelled as boolean (the v2 example returns
        `true`). v2 (`POST /v2/alibaba/order/cancel`, https://doc-cnv2.pandapon.com/api-288855711) marks
        only `webSite` and `orderId` required and describes `cancelReason` as 取消原因; no list of reasons
        is documented. 1688 order ids exceed 2^53: the v2 JSON example shows `2542285634920880600` while
        its curl sends `2542285634920880794` (precision lost in the page's JSON).

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

         订单支付 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
        (agreement, password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be
        paid (`cantPayOrderList`). Not marked idempotent: the title is "Order payment" and the response
        reports a protocol-payment result, so the call may attempt a payment, not only render a URL.
        The full doc-en page (https://doc-en.pandapon.com/api-263477651) was seen; its response example is a
        generic placeholder (`data: {}`). doc-en does not mark `orderId` required; v2
        (`GET /v2/alibaba/order/pay/url`, https://doc-env2.pandapon.com/api-289121041) marks it 必需 and
        names `data` `AlibabaPayOrderVO`.

        Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

        Args:
            order_id (str | Unset):

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

         买家确认收货 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Confirms receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`). From doc-en
        (https://doc-en.pandapon.com/api-263477652), which marks no body field required; the response
        schema is fully shown, only the closing braces of its example are cut off. `data.success` and
        `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful envelope.

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

         (No Chinese title seen; Vietnamese title: Nhận chi tiết đặt hàng)

        Returns the details of one 1688 order. Documented only on the Vietnamese edition
        (https://doc-vnm.pandapon.com/api-250496569, 1688 > Đơn hàng menu); the English menu does not list
        it. Here `orderId` is a string, while cancel and receive-goods send it as an integer. The response
        is cut off after `data object 可选 gua...` (presumably `guaranteesTerms`, as in the 1688 order
        objects returned by batch create), so no `data` field is modelled; all fields are kept in
        `additional_properties`.

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

        Submits several 1688 orders (by order id, passed as strings) for payment in one call.
        The doc-en page (https://doc-en.pandapon.com/api-263477643) is cut off right after the first
        response field (`requestId null`), so the response `data` was not seen. The v2 editions list
        this operation in their menus ("Developers submit 1688 orders for payment in batch"), but the
        v2 pages were not seen.

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
        `sellerOpenId`), before calling the batch create.
        Field descriptions come from doc-en (https://doc-en.pandapon.com/api-263477644), which marks only
        `quantity` required and shows an empty example; the required flags come from the Vietnamese
        edition (https://doc-vnm.pandapon.com/api-250496574), whose example is cut off inside the first
        cargo line. That example omits `addressParam.phone` although the page marks it required, so
        `phone` is not listed as required here. The response is cut off after `requestId`, so `data` was
        not seen (the single-merchant preview returns an object with `orderPreviewResuslt`).
        v2 menus list "Preview data interface before order creation (different merchants)"; the v2 page
        was not seen. The Spanish menu repeats this title for the batch-create item (a docs bug).

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

        Pages through the developer's 1688 orders. Known only by its v2 path: the only page with content
        (doc-th, https://doc-th.pandapon.com/api-289190488, "รายการสั่งซื้อ" / Order list) is cut off at the
        first header parameter, so the body parameters, request example and response were not seen.
        No page shows a v1 path (presumably `/alibaba/order/page`, not used here). Method POST comes from
        every edition's menu. The body content type is not shown; sibling v2 order pages use
        application/json, so an open JSON object is accepted (put the paging fields in
        `additional_properties`); the body is optional because no page shows it.

        Sends `POST /v2/alibaba/order/page`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaOrderListRequest | Unset): Paging query body. No page shows its fields (the
                only page is cut off at the headers); pass them as additional properties.

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

        Previews freight, discounts and trade modes of an order before creating it. Seen on the Chinese
        edition (https://doc.pandapon.com/api-250313112), which marks only `quantity` required and shows an
        empty request example (curl sends `--data-raw ''`). Unlike create, the v1 preview body has no
        `flow`.
        The field `orderPreviewResuslt` is misspelled exactly like that in the docs (as in the 1688
        upstream API); its 14 child fields are not expanded, and the response example is cut off after
        `taoSample`, so only `discountFee`, `tradeModeNameList` and `status` are modelled.
        **v2** (`POST /v2/alibaba/order/create/preview`, https://doc-cnv2.pandapon.com/api-288855709): the
        address adds `districtCode`; cargo lines use a string `offerMapId` instead of the v1 integer
        `offerId` and add `sellerOpenId`, `productNo` and `container` (all optional); not modelled here.

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

         创建订单 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Creates one 1688 order from offer/spec lines (not the cart: that is `POST
        /alibaba/cart/create/order`).
        Seen only on the Vietnamese edition (https://doc-vnm.pandapon.com/api-250496568), whose field
        descriptions are Vietnamese or garbled; the Chinese descriptions below come from the batch-create
        page, which has the same fields. Its example block is empty and the page is cut off inside the
        curl sample, so the response was not seen. v2: `POST /v2/alibaba/order/create` (doc-th
        https://doc-th.pandapon.com/api-289190490, cut off after the headers).

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

         支付前取消订单 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Cancels an unpaid 1688 order. The full doc-en page (https://doc-en.pandapon.com/api-263477650) was
        seen: its request example is empty and its response example is a generic placeholder whose `data`
        is `{}` although the schema says boolean; `data` is modelled as boolean (the v2 example returns
        `true`). v2 (`POST /v2/alibaba/order/cancel`, https://doc-cnv2.pandapon.com/api-288855711) marks
        only `webSite` and `orderId` required and describes `cancelReason` as 取消原因; no list of reasons
        is documented. 1688 order ids exceed 2^53: the v2 JSON example shows `2542285634920880600` while
        its curl sends `2542285634920880794` (precision lost in the page's JSON).

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

         订单支付 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Returns the payment information of a 1688 order: the payment URL (`payUrl`), whether a protocol
        (agreement, password-free) payment succeeded (`protocolPaySuccess`) and the orders that cannot be
        paid (`cantPayOrderList`). Not marked idempotent: the title is "Order payment" and the response
        reports a protocol-payment result, so the call may attempt a payment, not only render a URL.
        The full doc-en page (https://doc-en.pandapon.com/api-263477651) was seen; its response example is a
        generic placeholder (`data: {}`). doc-en does not mark `orderId` required; v2
        (`GET /v2/alibaba/order/pay/url`, https://doc-env2.pandapon.com/api-289121041) marks it 必需 and
        names `data` `AlibabaPayOrderVO`.

        Sends `GET /alibaba/order/pay/url`. Never retried automatically: repeating it could act twice.

        Args:
            order_id (str | Unset):

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

         买家确认收货 (Chinese title unconfirmed: the Chinese menu seen is cut off before this item)

        Confirms receipt of a 1688 order, optionally only for some sub-orders (`orderEntryIds`). From doc-en
        (https://doc-en.pandapon.com/api-263477652), which marks no body field required; the response
        schema is fully shown, only the closing braces of its example are cut off. `data.success` and
        `data.errorCode`/`data.errorInfo` carry the upstream result inside a successful envelope.

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

         (No Chinese title seen; Vietnamese title: Nhận chi tiết đặt hàng)

        Returns the details of one 1688 order. Documented only on the Vietnamese edition
        (https://doc-vnm.pandapon.com/api-250496569, 1688 > Đơn hàng menu); the English menu does not list
        it. Here `orderId` is a string, while cancel and receive-goods send it as an integer. The response
        is cut off after `data object 可选 gua...` (presumably `guaranteesTerms`, as in the 1688 order
        objects returned by batch create), so no `data` field is modelled; all fields are kept in
        `additional_properties`.

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
