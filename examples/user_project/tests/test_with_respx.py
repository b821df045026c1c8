"""The shop's code against respx: no backend setting, although the `fast` extra (wreq) is installed."""

from __future__ import annotations

import pytest
import respx
from shop import orders

BASE_URL = "https://api.pandapon.com"


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", "test-key-not-real")
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", "test-secret-not-real")
    monkeypatch.setenv("PANDAPON_USER_ID", "1")


async def test_goods_category(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(f"{BASE_URL}/open/product/get").respond(
        json={"requestId": "r1", "code": 200, "msg": "成功", "data": {"categoryName": "钱包"}}
    )
    assert await orders.goods_category("672991141190") == "钱包"
    assert route.calls.last.request.url.params["itemId"] == "672991141190"
    assert route.calls.last.request.headers["access-key"] == "test-key-not-real"


async def test_an_empty_cart_places_no_order() -> None:
    with respx.mock(base_url=BASE_URL) as router:  # an unmatched request (the order) would fail the test
        router.get("/v2/alibaba/cart/list").respond(
            json={"code": 200, "msg": "成功", "data": {"enableList": [], "disableList": []}}
        )
        assert await orders.order_the_cart() is None
