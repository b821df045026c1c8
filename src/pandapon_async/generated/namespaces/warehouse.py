# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.warehouse`` namespace: PandaPon warehouse and international logistics.

Imported on first access to ``client.warehouse``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property

from ..._namespaces import Namespace
from ..api.warehouse import (
    warehouse_create_international_logistics_order,
    warehouse_estimate_freight,
    warehouse_preview_order_freight,
    warehouse_update_domestic_logistics,
)
from ..models.warehouse_create_international_logistics_order_request import (
    WarehouseCreateInternationalLogisticsOrderRequest,
)
from ..models.warehouse_create_international_logistics_order_response import (
    WarehouseCreateInternationalLogisticsOrderResponse,
)
from ..models.warehouse_freight_estimate_request import WarehouseFreightEstimateRequest
from ..models.warehouse_freight_estimate_response import WarehouseFreightEstimateResponse
from ..models.warehouse_order_freight_preview_request import WarehouseOrderFreightPreviewRequest
from ..models.warehouse_order_freight_preview_response import WarehouseOrderFreightPreviewResponse
from ..models.warehouse_update_domestic_logistics_request import WarehouseUpdateDomesticLogisticsRequest
from ..models.warehouse_update_domestic_logistics_response import WarehouseUpdateDomesticLogisticsResponse
from ..types import Response


class WarehouseNamespace(Namespace):
    """``client.warehouse``: PandaPon warehouse and international logistics.

    ``client.warehouse.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "WarehouseNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return WarehouseNamespaceWithRawResponse(self._client)

    async def estimate_freight(
        self,
        *,
        body: WarehouseFreightEstimateRequest,
    ) -> WarehouseFreightEstimateResponse:
        """Detailed overseas freight estimate

         Estimates the overseas (international) freight of one item SKU and quantity to a receiver address
        (POST `/v2/open/pp/logistics/itemLogisticsPrice`). Signed with the `timestamp` and `sign` query
        parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
                overseas freight for.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            WarehouseFreightEstimateResponse
        """

        return await warehouse_estimate_freight.asyncio(
            client=self._client,
            body=body,
        )

    async def preview_order_freight(
        self,
        *,
        body: WarehouseOrderFreightPreviewRequest,
    ) -> WarehouseOrderFreightPreviewResponse:
        """Preview of overseas freight for orders

         订单海外运费预览

        Previews the overseas (international) freight of an order's items to a receiver address, with a
        chosen freight service (`freightInfo`: `serviceId`, `companyName`, `serviceCategory`) per item.
        Signed with the `timestamp` and `sign` query parameters, which the client fills in. The shape of
        `data` is not documented: it is returned as any JSON.

        Sends `POST /open/pp/logistics/orderRenderFreight`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
                preview the overseas freight for.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            WarehouseOrderFreightPreviewResponse
        """

        return await warehouse_preview_order_freight.asyncio(
            client=self._client,
            body=body,
        )

    async def update_domestic_logistics(
        self,
        *,
        body: WarehouseUpdateDomesticLogisticsRequest,
    ) -> WarehouseUpdateDomesticLogisticsResponse:
        """Update domestic logistics information

         更新国内物流信息

        Reports the domestic (China) logistics of an order's lines to the warehouse. The tracking-number
        field is spelled `logisticNumer` by the platform, on the line and inside `domesticLogisticInfo`;
        `rtsTime` is a 10-digit epoch-seconds string. Signed with the `timestamp` and `sign` query
        parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
                its lines.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            WarehouseUpdateDomesticLogisticsResponse
        """

        return await warehouse_update_domestic_logistics.asyncio(
            client=self._client,
            body=body,
        )

    async def create_international_logistics_order(
        self,
        *,
        body: WarehouseCreateInternationalLogisticsOrderRequest,
    ) -> WarehouseCreateInternationalLogisticsOrderResponse:
        """Create international logistics orders

         创建国际物流订单

        Books the international shipment of an order's lines to a receiver address. `renderId` (e.g.
        `FF2024080200007`) is presumably the id the order freight preview returns; `freightInfo` names the
        chosen freight service (`serviceId`, `companyName`, `serviceCategory`). Signed with the `timestamp`
        and `sign` query parameters, which the client fills in. The shape of `data` is not documented: it is
        returned as any JSON.

        Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
                order to book.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            WarehouseCreateInternationalLogisticsOrderResponse
        """

        return await warehouse_create_international_logistics_order.asyncio(
            client=self._client,
            body=body,
        )


class WarehouseNamespaceWithRawResponse(Namespace):
    """``client.warehouse.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def estimate_freight(
        self,
        *,
        body: WarehouseFreightEstimateRequest,
    ) -> Response[WarehouseFreightEstimateResponse]:
        """Detailed overseas freight estimate

         Estimates the overseas (international) freight of one item SKU and quantity to a receiver address
        (POST `/v2/open/pp/logistics/itemLogisticsPrice`). Signed with the `timestamp` and `sign` query
        parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
                overseas freight for.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[WarehouseFreightEstimateResponse]
        """

        return await warehouse_estimate_freight.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def preview_order_freight(
        self,
        *,
        body: WarehouseOrderFreightPreviewRequest,
    ) -> Response[WarehouseOrderFreightPreviewResponse]:
        """Preview of overseas freight for orders

         订单海外运费预览

        Previews the overseas (international) freight of an order's items to a receiver address, with a
        chosen freight service (`freightInfo`: `serviceId`, `companyName`, `serviceCategory`) per item.
        Signed with the `timestamp` and `sign` query parameters, which the client fills in. The shape of
        `data` is not documented: it is returned as any JSON.

        Sends `POST /open/pp/logistics/orderRenderFreight`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseOrderFreightPreviewRequest): The receiver address and the order lines to
                preview the overseas freight for.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[WarehouseOrderFreightPreviewResponse]
        """

        return await warehouse_preview_order_freight.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def update_domestic_logistics(
        self,
        *,
        body: WarehouseUpdateDomesticLogisticsRequest,
    ) -> Response[WarehouseUpdateDomesticLogisticsResponse]:
        """Update domestic logistics information

         更新国内物流信息

        Reports the domestic (China) logistics of an order's lines to the warehouse. The tracking-number
        field is spelled `logisticNumer` by the platform, on the line and inside `domesticLogisticInfo`;
        `rtsTime` is a 10-digit epoch-seconds string. Signed with the `timestamp` and `sign` query
        parameters, which the client fills in. The shape of `data` is not documented: it is returned as any
        JSON.

        Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
                its lines.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[WarehouseUpdateDomesticLogisticsResponse]
        """

        return await warehouse_update_domestic_logistics.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def create_international_logistics_order(
        self,
        *,
        body: WarehouseCreateInternationalLogisticsOrderRequest,
    ) -> Response[WarehouseCreateInternationalLogisticsOrderResponse]:
        """Create international logistics orders

         创建国际物流订单

        Books the international shipment of an order's lines to a receiver address. `renderId` (e.g.
        `FF2024080200007`) is presumably the id the order freight preview returns; `freightInfo` names the
        chosen freight service (`serviceId`, `companyName`, `serviceCategory`). Signed with the `timestamp`
        and `sign` query parameters, which the client fills in. The shape of `data` is not documented: it is
        returned as any JSON.

        Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
                order to book.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[WarehouseCreateInternationalLogisticsOrderResponse]
        """

        return await warehouse_create_international_logistics_order.asyncio_detailed(
            client=self._client,
            body=body,
        )
