"""The shop's code against the embedded mock server (the `pandapon_mock` fixture of pandapon-async[testing])."""

from __future__ import annotations

import pytest
from shop import orders, webhook

from pandapon_async import APIConnectionError, PandaPonAPIError
from pandapon_async.testing import PandaPonMock


async def test_ordering_the_cart(pandapon_mock: PandaPonMock) -> None:
    pandapon_mock.add_to_cart(title="kettle", quantity=2, price=500, shop_id="s1")
    order_id = await orders.order_the_cart()
    (order,) = pandapon_mock.state.orders.values()
    assert (str(order.id), order.status, order.total) == (order_id, "waitbuyerpay", 1000)
    assert pandapon_mock.operations == ["alibaba_list_cart", "alibaba_create_order_from_cart"]


async def test_a_busy_cart_is_retried_without_waiting(pandapon_mock: PandaPonMock) -> None:
    pandapon_mock.fail("alibaba_list_cart", times=2, status=503)
    assert await orders.order_the_cart() is None
    assert len(pandapon_mock.calls("alibaba_list_cart")) == 3


async def test_an_order_is_never_sent_twice(pandapon_mock: PandaPonMock) -> None:
    pandapon_mock.add_to_cart(title="kettle", quantity=1, price=500)
    pandapon_mock.fail("alibaba_create_order_from_cart", drop=True)
    with pytest.raises(APIConnectionError):
        await orders.order_the_cart()
    assert len(pandapon_mock.calls("alibaba_create_order_from_cart")) == 1


async def test_a_business_error_reaches_the_caller(pandapon_mock: PandaPonMock) -> None:
    pandapon_mock.fail("alibaba_list_cart", code=4001, msg="account frozen")
    with pytest.raises(PandaPonAPIError, match="account frozen"):
        await orders.order_the_cart()


async def test_the_webhook_accepts_signed_messages_only(pandapon_mock: PandaPonMock) -> None:
    assert (await pandapon_mock.push_callback(webhook.app)).status_code == 200
    assert webhook.received[-1]["messageType"] == "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
    assert (await pandapon_mock.push_callback(webhook.app, forged=True)).status_code == 401
