#!/usr/bin/env python3
"""A purchase flow on PandaPon: search → detail → cart → preview → order → detail → logistics → after-sales.

    make demo                                   # = python examples/purchase_flow.py --mock
    python examples/purchase_flow.py --mock     # the embedded mock server, in-process, fake demo credentials

Against the real API (a PandaPon account; nothing here is a sandbox, orders are real)::

    export PANDAPON_ACCESS_KEY=... PANDAPON_ACCESS_SECRET=... PANDAPON_USER_ID=...
    python examples/purchase_flow.py                   # read-only: searches, details, your 1688 cart, a preview
    python examples/purchase_flow.py --allow-writes    # also places an (unpaid) order from your cart, then cancels it

The flow follows 1688, whose pages show most of these paths, and takes two steps from Taobao where 1688's path
is not public (add to cart, logistics). Steps the real API cannot do from this script are skipped with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pandapon_async import APIError, ConfigurationError, PandaPonClient
from pandapon_async.generated.models import (
    AlibabaCartCreateOrderRequest,
    AlibabaCartPreviewOrderRequest,
    AlibabaGoodsDetailRequest,
    AlibabaGoodsKeywordSearchRequest,
    AlibabaOrderCancelRequest,
    AlibabaOrderDetailRequest,
    AlibabaOrderListRequest,
    AlibabaRefundInfoRequest,
    TaobaoAddCartItemRequest,
)
from pandapon_async.generated.types import Unset

EXAMPLE_OFFER_ID = 706627393257
"""The offer of the 1688 goods-detail page's example (the search page's example is cut off before offer ids)."""
EXAMPLE_SUB_PURCHASE_ORDER_ID = "200033789041"
"""The purchase sub-order id of the Taobao logistics page's example."""
DEMO_PRICE = 1990
"""Price sent with the demo cart item (the detail page's example is cut off before prices; unit not stated)."""
ADDRESS = {
    "fullName": "测试",
    "mobile": "18720122943",
    "phone": "18720122943",
    "postCode": "311121",
    "provinceText": "浙江省",
    "cityText": "杭州市",
    "areaText": "余杭区",
    "address": "仓前街道欧美金融城2幢1103",
}
"""The receiving address of the 1688 order-preview page's example."""


def value(x: Any) -> Any:
    """A model field, with ``Unset`` (absent from the response) read as None."""
    return None if isinstance(x, Unset) else x


