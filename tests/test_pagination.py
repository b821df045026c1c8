"""Page iterators (<method>_pages / <method>_all) against the embedded mock's paged goods searches."""

from __future__ import annotations

import pickle

import pytest

from pandapon_async import InvalidArgumentError, PandaPonError, RepeatedPageError
from pandapon_async._spec import iter_operations, packaged_spec, pagination
from pandapon_async.generated.models import (
    AlibabaGoodsImageSearchRequest,
    AlibabaGoodsKeywordSearchRequest,
    AlibabaGoodsProductListItem,
    AlibabaGoodsStoreSearchRequest,
)
from pandapon_async.mock import GoodsCatalogue, MockState, goods_catalogue, mock_client


@pytest.fixture
def state() -> MockState:
    return MockState()


@pytest.fixture
def catalogue(state: MockState) -> GoodsCatalogue:
    return goods_catalogue(state)


def _search(page_size: int = 20, **fields: object) -> AlibabaGoodsKeywordSearchRequest:
    return AlibabaGoodsKeywordSearchRequest(keyword="T恤", page_size=page_size, **fields)  # type: ignore[arg-type]


async def test_items_of_several_pages_in_order_then_stop_at_the_declared_last_page(
    state: MockState, catalogue: GoodsCatalogue
) -> None:
    async with mock_client(state=state) as client:
        items = [item async for item in client.alibaba.goods.search_by_keyword_all(body=_search())]
    assert [item.subject for item in items] == [f"T恤 #{n}" for n in range(1, 46)]
    assert all(isinstance(item, AlibabaGoodsProductListItem) for item in items)
    assert catalogue.pages_served == [1, 2, 3]  # totalPage 3: page 4 is never asked for


async def test_pages_yield_the_parsed_pages_from_the_bodys_page(state: MockState, catalogue: GoodsCatalogue) -> None:
    body = _search(page_size=10, begin_page=3)
    async with mock_client(state=state) as client:
        pages = [page async for page in client.alibaba.goods.search_by_keyword_pages(body=body)]
    assert [page.data.current_page for page in pages if page.data] == [3, 4, 5]
    assert catalogue.pages_served == [3, 4, 5]
    assert body.begin_page == 3  # the caller's body is not changed


async def test_without_totals_an_empty_page_ends_the_iteration(state: MockState, catalogue: GoodsCatalogue) -> None:
    catalogue.report_totals = False
    async with mock_client(state=state) as client:
        items = [item async for item in client.alibaba.goods.search_by_keyword_all(body=_search())]
    assert len(items) == 45
    assert catalogue.pages_served == [1, 2, 3, 4]  # page 4 is empty


async def test_an_empty_first_page_yields_nothing(state: MockState, catalogue: GoodsCatalogue) -> None:
    catalogue.goods = []
    async with mock_client(state=state) as client:
        assert [
            item
            async for item in client.alibaba.goods.search_by_image_all(
                body=AlibabaGoodsImageSearchRequest(image_base_64=None)
            )
        ] == []
    assert catalogue.pages_served == [1]


async def test_a_repeated_page_raises_after_the_pages_before_it(state: MockState, catalogue: GoodsCatalogue) -> None:
    catalogue.repeat_page = 2  # from page 2 on, the mock answers page 2 whatever beginPage says
    catalogue.report_totals = False  # so that only the repetition can end the iteration
    seen: list[object] = []
    async with mock_client(state=state) as client:
        with pytest.raises(RepeatedPageError) as raised:
            async for item in client.alibaba.goods.search_by_keyword_all(body=_search()):
                seen.append(item.subject)
    assert len(seen) == 40 and seen[-1] == "T恤 #40"
    assert catalogue.pages_served == [1, 2, 3]
    error = raised.value
    assert (error.operation, error.page, error.repeats) == ("alibaba_search_goods_by_keyword", 3, 2)
    assert str(error) == (
        "alibaba_search_goods_by_keyword: page 3 repeats page 2 (the server ignored beginPage); "
        "stopped instead of reading the same items again"
    )
    assert isinstance(error, PandaPonError)
    assert pickle.loads(pickle.dumps(error)).page == 3


async def test_max_items_stops_within_a_page_and_fetches_no_further_page(
    state: MockState, catalogue: GoodsCatalogue
) -> None:
    async with mock_client(state=state) as client:
        items = [
            i async for i in client.alibaba.goods.search_store_all(body=AlibabaGoodsStoreSearchRequest(), max_items=25)
        ]
    assert len(items) == 25
    assert catalogue.pages_served == [1, 2]


async def test_max_pages_limits_both_iterators(state: MockState, catalogue: GoodsCatalogue) -> None:
    async with mock_client(state=state) as client:
        items = [i async for i in client.alibaba.goods.search_by_keyword_all(body=_search(), max_pages=1)]
        pages = [p async for p in client.alibaba.goods.search_by_keyword_pages(body=_search(), max_pages=2)]
    assert len(items) == 20 and len(pages) == 2
    assert catalogue.pages_served == [1, 1, 2]


@pytest.mark.parametrize("limit", [0, -1, 1.5, True, "3"])
async def test_a_bad_limit_is_refused_before_anything_is_sent(
    state: MockState, catalogue: GoodsCatalogue, limit: object
) -> None:
    async with mock_client(state=state) as client:
        with pytest.raises(InvalidArgumentError, match="max_items must be a whole number >= 1 or None"):
            client.alibaba.goods.search_by_keyword_all(body=_search(), max_items=limit)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="max_pages"):
            client.alibaba.goods.search_by_keyword_pages(body=_search(), max_pages=limit)  # type: ignore[arg-type]
    assert catalogue.pages_served == []


def test_every_declared_iterable_pagination_has_iterators_and_the_others_none() -> None:
    from pandapon_async import PandaPonClient

    client = PandaPonClient("k", "s", "u")
    declared = {
        op["operationId"]: pagination(op) for _, _, op in iter_operations(packaged_spec()) if pagination(op) is not None
    }
    assert set(declared) == {
        "alibabaSearchGoodsByKeyword",
        "alibabaSearchGoodsByImage",
        "alibabaSearchStoreGoods",
        "alibabaListRelatedGoods",
        "taobaoListRefunds",
        "taobaoSearchGoodsByKeyword",
    }
    goods = client.alibaba.goods
    for method in ("search_by_keyword", "search_by_image", "search_store"):
        assert callable(getattr(goods, f"{method}_all")) and callable(getattr(goods, f"{method}_pages"))
    # documented page parameters but an undocumented answer: no iterator is offered (nothing is guessed)
    assert not hasattr(goods, "list_related_all") and not hasattr(client.taobao.aftersales, "list_refunds_all")
    assert not hasattr(client.taobao.goods, "search_by_keyword_pages")


async def test_the_readme_pages_example_runs_against_the_mock(capsys: pytest.CaptureFixture[str]) -> None:
    import ast
    import re

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "search_by_keyword_all" in b)
    compiled = compile(code, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    async with mock_client() as client:
        await eval(compiled, {"client": client})
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"T恤 #{n}" for n in range(1, 46)] + ["1", "2"]  # 45 goods on 2 pages of 40
