"""Paged answers for the mock's 1688 goods searches (keyword, image, store), so page iterators can be tried.

The spec's examples show one page (``totalRecords``, ``totalPage``, ``pageSize``, ``currentPage`` and the
``data`` items); the mock serves a catalogue in those shapes instead, honouring ``beginPage`` (from 1) and
``pageSize`` (20 when not sent). By default every search answers the same 45 goods named after the request's
keyword; :func:`goods_catalogue` gives a mock's catalogue to seed other goods or to make the mock misbehave
like a server that ignores the page number (``repeat_page``) or sends no totals (``report_totals``).
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._state import MockState

if TYPE_CHECKING:
    from ._scenario import Call

DEFAULT_GOODS = 45
DEFAULT_PAGE_SIZE = 20


@dataclass
class GoodsCatalogue:
    """What the paged searches of one mock serve.

    ``goods`` replaces the default goods (each a JSON object in the search items' shape, e.g.
    ``{"imageUrl": ..., "subject": ...}``). ``repeat_page`` makes every later page answer that page's items again
    (a server ignoring ``beginPage``); ``report_totals=False`` leaves ``totalRecords`` and ``totalPage`` out, so
    a client can only tell the end by an empty page.
    """

    goods: list[dict[str, Any]] | None = None
    repeat_page: int | None = None
    report_totals: bool = True
    pages_served: list[int] = field(default_factory=list)
    """The page numbers answered, in order (for tests: how many requests an iteration made)."""

    def goods_for(self, keyword: str | None) -> list[dict[str, Any]]:
        if self.goods is not None:
            return self.goods
        name = keyword or "goods"
        return [
            {"imageUrl": f"https://img.invalid/mock/{number}.jpg", "subject": f"{name} #{number}"}
            for number in range(1, DEFAULT_GOODS + 1)
        ]

    def page(self, body: dict[str, Any]) -> dict[str, Any]:
        """The ``data`` of one search answer for this request body."""
        number = body.get("beginPage") or 1
        size = body.get("pageSize") or DEFAULT_PAGE_SIZE
        self.pages_served.append(number)
        goods = self.goods_for(body.get("keyword") or body.get("imageAddress"))
        served = min(number, self.repeat_page) if self.repeat_page is not None else number
        data: dict[str, Any] = {
            "pageSize": size,
            "currentPage": served,
            "data": goods[(served - 1) * size : served * size],
        }
        if self.report_totals:
            data["totalRecords"] = len(goods)
            data["totalPage"] = math.ceil(len(goods) / size)
        return data


_CATALOGUES: weakref.WeakKeyDictionary[MockState, GoodsCatalogue] = weakref.WeakKeyDictionary()


def goods_catalogue(state: MockState) -> GoodsCatalogue:
    """The catalogue the mock holding ``state`` serves (created with the default goods on first use)."""
    catalogue = _CATALOGUES.get(state)
    if catalogue is None:
        catalogue = _CATALOGUES[state] = GoodsCatalogue()
    return catalogue


def paged_search(call: Call) -> Any:
    body = call.body if isinstance(call.body, dict) else {}
    return goods_catalogue(call.state).page(body)


PAGING_HANDLERS = {
    "alibabaSearchGoodsByKeyword": paged_search,
    "alibabaSearchGoodsByImage": paged_search,
    "alibabaSearchStoreGoods": paged_search,
}
"""The handlers, by operationId, that ``_scenario.HANDLERS`` takes in."""
