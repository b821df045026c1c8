# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba.aftersales`` namespace: 1688 after-sales.

Imported on first access to ``client.alibaba.aftersales``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.alibaba_aftersales import alibaba_create_refund, alibaba_get_refund_info, alibaba_submit_return_goods
from ..models.alibaba_refund_create_request import AlibabaRefundCreateRequest
from ..models.alibaba_refund_create_response import AlibabaRefundCreateResponse
from ..models.alibaba_refund_info_request import AlibabaRefundInfoRequest
from ..models.alibaba_refund_info_response import AlibabaRefundInfoResponse
from ..models.alibaba_refund_return_goods_request import AlibabaRefundReturnGoodsRequest
from ..models.alibaba_refund_return_goods_response import AlibabaRefundReturnGoodsResponse
from ..types import Response


class AlibabaAftersalesNamespace(Namespace):
    """``client.alibaba.aftersales``: 1688 after-sales.

    ``client.alibaba.aftersales.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "AlibabaAftersalesNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return AlibabaAftersalesNamespaceWithRawResponse(self._client)

    async def get_refund_info(
        self,
        *,
        body: AlibabaRefundInfoRequest,
    ) -> AlibabaRefundInfoResponse:
        """Check the details of the after-sales order

         查询售后单详情

        Returns one 1688 after-sales (refund) record by `refundId`. Fields beyond those declared arrive in
        `additional_properties`; the unit of the amounts (`applyPayment`, `applyCarriage`, `applyExpect`) is
        not stated.

        Sends `POST /alibaba/refund/info`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaRefundInfoRequest): Body of the 1688 after-sales detail query.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaRefundInfoResponse
        """

        return await alibaba_get_refund_info.asyncio(
            client=self._client,
            body=body,
        )

    async def create_refund(
        self,
        *,
        body: AlibabaRefundCreateRequest,
    ) -> AlibabaRefundCreateResponse:
        """Create a refund and return application

         创建退款退货申请

        Applies for a refund, or a return with refund, on a 1688 order. `orderId`, `disputeRequest`,
        `applyPayment`, `applyCarriage`, `applyReasonId`, `description` and `goodsStatus` are required;
        `orderEntryIds` limits it to some sub-orders. 1688 order ids exceed 2^53: pass them as Python ints
        or as strings of digits. The allowed values of `disputeRequest` and `goodsStatus` and the unit of
        the amounts are not stated. `data` is the id of the created refund.

        Sends `POST /alibaba/refund/detail/create`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaRefundCreateRequest): Body of the 1688 refund / return application (same
                fields on the v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaRefundCreateResponse
        """

        return await alibaba_create_refund.asyncio(
            client=self._client,
            body=body,
        )

    async def submit_return_goods(
        self,
        *,
        body: AlibabaRefundReturnGoodsRequest,
    ) -> AlibabaRefundReturnGoodsResponse:
        """The buyer submits the refund information

         Submits the return shipment of a 1688 refund (`refundId`, starts with `TQ`): the logistics company
        code (`logisticsCompanyNo`, required) and the waybill number (`freightBill`, required), with an
        optional `description` and `vouchers`. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /alibaba/refund/goods/return`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaRefundReturnGoodsRequest): Body of the buyer's return-shipment submission.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaRefundReturnGoodsResponse
        """

        return await alibaba_submit_return_goods.asyncio(
            client=self._client,
            body=body,
        )

    async def list_refund_reasons(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Check the reason for refund and return (used to create refund and return): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.aftersales.refund_reasons``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.aftersales.refund_reasons": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.aftersales.refund_reasons``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.aftersales.refund_reasons", params=params, json=json)

    async def upload_voucher(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Upload the refund and return voucher: pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.aftersales.upload_voucher``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.aftersales.upload_voucher": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.aftersales.upload_voucher``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.aftersales.upload_voucher", params=params, json=json)

    async def list_logistics_companies(
        self, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> dict[str, Any]:
        """List of logistics companies - all logistics companies: pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.aftersales.logistics_companies``, GET) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.aftersales.logistics_companies": "GET /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.aftersales.logistics_companies``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.aftersales.logistics_companies", params=params, json=json)


class AlibabaAftersalesNamespaceWithRawResponse(Namespace):
    """``client.alibaba.aftersales.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def get_refund_info(
        self,
        *,
        body: AlibabaRefundInfoRequest,
    ) -> Response[AlibabaRefundInfoResponse]:
        """Check the details of the after-sales order

         查询售后单详情

        Returns one 1688 after-sales (refund) record by `refundId`. Fields beyond those declared arrive in
        `additional_properties`; the unit of the amounts (`applyPayment`, `applyCarriage`, `applyExpect`) is
        not stated.

        Sends `POST /alibaba/refund/info`. Retried automatically on connection errors, timeouts, 408, 429
        and 5xx: it is safe to repeat.

        Args:
            body (AlibabaRefundInfoRequest): Body of the 1688 after-sales detail query.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaRefundInfoResponse]
        """

        return await alibaba_get_refund_info.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def create_refund(
        self,
        *,
        body: AlibabaRefundCreateRequest,
    ) -> Response[AlibabaRefundCreateResponse]:
        """Create a refund and return application

         创建退款退货申请

        Applies for a refund, or a return with refund, on a 1688 order. `orderId`, `disputeRequest`,
        `applyPayment`, `applyCarriage`, `applyReasonId`, `description` and `goodsStatus` are required;
        `orderEntryIds` limits it to some sub-orders. 1688 order ids exceed 2^53: pass them as Python ints
        or as strings of digits. The allowed values of `disputeRequest` and `goodsStatus` and the unit of
        the amounts are not stated. `data` is the id of the created refund.

        Sends `POST /alibaba/refund/detail/create`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaRefundCreateRequest): Body of the 1688 refund / return application (same
                fields on the v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaRefundCreateResponse]
        """

        return await alibaba_create_refund.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def submit_return_goods(
        self,
        *,
        body: AlibabaRefundReturnGoodsRequest,
    ) -> Response[AlibabaRefundReturnGoodsResponse]:
        """The buyer submits the refund information

         Submits the return shipment of a 1688 refund (`refundId`, starts with `TQ`): the logistics company
        code (`logisticsCompanyNo`, required) and the waybill number (`freightBill`, required), with an
        optional `description` and `vouchers`. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /alibaba/refund/goods/return`. Never retried automatically: repeating it could act
        twice.

        Args:
            body (AlibabaRefundReturnGoodsRequest): Body of the buyer's return-shipment submission.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaRefundReturnGoodsResponse]
        """

        return await alibaba_submit_return_goods.asyncio_detailed(
            client=self._client,
            body=body,
        )
