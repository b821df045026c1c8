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

         No Chinese title is shown: only the English v2 page was seen (doc-env2 api-289121052, titled there
        "Consult overseas freight estimate").

        Estimates the overseas (international) freight of one item SKU and quantity to a receiver address.

        - Known only by its v2 path; the non-v2 copy was not seen (the other warehouse endpoints use
          `/open/pp/logistics/...` on doc.pandapon.com and `/v2/open/pp/logistics/...` on doc-env2).
        - Auth on this page: query parameters `timestamp` and `sign` (both string, required), filled by the
          client's auth layer (see `x-pandapon-signed-query`), plus the optional header nonce-str.
        - The fields have no descriptions; all `receiverAddress` fields are `string | null`, optional.
        - The page is cut off inside the request example; the response was not seen.

        Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
                overseas freight for. Fields carry no descriptions on the page.

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
        chosen
        freight service per item.

        - Chinese edition (doc api-250313135): `POST /open/pp/logistics/orderRenderFreight`; v2 English
        edition
          (doc-env2 api-289121053, "Order overseas freight preview"): `POST
        /v2/open/pp/logistics/orderRenderFreight`.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); the Chinese page lists no header parameters, the v2 page adds
        nonce-str.
        - `freightInfo` (FreightInfoTO) children are not listed in the schema part of the page; the example
        uses
          `{serviceId, companyName, serviceCategory}`.
        - The schema marks `renderItems[].currency` and `price` required, but the page's own example omits
        them.
        - The page is cut off in the curl sample; the response was not seen. Presumably the response carries
        the
          `renderId` that "Create international logistics orders" takes (not shown).

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

        Reports the domestic (China) logistics of an order's lines to the warehouse.

        - From the Chinese edition (doc api-250313136); the v2 copy was not seen.
        - The field name is spelled `logisticNumer` (sic) on the page, both on the line and inside
          `domesticLogisticInfo`.
        - `lineItem` and `domesticLogisticInfo` (InnerLogisticInfoTO) children are not listed in the schema
        part
          of the page; their fields come from the example. `rtsTime` is a 10-digit epoch-seconds string
        there.
        - The outer `logisticNumer` values (e.g. FARJP2408000013YQ) look like international/warehouse
        tracking
          numbers and the inner ones like domestic carrier numbers (顺丰/圆通); this is an interpretation.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); no header parameters are listed.
        - The page is cut off in the curl sample; the response was not seen.

        Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
                its lines. No field has a description on the page.

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

        Books the international shipment of an order's lines to a receiver address.

        - From the Chinese edition (doc api-250313137); the v2 copy was not seen. The curl sample is cut
        off.
        - `renderId` (example `FF2024080200007`) is presumably the id returned by "Preview of overseas
        freight for
          orders" (orderRenderFreight), whose response has not been seen.
        - `tmallOrderInfo.tmallOrderId` presumably carries the caller's own/Tmall order id (not stated).
        - `freightInfo` (FreightInfoTO) children are not listed in the schema part; the example uses
          `{serviceId, companyName, serviceCategory}`.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); no header parameters are listed.
        - The response was not seen.

        Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
                order to book. No field is required or described on the page.

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

         No Chinese title is shown: only the English v2 page was seen (doc-env2 api-289121052, titled there
        "Consult overseas freight estimate").

        Estimates the overseas (international) freight of one item SKU and quantity to a receiver address.

        - Known only by its v2 path; the non-v2 copy was not seen (the other warehouse endpoints use
          `/open/pp/logistics/...` on doc.pandapon.com and `/v2/open/pp/logistics/...` on doc-env2).
        - Auth on this page: query parameters `timestamp` and `sign` (both string, required), filled by the
          client's auth layer (see `x-pandapon-signed-query`), plus the optional header nonce-str.
        - The fields have no descriptions; all `receiverAddress` fields are `string | null`, optional.
        - The page is cut off inside the request example; the response was not seen.

        Sends `POST /v2/open/pp/logistics/itemLogisticsPrice`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.

        Args:
            body (WarehouseFreightEstimateRequest): One item SKU, quantity and price to estimate the
                overseas freight for. Fields carry no descriptions on the page.

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
        chosen
        freight service per item.

        - Chinese edition (doc api-250313135): `POST /open/pp/logistics/orderRenderFreight`; v2 English
        edition
          (doc-env2 api-289121053, "Order overseas freight preview"): `POST
        /v2/open/pp/logistics/orderRenderFreight`.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); the Chinese page lists no header parameters, the v2 page adds
        nonce-str.
        - `freightInfo` (FreightInfoTO) children are not listed in the schema part of the page; the example
        uses
          `{serviceId, companyName, serviceCategory}`.
        - The schema marks `renderItems[].currency` and `price` required, but the page's own example omits
        them.
        - The page is cut off in the curl sample; the response was not seen. Presumably the response carries
        the
          `renderId` that "Create international logistics orders" takes (not shown).

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

        Reports the domestic (China) logistics of an order's lines to the warehouse.

        - From the Chinese edition (doc api-250313136); the v2 copy was not seen.
        - The field name is spelled `logisticNumer` (sic) on the page, both on the line and inside
          `domesticLogisticInfo`.
        - `lineItem` and `domesticLogisticInfo` (InnerLogisticInfoTO) children are not listed in the schema
        part
          of the page; their fields come from the example. `rtsTime` is a 10-digit epoch-seconds string
        there.
        - The outer `logisticNumer` values (e.g. FARJP2408000013YQ) look like international/warehouse
        tracking
          numbers and the inner ones like domestic carrier numbers (顺丰/圆通); this is an interpretation.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); no header parameters are listed.
        - The page is cut off in the curl sample; the response was not seen.

        Sends `POST /open/pp/logistics/updateLogisticInfo`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseUpdateDomesticLogisticsRequest): The order and the domestic logistics of
                its lines. No field has a description on the page.

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

        Books the international shipment of an order's lines to a receiver address.

        - From the Chinese edition (doc api-250313137); the v2 copy was not seen. The curl sample is cut
        off.
        - `renderId` (example `FF2024080200007`) is presumably the id returned by "Preview of overseas
        freight for
          orders" (orderRenderFreight), whose response has not been seen.
        - `tmallOrderInfo.tmallOrderId` presumably carries the caller's own/Tmall order id (not stated).
        - `freightInfo` (FreightInfoTO) children are not listed in the schema part; the example uses
          `{serviceId, companyName, serviceCategory}`.
        - Auth: query parameters `timestamp` and `sign` (both string, required), filled by the client's auth
        layer
          (see `x-pandapon-signed-query`); no header parameters are listed.
        - The response was not seen.

        Sends `POST /open/pp/logistics/orderBookingFreight`. Never retried automatically: repeating it could
        act twice.

        Args:
            body (WarehouseCreateInternationalLogisticsOrderRequest): The international logistics
                order to book. No field is required or described on the page.

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
