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

        Lists Taobao reverse (refund/return) orders matching the given filters, one page of results at a
        time (`pageNo`, `pageSize`). The values of `refundStatus` and the unit of
        `refundStartTime`/`refundEndTime` are not stated. The shape of `data` is not documented: it is
        returned as any JSON.

        Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).

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

        Renders the reverse-order (refund/return) template for a purchase sub-order before submitting a
        reverse order: the selectable refund reasons, goods statuses, the draft refund order and the maximum
        refundable fee. The meanings of the `refundType` and `goodsStatus` values are not stated.

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

        Cancels (withdraws) a Taobao reverse order by its id. The response carries `cancelSuccess` and the
        reverse-order aggregate, in the same shape as the reverse-order query; the return address arrives as
        an object or a string, the company-code key as `logisticCompanyCode` or `logisticsCompanyCode`.

        Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
        act twice.

        Args:
            refund_id (str): 逆向单id: the id of the Taobao reverse order to cancel.

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

        Submits a message on a Taobao reverse order. `refundImages` is a single string. The fields of `data`
        are not documented: they arrive in `additional_properties`.

        Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (TaobaoRefundMessageSubmitRequest): A message on a reverse order.

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
        logistics and the purchase-order line it refers to. Money amounts (`refundFee`, `totalPrice`,
        `productFee`, `postFee`) are integers in an unstated unit; timestamps are epoch milliseconds
        (`createTime` a number, `timeoutDate` a string). `refundStatus` arrives as a string or an integer.

        Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            refund_id (str): 逆向单id: the id of the Taobao reverse order to return.

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

        Lists Taobao reverse (refund/return) orders matching the given filters, one page of results at a
        time (`pageNo`, `pageSize`). The values of `refundStatus` and the unit of
        `refundStartTime`/`refundEndTime` are not stated. The shape of `data` is not documented: it is
        returned as any JSON.

        Sends `POST /open/order/refund/queryList`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoRefundListRequest): Filter and paging of the reverse-order list (逆向单列表查询).

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

        Renders the reverse-order (refund/return) template for a purchase sub-order before submitting a
        reverse order: the selectable refund reasons, goods statuses, the draft refund order and the maximum
        refundable fee. The meanings of the `refundType` and `goodsStatus` values are not stated.

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

        Cancels (withdraws) a Taobao reverse order by its id. The response carries `cancelSuccess` and the
        reverse-order aggregate, in the same shape as the reverse-order query; the return address arrives as
        an object or a string, the company-code key as `logisticCompanyCode` or `logisticsCompanyCode`.

        Sends `GET /open/order/refund/cancel/{refundId}`. Never retried automatically: repeating it could
        act twice.

        Args:
            refund_id (str): 逆向单id: the id of the Taobao reverse order to cancel.

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

        Submits a message on a Taobao reverse order. `refundImages` is a single string. The fields of `data`
        are not documented: they arrive in `additional_properties`.

        Sends `POST /open/order/refund/submit/message`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (TaobaoRefundMessageSubmitRequest): A message on a reverse order.

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
        logistics and the purchase-order line it refers to. Money amounts (`refundFee`, `totalPrice`,
        `productFee`, `postFee`) are integers in an unstated unit; timestamps are epoch milliseconds
        (`createTime` a number, `timeoutDate` a string). `refundStatus` arrives as a string or an integer.

        Sends `GET /open/order/refund/query`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            refund_id (str): 逆向单id: the id of the Taobao reverse order to return.

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