def short(text: Any, limit: int = 48) -> str:
    shown = "" if text is None else str(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


@dataclass
class Step:
    number: int
    title: str
    via: str
    borrowed: str = ""
    status: str = "done"
    lines: list[str] = field(default_factory=list)


class Skip(Exception):
    """A step that cannot run here; the message says why."""


@dataclass
class Flow:
    client: PandaPonClient
    mock: bool
    allow_writes: bool = False
    keyword: str = "T恤"
    order_id: str | None = None
    refund_id: str | None = None
    sub_purchase_order_id: str | None = None
    out: Callable[[str], None] = print
    steps: list[Step] = field(default_factory=list)
    offer: dict[str, Any] = field(default_factory=dict)
    cart_ids: list[int] = field(default_factory=list)
    created: bool = False
    created_order_id: str | None = None

    @property
    def writes(self) -> bool:
        return self.mock or self.allow_writes

    async def step(self, title: str, via: str, action: Callable[[Step], Awaitable[None]], borrowed: str = "") -> None:
        step = Step(len(self.steps) + 1, title, via, borrowed)
        self.steps.append(step)
        try:
            await action(step)
        except Skip as skip:
            step.status = "skipped"
            step.lines.append(f"skipped: {skip}")
        except APIError as error:
            step.status = "failed"
            step.lines = [f"FAILED: {error}"]
        self.out(f"{step.number:>2}. {step.title:<19}{step.via}")
        if step.borrowed:
            self.out(f"    {'':<19}(from Taobao: {step.borrowed})")
        for line in step.lines:
            self.out(f"    {line}")

    # -- the steps --------------------------------------------------------------------------------------

    async def search(self, step: Step) -> None:
        body = AlibabaGoodsKeywordSearchRequest(keyword=self.keyword, begin_page=1, page_size=5, country="en")
        page = value((await self.client.alibaba.goods.search_by_keyword(body=body)).data)
        if page is None:
            raise Skip("the search answered no data")
        items = value(page.data) or []
        step.lines.append(f"{self.keyword!r}: {value(page.total_records)} results on {value(page.total_page)} pages")
        if items:
            first = items[0]
            offer_id = first.additional_properties.get("offerId")
            if offer_id is not None:
                self.offer["offerId"] = offer_id
            self.offer["imageUrl"] = value(first.image_url)
            step.lines.append(f"first: {short(value(first.subject) or value(first.image_url), 90)}")

    async def detail(self, step: Step) -> None:
        if "offerId" not in self.offer:
            self.offer["offerId"] = EXAMPLE_OFFER_ID
            step.lines.append(
                f"(the search result shows no offer id; using the detail page's example {EXAMPLE_OFFER_ID})"
            )
        body = AlibabaGoodsDetailRequest(offer_id=int(self.offer["offerId"]), country="en")
        goods = value((await self.client.alibaba.goods.get_detail(body=body)).data)
        if goods is None:
            raise Skip("the detail answered no data")
        self.offer["subject"] = value(goods.subject) or f"offer {self.offer['offerId']}"
        step.lines.insert(0, f"offer {value(goods.offer_id)}: {short(self.offer['subject'])}")
        if value(goods.subject_trans):
            step.lines.insert(1, f"  {short(goods.subject_trans, 90)}")

    async def add_to_cart(self, step: Step) -> None:
        if not self.mock:
            raise Skip(
                "1688's add-to-cart path is not public and Taobao's cart is a separate cart on the real platform; "
                "add the offer to your 1688 cart on PandaPon, then rerun"
            )
        offer_id = int(self.offer.get("offerId", EXAMPLE_OFFER_ID))
        body = TaobaoAddCartItemRequest(
            item_id=offer_id,
            sku_id="1",
            item_title=str(self.offer.get("subject", "")),
            item_pic=str(self.offer.get("imageUrl") or ""),
            mp_id=str(offer_id),
            mp_sku_id="1",
            price=DEMO_PRICE,
            quantity=2,
            shop_id=1,
            shop_name="Demo shop",
        )
        await self.client.taobao.cart.add_item(body=body)
        step.lines.append(f"added 2 × {short(self.offer.get('subject'))} at {DEMO_PRICE} each")
        step.lines.append("(the mock keeps one cart for both platforms; on the real platform they are separate)")

    async def cart_list(self, step: Step) -> None:
        cart = value((await self.client.alibaba.cart.list()).data)
        shops = (value(cart.enable_list) if cart is not None else None) or []
        for shop in shops:
            for entry in value(shop.cart_item_infos) or []:
                entry_id = value(entry.id)
                if entry_id is not None:
                    self.cart_ids.append(int(entry_id))
                step.lines.append(
                    f"#{entry_id}: {value(entry.quantity)} × {short(value(entry.item_title))} "
                    f"at {value(entry.price)} (shop {value(shop.seller_nick_name) or '?'})"
                )
        step.lines.insert(0, f"{len(self.cart_ids)} valid entr{'y' if len(self.cart_ids) == 1 else 'ies'}")
        self.cart_ids = self.cart_ids[:1]  # order the first entry only

    async def preview(self, step: Step) -> None:
        if not self.cart_ids:
            raise Skip("the cart has no valid entry to preview")
        body = AlibabaCartPreviewOrderRequest.from_dict({"cartIds": self.cart_ids, "addressParam": ADDRESS})
        data = value((await self.client.alibaba.cart.preview_order(body=body)).data)
        previews = data.get("orderPreviewResuslt") if isinstance(data, dict) else None
        if not previews:
            step.lines.append(f"cart entry {self.cart_ids[0]} previewed (the page documents no preview data)")
            return
        for preview in previews:
            step.lines.append(
                f"payment {preview.get('sumPayment')} = goods {preview.get('sumPaymentNoCarriage')}"
                f" + carriage {preview.get('sumCarriage')}"
            )

    async def create_order(self, step: Step) -> None:
        if not self.writes:
            raise Skip("read-only run: pass --allow-writes to place a real (unpaid) order from your cart")
        if not self.cart_ids:
            raise Skip("the cart has no valid entry to order")
        body = AlibabaCartCreateOrderRequest.from_dict(
            {"flow": "general", "cartIds": self.cart_ids, "addressParam": ADDRESS, "message": "pandapon-async demo"}
        )
        data = value((await self.client.alibaba.cart.create_order(body=body)).data)
        self.created = True
        if isinstance(data, dict) and data.get("orderId"):
            self.order_id = self.created_order_id = str(data["orderId"])
            step.lines.append(f"order {self.order_id} created, total {data.get('totalSuccessAmount')}, unpaid")
        else:
            step.lines.append("order created (the response shows no order id; the order list is searched next)")

    async def order_detail(self, step: Step) -> None:
        listed = value((await self.client.alibaba.orders.list(body=AlibabaOrderListRequest())).data)
        orders = listed.get("data") if isinstance(listed, dict) else None
        if isinstance(orders, list):
            ids = [(o.get("baseInfo") or {}).get("id") for o in orders if isinstance(o, dict)]
            ids = [str(i) for i in ids if i is not None]
            step.lines.append(f"order list: {listed.get('totalRecords', len(ids))} order(s)")
            if self.order_id is None and self.created and ids:
                self.order_id = ids[0]  # the create response showed no id: take the newest listed order
        if self.order_id is None:
            raise Skip("no order to show: none was created here (pass --order-id to show one of yours)")
        body = AlibabaOrderDetailRequest(web_site="1688", order_id=self.order_id)
        detail = value((await self.client.alibaba.orders.get_detail(body=body)).data)
        order = detail.to_dict() if detail is not None else {}
        base = order.get("baseInfo") or {}
        items = order.get("productItems") or []
        where = order.get("nativeLogistics") or {}
        step.lines.append(
            f"order {self.order_id}: status {base.get('status', '?')}, {len(items)} product line(s), "
            f"total {base.get('totalAmount')}, to {where.get('contactPerson') or '?'} in {where.get('city') or '?'}"
        )

    async def logistics(self, step: Step) -> None:
        sub_order = self.sub_purchase_order_id
        if sub_order is None and not self.mock:
            raise Skip("needs a Taobao purchase sub-order id: pass --sub-purchase-order-id")
        sub_order = sub_order or EXAMPLE_SUB_PURCHASE_ORDER_ID
        response = await self.client.taobao.orders.get_logistics_detail(sub_purchase_order_id=sub_order)
        data = response.to_dict().get("data") or {}
        for package in data.get("pnmLogisticsDetails") or []:
            traces = package.get("logisticsTraces") or [{}]
            latest = traces[0]
            step.lines.append(f"package {package.get('mailNo')}: {latest.get('standerdDesc')} ({latest.get('time')})")
        if self.mock:
            step.lines.append(
                f"(an unpaid order has not shipped; the mock answers the documented example for sub-order {sub_order})"
            )

    async def after_sales(self, step: Step) -> None:
        refund_id = self.refund_id
        if refund_id is None and not self.mock:
            raise Skip("a new order has no after-sales case: pass --refund-id to query one of yours")
        refund_id = refund_id or "demo"
        body = AlibabaRefundInfoRequest(refund_id=refund_id)
        refund = value((await self.client.alibaba.aftersales.get_refund_info(body=body)).data)
        if refund is None:
            step.lines.append(f"refund {refund_id}: no data")
            return
        step.lines.append(
            f"refund {value(refund.id)}: apply payment {value(refund.apply_payment)}, "
            f"reason {value(refund.apply_reason)!r}, buyer sent goods: {value(refund.buyer_send_goods)}"
        )
        if self.mock:
            step.lines.append("(the mock answers the spec's constructed example: placeholder values)")

    async def cancel(self, step: Step) -> None:
        order_id = self.created_order_id
        if order_id is None:
            raise Skip("only an order this run created (and whose id the response showed) is cancelled")
        body = AlibabaOrderCancelRequest(web_site="1688", order_id=order_id, cancel_reason="demo: not paying")
        cancelled = value((await self.client.alibaba.orders.cancel(body=body)).data)
        detail = value(
            (
                await self.client.alibaba.orders.get_detail(
                    body=AlibabaOrderDetailRequest(web_site="1688", order_id=order_id)
                )
            ).data
        )
        status = (detail.to_dict().get("baseInfo") or {}).get("status") if detail is not None else None
        step.lines.append(f"order {order_id} cancelled: {cancelled}; its detail now shows status {status}")

    async def run(self) -> int:
        where = (
            "the embedded mock server (in-process, fake demo credentials; nothing leaves this machine)"
            if self.mock
            else f"the real PandaPon API at {self.client.base_url}"
            + ("" if self.allow_writes else " (read-only; --allow-writes places an order)")
        )
        self.out(f"PandaPon purchase flow against {where}\n")
        not_public = "1688's {} path is not public"
        await self.step("search goods", "1688 keyword search · client.alibaba.goods.search_by_keyword", self.search)
        await self.step("item detail", "1688 goods detail · client.alibaba.goods.get_detail", self.detail)
        await self.step(
            "add to cart",
            "Taobao cart add · client.taobao.cart.add_item",
            self.add_to_cart,
            not_public.format("add-to-cart"),
        )
        await self.step("cart list", "1688 cart list · client.alibaba.cart.list", self.cart_list)
        await self.step("preview", "1688 cart order preview · client.alibaba.cart.preview_order", self.preview)
        await self.step("create order", "1688 order from cart · client.alibaba.cart.create_order", self.create_order)
        await self.step(
            "order detail",
            "1688 order list + detail · client.alibaba.orders.list, client.alibaba.orders.get_detail",
            self.order_detail,
        )
        await self.step(
            "logistics",
            "Taobao logistics detail · client.taobao.orders.get_logistics_detail",
            self.logistics,
            not_public.format("logistics-trace"),
        )
        await self.step(
            "after-sales query", "1688 after-sales detail · client.alibaba.aftersales.get_refund_info", self.after_sales
        )
        await self.step("cancel (clean up)", "1688 cancel order · client.alibaba.orders.cancel", self.cancel)
        counts = {status: sum(1 for s in self.steps if s.status == status) for status in ("done", "skipped", "failed")}
        self.out(
            f"\nSummary: {len(self.steps)} steps: {counts['done']} done, {counts['skipped']} skipped, "
            f"{counts['failed']} failed"
        )
        return 1 if counts["failed"] else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mock", action="store_true", help="run against the embedded mock server (no account needed)")
    parser.add_argument("--allow-writes", action="store_true", help="real API: place (and cancel) a real order")
    parser.add_argument("--keyword", default="T恤", help="search keyword (default: T恤)")
    parser.add_argument("--order-id", help="real API: a 1688 order of yours to show")
    parser.add_argument("--refund-id", help="real API: a 1688 after-sales id to query")
    parser.add_argument("--sub-purchase-order-id", help="real API: a Taobao purchase sub-order id for logistics")
    return parser


async def run(args: argparse.Namespace, client: PandaPonClient | None = None) -> int:
    """Run the flow; ``client`` overrides the one ``--mock`` or the PANDAPON_* environment would make."""
    if client is None:
        if args.mock:
            from pandapon_async.mock import mock_client  # needs the mock extra: pip install "pandapon-async[mock]"

            client = mock_client()
        else:
            client = PandaPonClient()  # PANDAPON_ACCESS_KEY, PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID
    async with client:
        flow = Flow(
            client,
            mock=args.mock,
            allow_writes=args.allow_writes,
            keyword=args.keyword,
            order_id=args.order_id,
            refund_id=args.refund_id,
            sub_purchase_order_id=args.sub_purchase_order_id,
        )
        return await flow.run()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.getLogger("pandapon_async").addHandler(logging.NullHandler())  # the summary reports failures itself
    try:
        return asyncio.run(run(args))
    except ConfigurationError as error:
        print(
            f"{error}\nor run against the embedded mock server: python examples/purchase_flow.py --mock",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
