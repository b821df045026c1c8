# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.taobao.aftersales`` namespace: Taobao after-sales / reverse orders.

Imported on first access to ``client.taobao.aftersales``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.taobao_aftersales import (
    taobao_cancel_refund,
    taobao_get_refund,
    taobao_list_refunds,
    taobao_render_refund,
    taobao_submit_refund_message,
)
from ..models.taobao_refund_cancel_response import TaobaoRefundCancelResponse
from ..models.taobao_refund_list_request import TaobaoRefundListRequest
from ..models.taobao_refund_list_response import TaobaoRefundListResponse
from ..models.taobao_refund_message_submit_request import TaobaoRefundMessageSubmitRequest
from ..models.taobao_refund_message_submit_response import TaobaoRefundMessageSubmitResponse
from ..models.taobao_refund_query_response import TaobaoRefundQueryResponse
from ..models.taobao_refund_render_request import TaobaoRefundRenderRequest
from ..models.taobao_refund_render_response import TaobaoRefundRenderResponse
from ..types import Response


class TaobaoAftersalesNamespace(Namespace):
    """``client.taobao.aftersales``: Taobao after-sales / reverse orders.

    ``client.taobao.aftersales.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "TaobaoAftersalesNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return TaobaoAftersalesNamespaceWithRawResponse(self._client)

    async def list_refunds(
        self,
        *,
        body: TaobaoRefundListRequest,
    ) -> TaobaoRefundListResponse:
        """Reverse single list query

         逆向单列表查询

        Lists Taobao reverse (refund/return) orders matching the given filters, paged by
        `pageNo`/`pageSize`.

        - Only the Vietnamese edition's page (doc-vnm api-250496545, badge 开发中 "in development") shows
          content, and it is cut off right after the curl sample: **no response was seen**.
        - The Vietnamese page's title reads "query list of return-order messages", although its parameters
        are
          this refund-order list filter (the Vietnamese after-sales titles appear shuffled).
        - `refundStatus` values are not documented; the unit of `refundStartTime`/`refundEndTime` is not
        stated.
        - A v2 edition lists "Get the reverse order list interface" (获取逆向单列表接口), but its path was not seen.

        Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).
                Fields carry no descriptions on the page.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoRefundListResponse
        """

        return await taobao_list_refunds.asyncio(
            client=self._client,
            body=body,
        )

    async def render_refund(
        self,
        *,
        body: TaobaoRefundRenderRequest,
    ) -> TaobaoRefundRenderResponse:
        """Reverse single rendering interface

         逆向单渲染接口

        Renders the reverse-order (refund/return) template for a sub-order: the selectable refund reasons,
        goods statuses, the draft refund order and the maximum refundable fee, before submitting a reverse
        order.

        - Known only from the v2 Chinese edition (doc-cnv2 api-288803028); no edition shows a v1 `/open/...`
        path.
        - The meanings of `refundType` and `goodsStatus` values are not shown.
        - The response example on the page is cut off inside `data.refundOrderTemplate.maxRefundFee`.
        - In this example `refundOrder.refundStatus` is a string (`""`); the v2 query page shows an integer,
        so
          the field accepts both.
        - The v2 Chinese pages list the headers access-key, timestamp, user-id and signature only (no nonce-
        str).

        Sends `POST /v2/taobao/order/refund/render`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoRefundRenderRequest): Which sub-order to render a reverse order for, and the
                kind of reverse order.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoRefundRenderResponse
        """

        return await taobao_render_refund.asyncio(
            client=self._client,
            body=body,
        )

    async def cancel_refund(
        self,
        refund_id: str,
    ) -> TaobaoRefundCancelResponse:
        """Reverse order cancellation

         逆向单撤销

        Cancels (withdraws) a Taobao reverse order. The response carries `cancelSuccess` and the reverse-
        order
        aggregate, the same shape as the reverse-order query.

        - Marked 开发中 ("in development") on the pages (doc zh api-250313087, doc-vnm api-250496552).
        - v2 edition (doc-env2 api-289121008): `GET /v2/taobao/order/refund/cancel/{refundId}`, same
        parameter.
        - The response example is cut off inside `refundOrderAggregate.purchaseOrderLine` (after `postFee`).
        - Differences from the query example: here the company-code key is spelled `logisticCompanyCode`
          (no "s"), `logistics` has `logisticsNo`, and `receiverAddress` is an object
          `{detailAddress, phone, receiver}` (a string on the v2 query page); both readings are accepted.
        - `developId` is typed string on this page (integer on v2 pages).

        Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
        act twice.

        Args:
            refund_id (str):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoRefundCancelResponse
        """

        return await taobao_cancel_refund.asyncio(
            client=self._client,
            refund_id=refund_id,
        )

    async def submit_refund_message(
        self,
        *,
        body: TaobaoRefundMessageSubmitRequest,
    ) -> TaobaoRefundMessageSubmitResponse:
        """Submit a message in reverse

         提交逆向单留言

        Submits a message (留言) on a Taobao reverse order.

        - From the English edition (doc-en api-263477624, badge 开发中 "in development"); the page is cut off
        right
          after the response's `data` object, so none of `data`'s fields are known.
        - `refundImages` is a single string; the format for several images is not stated.
        - v2 menus list "Submit reverse message" (提交逆向留言), but its path was not seen.

        Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (TaobaoRefundMessageSubmitRequest): A message on a reverse order. No field is marked
                required on the page.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoRefundMessageSubmitResponse
        """

        return await taobao_submit_refund_message.asyncio(
            client=self._client,
            body=body,
        )

    async def get_refund(
        self,
        *,
        refund_id: str,
    ) -> TaobaoRefundQueryResponse:
        """Reverse single query

         逆向单查询

        Returns one Taobao reverse order (refund/return) by its id: the reverse order itself, its return
        logistics and the purchase-order line it refers to.

        - English edition page seen whole; Vietnamese edition (doc-vnm api-250496551) marks it 开发中 ("in
        development").
        - v2 edition (doc-cnv2 api-288803036 "逆向单详情接口", doc-th api-289190464):
          `GET /v2/taobao/order/refund/query`, same `refundId` parameter.
        - The page marks `requestId` and `developId` "required" but types them null (and the example sends
        null);
          `developId` is string on the Vietnamese page and integer on v2 pages.
        - Type conflicts across pages, all accepted: `refundOrder.refundStatus` is a string (`"100"`) here
        and an
          integer on a v2 example; `logistics.receiverAddress` is a string (null here) on the query page and
        an
          object on the cancel page; the company-code key is `logisticsCompanyCode` here and
        `logisticCompanyCode`
          on the cancel page.
        - Money amounts (`refundFee`, `totalPrice`, `productFee`, `postFee`) are integers; the unit is not
        stated.
        - Timestamps are epoch milliseconds (`createTime` a number, `timeoutDate` a string).

        Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            refund_id (str):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoRefundQueryResponse
        """

        return await taobao_get_refund.asyncio(
            client=self._client,
            refund_id=refund_id,
        )

    async def render_return_logistics(
        self, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> dict[str, Any]:
        """Return logistics rendering (退货物流渲染): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.aftersales.return_logistics_render``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.aftersales.return_logistics_render": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.aftersales.return_logistics_render``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.aftersales.return_logistics_render", params=params, json=json)

    async def submit_return_logistics(
        self, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> dict[str, Any]:
        """Return logistics submission (退货物流提交): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.aftersales.return_logistics_submit``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.aftersales.return_logistics_submit": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.aftersales.return_logistics_submit``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.aftersales.return_logistics_submit", params=params, json=json)

    async def submit_refund(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Reverse order submission (逆向单提交): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.aftersales.refund_submit``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.aftersales.refund_submit": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.aftersales.refund_submit``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.aftersales.refund_submit", params=params, json=json)

    async def list_refund_messages(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Reverse single message list query (逆向单留言列表查询): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.aftersales.refund_message_list``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.aftersales.refund_message_list": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.aftersales.refund_message_list``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.aftersales.refund_message_list", params=params, json=json)

    async def modify_refund(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Reverse order modification (逆向单修改): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.aftersales.refund_modify``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.aftersales.refund_modify": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.aftersales.refund_modify``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.aftersales.refund_modify", params=params, json=json)


class TaobaoAftersalesNamespaceWithRawResponse(Namespace):
    """``client.taobao.aftersales.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def list_refunds(
        self,
        *,
        body: TaobaoRefundListRequest,
    ) -> Response[TaobaoRefundListResponse]:
        """Reverse single list query

         逆向单列表查询

        Lists Taobao reverse (refund/return) orders matching the given filters, paged by
        `pageNo`/`pageSize`.

        - Only the Vietnamese edition's page (doc-vnm api-250496545, badge 开发中 "in development") shows
          content, and it is cut off right after the curl sample: **no response was seen**.
        - The Vietnamese page's title reads "query list of return-order messages", although its parameters
        are
          this refund-order list filter (the Vietnamese after-sales titles appear shuffled).
        - `refundStatus` values are not documented; the unit of `refundStartTime`/`refundEndTime` is not
        stated.
        - A v2 edition lists "Get the reverse order list interface" (获取逆向单列表接口), but its path was not seen.

        Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).
                Fields carry no descriptions on the page.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoRefundListResponse]
        """

        return await taobao_list_refunds.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def render_refund(
        self,
        *,
        body: TaobaoRefundRenderRequest,
    ) -> Response[TaobaoRefundRenderResponse]:
        """Reverse single rendering interface

         逆向单渲染接口

        Renders the reverse-order (refund/return) template for a sub-order: the selectable refund reasons,
        goods statuses, the draft refund order and the maximum refundable fee, before submitting a reverse
        order.

        - Known only from the v2 Chinese edition (doc-cnv2 api-288803028); no edition shows a v1 `/open/...`
        path.
        - The meanings of `refundType` and `goodsStatus` values are not shown.
        - The response example on the page is cut off inside `data.refundOrderTemplate.maxRefundFee`.
        - In this example `refundOrder.refundStatus` is a string (`""`); the v2 query page shows an integer,
        so
          the field accepts both.
        - The v2 Chinese pages list the headers access-key, timestamp, user-id and signature only (no nonce-
        str).

        Sends `POST /v2/taobao/order/refund/render`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoRefundRenderRequest): Which sub-order to render a reverse order for, and the
                kind of reverse order.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoRefundRenderResponse]
        """

        return await taobao_render_refund.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def cancel_refund(
        self,
        refund_id: str,
    ) -> Response[TaobaoRefundCancelResponse]:
        """Reverse order cancellation

         逆向单撤销

        Cancels (withdraws) a Taobao reverse order. The response carries `cancelSuccess` and the reverse-
        order
        aggregate, the same shape as the reverse-order query.

        - Marked 开发中 ("in development") on the pages (doc zh api-250313087, doc-vnm api-250496552).
        - v2 edition (doc-env2 api-289121008): `GET /v2/taobao/order/refund/cancel/{refundId}`, same
        parameter.
        - The response example is cut off inside `refundOrderAggregate.purchaseOrderLine` (after `postFee`).
        - Differences from the query example: here the company-code key is spelled `logisticCompanyCode`
          (no "s"), `logistics` has `logisticsNo`, and `receiverAddress` is an object
          `{detailAddress, phone, receiver}` (a string on the v2 query page); both readings are accepted.
        - `developId` is typed string on this page (integer on v2 pages).

        Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
        act twice.

        Args:
            refund_id (str):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoRefundCancelResponse]
        """

        return await taobao_cancel_refund.asyncio_detailed(
            client=self._client,
            refund_id=refund_id,
        )

    async def submit_refund_message(
        self,
        *,
        body: TaobaoRefundMessageSubmitRequest,
    ) -> Response[TaobaoRefundMessageSubmitResponse]:
        """Submit a message in reverse

         提交逆向单留言

        Submits a message (留言) on a Taobao reverse order.

        - From the English edition (doc-en api-263477624, badge 开发中 "in development"); the page is cut off
        right
          after the response's `data` object, so none of `data`'s fields are known.
        - `refundImages` is a single string; the format for several images is not stated.
        - v2 menus list "Submit reverse message" (提交逆向留言), but its path was not seen.

        Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (TaobaoRefundMessageSubmitRequest): A message on a reverse order. No field is marked
                required on the page.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoRefundMessageSubmitResponse]
        """

        return await taobao_submit_refund_message.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_refund(
        self,
        *,
        refund_id: str,
    ) -> Response[TaobaoRefundQueryResponse]:
        """Reverse single query

         逆向单查询

        Returns one Taobao reverse order (refund/return) by its id: the reverse order itself, its return
        logistics and the purchase-order line it refers to.

        - English edition page seen whole; Vietnamese edition (doc-vnm api-250496551) marks it 开发中 ("in
        development").
        - v2 edition (doc-cnv2 api-288803036 "逆向单详情接口", doc-th api-289190464):
          `GET /v2/taobao/order/refund/query`, same `refundId` parameter.
        - The page marks `requestId` and `developId` "required" but types them null (and the example sends
        null);
          `developId` is string on the Vietnamese page and integer on v2 pages.
        - Type conflicts across pages, all accepted: `refundOrder.refundStatus` is a string (`"100"`) here
        and an
          integer on a v2 example; `logistics.receiverAddress` is a string (null here) on the query page and
        an
          object on the cancel page; the company-code key is `logisticsCompanyCode` here and
        `logisticCompanyCode`
          on the cancel page.
        - Money amounts (`refundFee`, `totalPrice`, `productFee`, `postFee`) are integers; the unit is not
        stated.
        - Timestamps are epoch milliseconds (`createTime` a number, `timeoutDate` a string).

        Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            refund_id (str):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoRefundQueryResponse]
        """

        return await taobao_get_refund.asyncio_detailed(
            client=self._client,
            refund_id=refund_id,
        )
