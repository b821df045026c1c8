# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba.goods`` namespace: 1688 goods.

Imported on first access to ``client.alibaba.goods``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Any

from ..._namespaces import Namespace, call_pending
from ..._pagination import Paging, body_start, iterate_items, iterate_pages, with_body_page
from ..api.alibaba_goods import (
    alibaba_get_goods_detail,
    alibaba_list_related_goods,
    alibaba_search_goods_by_image,
    alibaba_search_goods_by_keyword,
    alibaba_search_store_goods,
)
from ..models.alibaba_goods_detail_request import AlibabaGoodsDetailRequest
from ..models.alibaba_goods_detail_response import AlibabaGoodsDetailResponse
from ..models.alibaba_goods_image_search_request import AlibabaGoodsImageSearchRequest
from ..models.alibaba_goods_image_search_response import AlibabaGoodsImageSearchResponse
from ..models.alibaba_goods_keyword_search_request import AlibabaGoodsKeywordSearchRequest
from ..models.alibaba_goods_keyword_search_response import AlibabaGoodsKeywordSearchResponse
from ..models.alibaba_goods_product_list_item import AlibabaGoodsProductListItem
from ..models.alibaba_goods_related_recommend_request import AlibabaGoodsRelatedRecommendRequest
from ..models.alibaba_goods_related_recommend_response import AlibabaGoodsRelatedRecommendResponse
from ..models.alibaba_goods_store_offer_item import AlibabaGoodsStoreOfferItem
from ..models.alibaba_goods_store_search_request import AlibabaGoodsStoreSearchRequest
from ..models.alibaba_goods_store_search_response import AlibabaGoodsStoreSearchResponse
from ..types import Response

_PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD = Paging(
    operation="alibaba_search_goods_by_keyword",
    location="body",
    page_field="beginPage",
    first=1,
    items=("data", "data"),
    total_pages=("data", "total_page"),
    total_items=("data", "total_records"),
)
_PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE = Paging(
    operation="alibaba_search_goods_by_image",
    location="body",
    page_field="beginPage",
    first=1,
    items=("data", "data"),
    total_pages=("data", "total_page"),
    total_items=("data", "total_records"),
)
_PAGING_ALIBABA_SEARCH_STORE_GOODS = Paging(
    operation="alibaba_search_store_goods",
    location="body",
    page_field="beginPage",
    first=1,
    items=("data", "data"),
    total_pages=("data", "total_page"),
    total_items=("data", "total_records"),
)


