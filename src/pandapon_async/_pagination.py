"""Async iteration over the pages of a list/search operation, as its ``x-pandapon-pagination`` declares them.

The generated ``<method>_pages()`` and ``<method>_all()`` namespace methods call :func:`iterate_pages` and
:func:`iterate_items` with the operation's :class:`Paging` and a function that fetches one page by number.

Iteration stops, in this order of checks after each page:

* the page has no items (an empty or missing items list): nothing more to read;
* the page number reached the declared total of pages, or the items read reached the declared total of items;
* ``max_pages`` pages or ``max_items`` items were read (the limits never fetch a page that would not be used).

A server that ignores the page number and answers a page whose items equal an earlier page's would make the
iteration loop forever or hand out duplicates; that raises :class:`RepeatedPageError` instead (the items of the
pages before it have been yielded), because stopping quietly would look like a complete listing.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from attrs import frozen

from ._exceptions import InvalidArgumentError, PandaPonError

P = TypeVar("P")


class RepeatedPageError(PandaPonError):
    """A page's items equal those of an earlier page: the server ignored the page number, so iteration stopped.

    ``operation`` names the operation, ``page`` the page number asked for and ``repeats`` the earlier page.
    """

    def __init__(self, message: str, *, operation: str, page: int, repeats: int) -> None:
        self.operation = operation
        self.page = page
        self.repeats = repeats
        super().__init__(message)


@frozen
class Paging:
    """One operation's paging, resolved to Python names by the generator.

    ``page_field`` is the wire name of the page-number field in the request body model's ``to_dict()``
    (``location`` is ``"body"``, the one placement the spec's paged operations use); ``first`` is the number of
    the first page. ``items``, ``total_pages`` and ``total_items`` are attribute paths into the parsed answer.
    """

    operation: str
    location: str
    page_field: str
    first: int
    items: tuple[str, ...]
    total_pages: tuple[str, ...] | None = None
    total_items: tuple[str, ...] | None = None


def _attribute_path(value: Any, path: tuple[str, ...] | None) -> Any:
    """The value at an attribute path; None where a step is None, unset or missing."""
    if path is None:
        return None
    for name in path:
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check_limit(name: str, value: int | None) -> int | None:
    """``max_items``/``max_pages``: None (no limit) or a whole number >= 1."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{name} must be a whole number >= 1 or None, not {value!r}", argument=name)
    return value


def body_start(body: Any, paging: Paging) -> int:
    """The page to start from: the body's page field when set, else the operation's first page."""
    to_dict = getattr(body, "to_dict", None)
    start = _count(to_dict().get(paging.page_field)) if callable(to_dict) else None
    return paging.first if start is None else start


def with_body_page(body: Any, paging: Paging, page: int) -> Any:
    """A copy of a request body model asking for ``page`` (the model itself is left as the caller built it)."""
    return type(body).from_dict({**body.to_dict(), paging.page_field: page})


def _fingerprint(items: list[Any]) -> str:
    plain = [item.to_dict() if callable(getattr(item, "to_dict", None)) else item for item in items]
    return json.dumps(plain, sort_keys=True, default=repr, ensure_ascii=False)


async def _walk(
    paging: Paging, fetch: Callable[[int], Awaitable[P]], start: int, max_pages: int | None
) -> AsyncIterator[tuple[P, list[Any]]]:
    seen: dict[str, int] = {}
    page_number, pages, items_read = start, 0, 0
    while True:
        page = await fetch(page_number)
        pages += 1
        items = _attribute_path(page, paging.items)
        items = list(items) if isinstance(items, list) else []
        if not items:
            return
        fingerprint = _fingerprint(items)
        if fingerprint in seen:
            raise RepeatedPageError(
                f"{paging.operation}: page {page_number} repeats page {seen[fingerprint]} (the server ignored "
                f"{paging.page_field}); stopped instead of reading the same items again",
                operation=paging.operation,
                page=page_number,
                repeats=seen[fingerprint],
            )
        seen[fingerprint] = page_number
        items_read += len(items)
        yield page, items
        total_pages = _count(_attribute_path(page, paging.total_pages))
        total_items = _count(_attribute_path(page, paging.total_items))
        if total_pages is not None and page_number - paging.first + 1 >= total_pages:
            return
        if total_items is not None and items_read >= total_items:
            return
        if max_pages is not None and pages >= max_pages:
            return
        page_number += 1


def iterate_pages(
    paging: Paging, fetch: Callable[[int], Awaitable[P]], *, start: int, max_pages: int | None = None
) -> AsyncIterator[P]:
    """Each parsed page from ``start`` on, until the last page (see the module docstring for when it stops).

    A bad limit raises :class:`InvalidArgumentError` here, before anything is sent.
    """
    return _pages(paging, fetch, start, check_limit("max_pages", max_pages))


async def _pages(
    paging: Paging, fetch: Callable[[int], Awaitable[P]], start: int, max_pages: int | None
) -> AsyncIterator[P]:
    async for page, _ in _walk(paging, fetch, start, max_pages):
        yield page


def iterate_items(
    paging: Paging,
    fetch: Callable[[int], Awaitable[Any]],
    *,
    start: int,
    max_items: int | None = None,
    max_pages: int | None = None,
) -> AsyncIterator[Any]:
    """Each item of each page from ``start`` on; ``max_items`` stops within a page and fetches no further page."""
    return _items(paging, fetch, start, check_limit("max_items", max_items), check_limit("max_pages", max_pages))


async def _items(
    paging: Paging, fetch: Callable[[int], Awaitable[Any]], start: int, max_items: int | None, max_pages: int | None
) -> AsyncIterator[Any]:
    given = 0
    async for _, items in _walk(paging, fetch, start, max_pages):
        for item in items:
            yield item
            given += 1
            if max_items is not None and given >= max_items:
                return
