# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.taobao.goods`` namespace: Taobao goods.

Imported on first access to ``client.taobao.goods``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..api.taobao_goods import (
    taobao_batch_check_goods,
    taobao_get_goods,
    taobao_get_goods_source,
    taobao_search_goods_by_keyword,
)
from ..models.taobao_batch_check_goods_request import TaobaoBatchCheckGoodsRequest
from ..models.taobao_batch_check_goods_response import TaobaoBatchCheckGoodsResponse
from ..models.taobao_get_goods_response import TaobaoGetGoodsResponse
from ..models.taobao_get_goods_source_request import TaobaoGetGoodsSourceRequest
from ..models.taobao_get_goods_source_response import TaobaoGetGoodsSourceResponse
from ..models.taobao_search_goods_by_keyword_request import TaobaoSearchGoodsByKeywordRequest
from ..models.taobao_search_goods_by_keyword_response import TaobaoSearchGoodsByKeywordResponse
from ..types import UNSET, Response, Unset


class TaobaoGoodsNamespace(Namespace):
    """``client.taobao.goods``: Taobao goods.

    ``client.taobao.goods.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "TaobaoGoodsNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return TaobaoGoodsNamespaceWithRawResponse(self._client)

    async def search_by_keyword(
        self,
        *,
        body: TaobaoSearchGoodsByKeywordRequest,
    ) -> TaobaoSearchGoodsByKeywordResponse:
        """Taobao product search interface

         淘宝商品搜索接口

        Searches Taobao goods by keyword, one page of results at a time (`pageNo`, `pageSize` from 1 to 40).
        `sort` takes values such as `tk_rate_desc`. The shape of `data` is not documented: it is returned as
        any JSON.

        Sends `POST /v2/taobao/product/item/search`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoSearchGoodsByKeywordRequest): Keyword search body.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoSearchGoodsByKeywordResponse
        """

        return await taobao_search_goods_by_keyword.asyncio(
            client=self._client,
            body=body,
        )

    async def batch_check(
        self,
        *,
        body: TaobaoBatchCheckGoodsRequest,
    ) -> TaobaoBatchCheckGoodsResponse:
        """Batch query goods according to Taobao commodity id

         根据淘宝商品id批量查询商品

        Looks up the distribution (供销) products of several Taobao items. `params` is a **JSON-encoded
        string** holding an array of `{itemId, skuIds[]}` objects, not a JSON array. `data` lists the
        distribution products found (`mpProducts`), the item ids without one (`noMpProductItemIds`) and the
        reasons (`noMpReasonList`).

        Sends `POST /open/product/batch/check`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoBatchCheckGoodsRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoBatchCheckGoodsResponse
        """

        return await taobao_batch_check_goods.asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        *,
        item_id: str | Unset = UNSET,
    ) -> TaobaoGetGoodsResponse:
        """Query goods according to Taobao commodity id

         根据淘宝商品id查询商品

        Returns the details of one Taobao item by `itemId` (a numeric id such as `672991141190`; the `/v2/`
        path takes an opaque id). `price` is an integer in an unstated unit; `data.itemId` arrives as a
        string or an integer. Fields beyond those declared arrive in `additional_properties`.

        Sends `GET /open/product/get`. Retried automatically on connection errors, timeouts, 408, 429 and
        5xx: it is safe to repeat.

        Args:
            item_id (str | Unset): 淘宝商品id: the Taobao item id, a numeric string such as
                `672991141190`. Send it: the `/v2/` path requires it.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoGetGoodsResponse
        """

        return await taobao_get_goods.asyncio(
            client=self._client,
            item_id=item_id,
        )

    async def get_source(
        self,
        *,
        body: TaobaoGetGoodsSourceRequest,
    ) -> TaobaoGetGoodsSourceResponse:
        """Taobao commodity inquiry

         淘宝商品查询

        Returns the source goods detail of a Taobao item. `language` is a language code (e.g. `vi`). Fields
        beyond those declared arrive in `additional_properties`.

        Sends `POST /open/product/source/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoGetGoodsSourceRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            TaobaoGetGoodsSourceResponse
        """

        return await taobao_get_goods_source.asyncio(
            client=self._client,
            body=body,
        )

    async def search_by_image(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Taobao commodity picture search interface (淘宝商品图片搜索接口): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``taobao.goods.image_search``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"taobao.goods.image_search": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``taobao.goods.image_search``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "taobao.goods.image_search", params=params, json=json)


class TaobaoGoodsNamespaceWithRawResponse(Namespace):
    """``client.taobao.goods.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def search_by_keyword(
        self,
        *,
        body: TaobaoSearchGoodsByKeywordRequest,
    ) -> Response[TaobaoSearchGoodsByKeywordResponse]:
        """Taobao product search interface

         淘宝商品搜索接口

        Searches Taobao goods by keyword, one page of results at a time (`pageNo`, `pageSize` from 1 to 40).
        `sort` takes values such as `tk_rate_desc`. The shape of `data` is not documented: it is returned as
        any JSON.

        Sends `POST /v2/taobao/product/item/search`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (TaobaoSearchGoodsByKeywordRequest): Keyword search body.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoSearchGoodsByKeywordResponse]
        """

        return await taobao_search_goods_by_keyword.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def batch_check(
        self,
        *,
        body: TaobaoBatchCheckGoodsRequest,
    ) -> Response[TaobaoBatchCheckGoodsResponse]:
        """Batch query goods according to Taobao commodity id

         根据淘宝商品id批量查询商品

        Looks up the distribution (供销) products of several Taobao items. `params` is a **JSON-encoded
        string** holding an array of `{itemId, skuIds[]}` objects, not a JSON array. `data` lists the
        distribution products found (`mpProducts`), the item ids without one (`noMpProductItemIds`) and the
        reasons (`noMpReasonList`).

        Sends `POST /open/product/batch/check`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoBatchCheckGoodsRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoBatchCheckGoodsResponse]
        """

        return await taobao_batch_check_goods.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        *,
        item_id: str | Unset = UNSET,
    ) -> Response[TaobaoGetGoodsResponse]:
        """Query goods according to Taobao commodity id

         根据淘宝商品id查询商品

        Returns the details of one Taobao item by `itemId` (a numeric id such as `672991141190`; the `/v2/`
        path takes an opaque id). `price` is an integer in an unstated unit; `data.itemId` arrives as a
        string or an integer. Fields beyond those declared arrive in `additional_properties`.

        Sends `GET /open/product/get`. Retried automatically on connection errors, timeouts, 408, 429 and
        5xx: it is safe to repeat.

        Args:
            item_id (str | Unset): 淘宝商品id: the Taobao item id, a numeric string such as
                `672991141190`. Send it: the `/v2/` path requires it.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoGetGoodsResponse]
        """

        return await taobao_get_goods.asyncio_detailed(
            client=self._client,
            item_id=item_id,
        )

    async def get_source(
        self,
        *,
        body: TaobaoGetGoodsSourceRequest,
    ) -> Response[TaobaoGetGoodsSourceResponse]:
        """Taobao commodity inquiry

         淘宝商品查询

        Returns the source goods detail of a Taobao item. `language` is a language code (e.g. `vi`). Fields
        beyond those declared arrive in `additional_properties`.

        Sends `POST /open/product/source/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (TaobaoGetGoodsSourceRequest):

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[TaobaoGetGoodsSourceResponse]
        """

        return await taobao_get_goods_source.asyncio_detailed(
            client=self._client,
            body=body,
        )
