#!/usr/bin/env python3
"""Quick start: search 1688 goods, read one offer in detail, list your 1688 cart — typed end to end.

    python examples/quickstart.py --mock   # the embedded mock server, in-process (needs the `mock` extra)
    python examples/quickstart.py          # PandaPon itself: PANDAPON_ACCESS_KEY, _ACCESS_SECRET, _USER_ID (read-only)

Every response field is ``T | None``: None when PandaPon sends null or leaves the field out, so check before use.
Request models take exactly the declared types; an optional field you leave out is not sent.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from pandapon_async import APIError, ConfigurationError, PandaPonClient
from pandapon_async.generated.api.alibaba_cart import alibaba_list_cart
from pandapon_async.generated.api.alibaba_goods import alibaba_get_goods_detail, alibaba_search_goods_by_keyword
from pandapon_async.generated.models import AlibabaGoodsDetailRequest, AlibabaGoodsKeywordSearchRequest

DETAIL_OFFER_ID = 706627393257
"""An offer id to read in detail (the one in the goods-detail documentation)."""


async def search(client: PandaPonClient, keyword: str) -> None:
    body = AlibabaGoodsKeywordSearchRequest(keyword=keyword, begin_page=1, page_size=5, country="en")
    result = await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
    page = result.data
    if page is None:
        print(f"no results for {keyword!r}")
        return
    print(f"{page.total_records} results for {keyword!r} on {page.total_page} pages")
    for item in page.data or []:
        print(f"  {item.subject or '(no title)'}  {item.image_url or ''}")


async def detail(client: PandaPonClient, offer_id: int) -> None:
    body = AlibabaGoodsDetailRequest(offer_id=offer_id, country="en")
    response = await alibaba_get_goods_detail.asyncio_detailed(client=client, body=body)  # status, headers, bytes
    goods = response.parsed.data
    print(f"offer {offer_id}: HTTP {response.status_code}, {len(response.content)} bytes")
    if goods is not None:
        print(f"  {goods.subject_trans or goods.subject}")


async def cart(client: PandaPonClient) -> None:
    listed = (await alibaba_list_cart.asyncio(client=client)).data
    shops = listed.enable_list if listed is not None else None
    entries = [(shop, entry) for shop in shops or [] for entry in shop.cart_item_infos or []]
    print(f"cart: {len(entries)} valid entr{'y' if len(entries) == 1 else 'ies'}")
    for shop, entry in entries:
        print(f"  {entry.quantity} × {entry.item_title} at {entry.price} from {shop.seller_nick_name}")


async def main(mock: bool, keyword: str) -> int:
    if mock:
        from pandapon_async.mock import mock_client

        client = mock_client()
    else:
        try:
            client = PandaPonClient()  # credentials from the PANDAPON_* environment variables
        except ConfigurationError as error:  # names the missing variable
            print(
                f"{error}\nor run against the embedded mock server: python examples/quickstart.py --mock",
                file=sys.stderr,
            )
            return 2
    async with client:
        try:
            await search(client, keyword)
            await detail(client, DETAIL_OFFER_ID)
            await cart(client)
        except APIError as error:  # every failure the client raises; the message names operation and request id
            print(f"failed: {error}")
            return 1
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="search 1688 goods, read one offer, list your cart")
    parser.add_argument("--mock", action="store_true", help="run against the embedded mock server")
    parser.add_argument("--keyword", default="T恤", help="what to search for (default: T恤)")
    args = parser.parse_args()
    raise SystemExit(asyncio.run(main(args.mock, args.keyword)))