class AlibabaGoodsNamespace(Namespace):
    """``client.alibaba.goods``: 1688 goods.

    ``client.alibaba.goods.with_raw_response.<method>(...)`` answers ``Response`` (status, headers, raw bytes
    and the parsed model) instead of the parsed model.
    """

    @cached_property
    def with_raw_response(self) -> "AlibabaGoodsNamespaceWithRawResponse":
        """The same operations, answering ``Response`` (status, headers, raw bytes and the parsed model)."""
        return AlibabaGoodsNamespaceWithRawResponse(self._client)

    async def get_detail(
        self,
        *,
        body: AlibabaGoodsDetailRequest,
    ) -> AlibabaGoodsDetailResponse:
        """Commodity details inquiry

         商品详情查询

        Returns the details of one 1688 product (`offerId`): category, original and translated title and the
        HTML description. Further product data (images, videos, attributes, SKUs, sale and shipping info,
        seller data) arrives in `additional_properties`. `country` is always `en` for now.

        Sends `POST /alibaba/product/detail/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query; no field is
                required.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaGoodsDetailResponse
        """

        return await alibaba_get_goods_detail.asyncio(
            client=self._client,
            body=body,
        )

    async def search_by_keyword(
        self,
        *,
        body: AlibabaGoodsKeywordSearchRequest,
    ) -> AlibabaGoodsKeywordSearchResponse:
        """Commodity keyword query

         商品关键词查询

        Searches 1688 goods by keyword, one page of results at a time (`beginPage` from 1, `pageSize`).
        `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`); `filter` is a comma-separated
        list (e.g. `shipInToday,ksCiphertext`); `country` is always `en` for now. `data` holds the totals
        and one page of items.

        Sends `POST /alibaba/product/keywords/query`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_by_keyword_all()` iterates the items of every page and
        `client.alibaba.goods.search_by_keyword_pages()` the pages.

        Args:
            body (AlibabaGoodsKeywordSearchRequest): Body of the 1688 keyword search (same fields on
                the v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaGoodsKeywordSearchResponse
        """

        return await alibaba_search_goods_by_keyword.asyncio(
            client=self._client,
            body=body,
        )

    def search_by_keyword_pages(
        self,
        *,
        body: AlibabaGoodsKeywordSearchRequest,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsKeywordSearchResponse]:
        """Each page of ``search_by_keyword``, from the body's ``beginPage`` (else page 1) to the last page.

        Takes the arguments of ``search_by_keyword``; ``max_pages`` stops after that many pages. Iteration ends at
        a page without items or at the declared total of pages or items; a page repeating an earlier page's items
        raises ``pandapon_async.RepeatedPageError``. Each page is one call, retried as ``search_by_keyword`` is.

        Raises:
            pandapon_async.InvalidArgumentError: ``max_pages`` is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_by_keyword`` (any page).
        """
        client = self._client
        return iterate_pages(
            _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD,
            lambda page: alibaba_search_goods_by_keyword.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD),
            max_pages=max_pages,
        )

    def search_by_keyword_all(
        self,
        *,
        body: AlibabaGoodsKeywordSearchRequest,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsProductListItem]:
        """Each item of every page of ``search_by_keyword`` (``data.data``), page after page.

        Takes the arguments of ``search_by_keyword``; ``max_items`` stops after that many items (no further
        page is fetched), ``max_pages`` after that many pages. Ends as ``search_by_keyword_pages`` does.

        Raises:
            pandapon_async.InvalidArgumentError: A limit is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_by_keyword`` (any page).
        """
        client = self._client
        return iterate_items(
            _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD,
            lambda page: alibaba_search_goods_by_keyword.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_KEYWORD),
            max_items=max_items,
            max_pages=max_pages,
        )

    async def search_by_image(
        self,
        *,
        body: AlibabaGoodsImageSearchRequest,
    ) -> AlibabaGoodsImageSearchResponse:
        """Commodity picture search

         商品图片搜索

        Searches 1688 goods by an image, sent as base64 (`imageBase64`, required) and/or as an image URL
        (`imageAddress`), one page of results at a time. `sort` is a JSON object encoded in a string (e.g.
        `{"price":"asc"}`); `filter` is comma-separated; `region` selects the subject in the image;
        `country` is always `en` for now. `categoryId` is an integer here (a string in the keyword search).

        Sends `POST /alibaba/product/image/query`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_by_image_all()` iterates the items of every page and
        `client.alibaba.goods.search_by_image_pages()` the pages.

        Args:
            body (AlibabaGoodsImageSearchRequest): Body of the 1688 image search (same fields on the
                v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaGoodsImageSearchResponse
        """

        return await alibaba_search_goods_by_image.asyncio(
            client=self._client,
            body=body,
        )

    def search_by_image_pages(
        self,
        *,
        body: AlibabaGoodsImageSearchRequest,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsImageSearchResponse]:
        """Each page of ``search_by_image``, from the body's ``beginPage`` (else page 1) to the last page.

        Takes the arguments of ``search_by_image``; ``max_pages`` stops after that many pages. Iteration ends at
        a page without items or at the declared total of pages or items; a page repeating an earlier page's items
        raises ``pandapon_async.RepeatedPageError``. Each page is one call, retried as ``search_by_image`` is.

        Raises:
            pandapon_async.InvalidArgumentError: ``max_pages`` is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_by_image`` (any page).
        """
        client = self._client
        return iterate_pages(
            _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE,
            lambda page: alibaba_search_goods_by_image.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE),
            max_pages=max_pages,
        )

    def search_by_image_all(
        self,
        *,
        body: AlibabaGoodsImageSearchRequest,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsProductListItem]:
        """Each item of every page of ``search_by_image`` (``data.data``), page after page.

        Takes the arguments of ``search_by_image``; ``max_items`` stops after that many items (no further
        page is fetched), ``max_pages`` after that many pages. Ends as ``search_by_image_pages`` does.

        Raises:
            pandapon_async.InvalidArgumentError: A limit is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_by_image`` (any page).
        """
        client = self._client
        return iterate_items(
            _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE,
            lambda page: alibaba_search_goods_by_image.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_GOODS_BY_IMAGE),
            max_items=max_items,
            max_pages=max_pages,
        )

    async def search_store(
        self,
        *,
        body: AlibabaGoodsStoreSearchRequest,
    ) -> AlibabaGoodsStoreSearchResponse:
        """Commodity store search

         商品店搜

        Searches the goods of one 1688 shop (`sellerOpenId`), one page of results at a time. `filter` is
        comma-separated, `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`), `country`
        defaults to `en`. `data` holds the totals and one page of items.

        Sends `POST /alibaba/product/query/selleroffer`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_store_all()` iterates the items of every page and
        `client.alibaba.goods.search_store_pages()` the pages.

        Args:
            body (AlibabaGoodsStoreSearchRequest): Body of the 1688 store search (same fields on the
                v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaGoodsStoreSearchResponse
        """

        return await alibaba_search_store_goods.asyncio(
            client=self._client,
            body=body,
        )

    def search_store_pages(
        self,
        *,
        body: AlibabaGoodsStoreSearchRequest,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsStoreSearchResponse]:
        """Each page of ``search_store``, from the body's ``beginPage`` (else page 1) to the last page.

        Takes the arguments of ``search_store``; ``max_pages`` stops after that many pages. Iteration ends at
        a page without items or at the declared total of pages or items; a page repeating an earlier page's items
        raises ``pandapon_async.RepeatedPageError``. Each page is one call, retried as ``search_store`` is.

        Raises:
            pandapon_async.InvalidArgumentError: ``max_pages`` is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_store`` (any page).
        """
        client = self._client
        return iterate_pages(
            _PAGING_ALIBABA_SEARCH_STORE_GOODS,
            lambda page: alibaba_search_store_goods.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_STORE_GOODS, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_STORE_GOODS),
            max_pages=max_pages,
        )

    def search_store_all(
        self,
        *,
        body: AlibabaGoodsStoreSearchRequest,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[AlibabaGoodsStoreOfferItem]:
        """Each item of every page of ``search_store`` (``data.data``), page after page.

        Takes the arguments of ``search_store``; ``max_items`` stops after that many items (no further
        page is fetched), ``max_pages`` after that many pages. Ends as ``search_store_pages`` does.

        Raises:
            pandapon_async.InvalidArgumentError: A limit is not None or a whole number >= 1 (nothing is sent).
            pandapon_async.RepeatedPageError: The server answered the same items for another page number.
            pandapon_async.APIError: As ``search_store`` (any page).
        """
        client = self._client
        return iterate_items(
            _PAGING_ALIBABA_SEARCH_STORE_GOODS,
            lambda page: alibaba_search_store_goods.asyncio(
                client=client,
                body=with_body_page(body, _PAGING_ALIBABA_SEARCH_STORE_GOODS, page),
            ),
            start=body_start(body, _PAGING_ALIBABA_SEARCH_STORE_GOODS),
            max_items=max_items,
            max_pages=max_pages,
        )

    async def list_related(
        self,
        *,
        body: AlibabaGoodsRelatedRecommendRequest,
    ) -> AlibabaGoodsRelatedRecommendResponse:
        """Related commodity inquiry

         相关性商品查询

        Recommends 1688 goods related to one product, one page of results at a time. `offerId` is the
        encrypted string id of the product (e.g. `f6vE-dfY1NV37oG_fz9WSA`); `language` is `en` or `vi`. The
        shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /v2/alibaba/product/productRelatedRecommendQuery`. Retried automatically on connection
        errors, timeouts, 408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            AlibabaGoodsRelatedRecommendResponse
        """

        return await alibaba_list_related_goods.asyncio(
            client=self._client,
            body=body,
        )

    async def get_wangwang_url(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Convert and decrypt to Wangwang URL (转换解密为旺旺URL): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.goods.wangwang_url``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.goods.wangwang_url": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.goods.wangwang_url``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.goods.wangwang_url", params=params, json=json)

    async def get_category(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Query multilingual categories according to category ID (根据类目ID查询多语言类目): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.goods.category``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.goods.category": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.goods.category``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.goods.category", params=params, json=json)

    async def list_recommended(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Product recommendation inquiry (商品推荐查询): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.goods.recommend``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.goods.recommend": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.goods.recommend``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.goods.recommend", params=params, json=json)


class AlibabaGoodsNamespaceWithRawResponse(Namespace):
    """``client.alibaba.goods.with_raw_response``: each operation answers ``Response`` (``status_code``,
    ``headers``, ``content`` bytes and ``parsed``, the model the plain method returns)."""

    async def get_detail(
        self,
        *,
        body: AlibabaGoodsDetailRequest,
    ) -> Response[AlibabaGoodsDetailResponse]:
        """Commodity details inquiry

         商品详情查询

        Returns the details of one 1688 product (`offerId`): category, original and translated title and the
        HTML description. Further product data (images, videos, attributes, SKUs, sale and shipping info,
        seller data) arrives in `additional_properties`. `country` is always `en` for now.

        Sends `POST /alibaba/product/detail/get`. Retried automatically on connection errors, timeouts, 408,
        429 and 5xx: it is safe to repeat.

        Args:
            body (AlibabaGoodsDetailRequest): Body of the 1688 goods detail query; no field is
                required.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaGoodsDetailResponse]
        """

        return await alibaba_get_goods_detail.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def search_by_keyword(
        self,
        *,
        body: AlibabaGoodsKeywordSearchRequest,
    ) -> Response[AlibabaGoodsKeywordSearchResponse]:
        """Commodity keyword query

         商品关键词查询

        Searches 1688 goods by keyword, one page of results at a time (`beginPage` from 1, `pageSize`).
        `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`); `filter` is a comma-separated
        list (e.g. `shipInToday,ksCiphertext`); `country` is always `en` for now. `data` holds the totals
        and one page of items.

        Sends `POST /alibaba/product/keywords/query`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_by_keyword_all()` iterates the items of every page and
        `client.alibaba.goods.search_by_keyword_pages()` the pages.

        Args:
            body (AlibabaGoodsKeywordSearchRequest): Body of the 1688 keyword search (same fields on
                the v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaGoodsKeywordSearchResponse]
        """

        return await alibaba_search_goods_by_keyword.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def search_by_image(
        self,
        *,
        body: AlibabaGoodsImageSearchRequest,
    ) -> Response[AlibabaGoodsImageSearchResponse]:
        """Commodity picture search

         商品图片搜索

        Searches 1688 goods by an image, sent as base64 (`imageBase64`, required) and/or as an image URL
        (`imageAddress`), one page of results at a time. `sort` is a JSON object encoded in a string (e.g.
        `{"price":"asc"}`); `filter` is comma-separated; `region` selects the subject in the image;
        `country` is always `en` for now. `categoryId` is an integer here (a string in the keyword search).

        Sends `POST /alibaba/product/image/query`. Retried automatically on connection errors, timeouts,
        408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_by_image_all()` iterates the items of every page and
        `client.alibaba.goods.search_by_image_pages()` the pages.

        Args:
            body (AlibabaGoodsImageSearchRequest): Body of the 1688 image search (same fields on the
                v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaGoodsImageSearchResponse]
        """

        return await alibaba_search_goods_by_image.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def search_store(
        self,
        *,
        body: AlibabaGoodsStoreSearchRequest,
    ) -> Response[AlibabaGoodsStoreSearchResponse]:
        """Commodity store search

         商品店搜

        Searches the goods of one 1688 shop (`sellerOpenId`), one page of results at a time. `filter` is
        comma-separated, `sort` is a JSON object encoded in a string (e.g. `{"price":"desc"}`), `country`
        defaults to `en`. `data` holds the totals and one page of items.

        Sends `POST /alibaba/product/query/selleroffer`. Retried automatically on connection errors,
        timeouts, 408, 429 and 5xx: it is safe to repeat.
        Paged by `beginPage` (first page 1) and `pageSize` in the request body;
        `client.alibaba.goods.search_store_all()` iterates the items of every page and
        `client.alibaba.goods.search_store_pages()` the pages.

        Args:
            body (AlibabaGoodsStoreSearchRequest): Body of the 1688 store search (same fields on the
                v1 and v2 paths).

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaGoodsStoreSearchResponse]
        """

        return await alibaba_search_store_goods.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def list_related(
        self,
        *,
        body: AlibabaGoodsRelatedRecommendRequest,
    ) -> Response[AlibabaGoodsRelatedRecommendResponse]:
        """Related commodity inquiry

         相关性商品查询

        Recommends 1688 goods related to one product, one page of results at a time. `offerId` is the
        encrypted string id of the product (e.g. `f6vE-dfY1NV37oG_fz9WSA`); `language` is `en` or `vi`. The
        shape of `data` is not documented: it is returned as any JSON.

        Sends `POST /v2/alibaba/product/productRelatedRecommendQuery`. Retried automatically on connection
        errors, timeouts, 408, 429 and 5xx: it is safe to repeat.
        Paged by `pageNo` (first page 1) and `pageSize` in the request body; the answer's paging fields are
        not documented, so no page iterator is offered.

        Args:
            body (AlibabaGoodsRelatedRecommendRequest): Body of the related-goods recommendation.

        Raises:
            pandapon_async.PandaPonAPIError: The envelope carries a business error code (not 200 or 0).
            pandapon_async.APIStatusError: The server answered a non-2xx HTTP status.
            pandapon_async.APIResponseValidationError: The body is not JSON or not the PandaPon envelope.
            pandapon_async.APIConnectionError: The request could not be sent or timed out (APITimeoutError).

        Returns:
            Response[AlibabaGoodsRelatedRecommendResponse]
        """

        return await alibaba_list_related_goods.asyncio_detailed(
            client=self._client,
            body=body,
        )
