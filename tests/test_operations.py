"""Every generated operation: the exact request it sends, and its documented responses parsing into models.

The routes below are written out literally (taken from the doc pages, see endpoints.json), so a wrong path or
method in the spec fails here even though the generated code would agree with the spec.
"""

from __future__ import annotations

import importlib
import json
import typing
from dataclasses import dataclass, field
from typing import Any

import attrs
import pytest
import respx

from pandapon_async import PandaPonClient
from pandapon_async.generated._operations import OPERATIONS

from .conftest import BASE_URL


@dataclass(frozen=True)
class Case:
    module: str
    method: str
    url: str  # path and query exactly as sent (before the warehouse signed query)
    kwargs: dict[str, Any] = field(default_factory=dict)


CASES = [
    # taobao.goods
    Case("taobao_goods.taobao_search_goods_by_keyword", "POST", "/v2/taobao/product/item/search"),
    Case("taobao_goods.taobao_batch_check_goods", "POST", "/open/product/batch/check"),
    Case("taobao_goods.taobao_get_goods", "GET", "/open/product/get?itemId=672991141190", {"item_id": "672991141190"}),
    Case("taobao_goods.taobao_get_goods_source", "POST", "/open/product/source/get"),
    # taobao.order
    Case("taobao_order.taobao_create_order", "POST", "/open/order"),
    Case("taobao_order.taobao_update_order_warehouse", "POST", "/open/order/updateWarehouse"),
    Case("taobao_order.taobao_get_order_im_link", "POST", "/open/order/page/link/get"),
    Case(
        "taobao_order.taobao_get_order_logistics_detail",
        "GET",
        "/open/order/logistics/detail/get?subPurchaseOrderId=200033789041",
        {"sub_purchase_order_id": "200033789041"},
    ),
    # taobao.aftersales
    Case("taobao_aftersales.taobao_list_refunds", "POST", "/open/order/refund/queryList"),
    Case("taobao_aftersales.taobao_render_refund", "POST", "/v2/taobao/order/refund/render"),
    Case(
        "taobao_aftersales.taobao_cancel_refund",
        "GET",
        "/open/order/refund/cancel/110000235001",
        {"refund_id": "110000235001"},
    ),
    Case("taobao_aftersales.taobao_submit_refund_message", "POST", "/open/order/refund/submit/message"),
    Case(
        "taobao_aftersales.taobao_get_refund",
        "GET",
        "/open/order/refund/query?refundId=110002687818",
        {"refund_id": "110002687818"},
    ),
    # taobao.cart
    Case("taobao_cart.taobao_create_cart_order", "POST", "/open/cart/create/order"),
    Case("taobao_cart.taobao_add_cart_item", "POST", "/open/cart/add"),
    # 1688.goods
    Case("alibaba_goods.alibaba_get_goods_detail", "POST", "/alibaba/product/detail/get"),
    Case("alibaba_goods.alibaba_search_goods_by_keyword", "POST", "/alibaba/product/keywords/query"),
    Case("alibaba_goods.alibaba_search_goods_by_image", "POST", "/alibaba/product/image/query"),
    Case("alibaba_goods.alibaba_search_store_goods", "POST", "/alibaba/product/query/selleroffer"),
    Case("alibaba_goods.alibaba_list_related_goods", "POST", "/v2/alibaba/product/productRelatedRecommendQuery"),
    # 1688.order
    Case("alibaba_order.alibaba_batch_submit_orders_to_pay", "POST", "/alibaba/order/batch/submit/to/pay"),
    Case("alibaba_order.alibaba_batch_preview_orders", "POST", "/alibaba/order/create/previewbatch"),
    Case("alibaba_order.alibaba_batch_create_orders", "POST", "/alibaba/order/batch/create"),
    Case("alibaba_order.alibaba_list_orders", "POST", "/v2/alibaba/order/page"),
    Case("alibaba_order.alibaba_preview_order", "POST", "/alibaba/order/create/preview"),
    Case("alibaba_order.alibaba_create_order", "POST", "/alibaba/order/create"),
    Case("alibaba_order.alibaba_cancel_order", "POST", "/alibaba/order/cancel"),
    Case(
        "alibaba_order.alibaba_get_order_pay_url",
        "GET",
        "/alibaba/order/pay/url?orderId=2542285634920880794",
        {"order_id": "2542285634920880794"},
    ),
    Case("alibaba_order.alibaba_confirm_goods_receipt", "POST", "/alibaba/order/receivegoods"),
    Case("alibaba_order.alibaba_get_order_detail", "POST", "/alibaba/order/detail"),
    # 1688.aftersales
    Case("alibaba_aftersales.alibaba_get_refund_info", "POST", "/alibaba/refund/info"),
    Case("alibaba_aftersales.alibaba_create_refund", "POST", "/alibaba/refund/detail/create"),
    Case("alibaba_aftersales.alibaba_submit_return_goods", "POST", "/alibaba/refund/goods/return"),
    # 1688.cart
    Case("alibaba_cart.alibaba_create_order_from_cart", "POST", "/alibaba/cart/create/order"),
    Case("alibaba_cart.alibaba_preview_cart_order", "POST", "/alibaba/cart/preview/order"),
    Case("alibaba_cart.alibaba_edit_cart_quantity", "POST", "/alibaba/cart/edit-quantity"),
    Case("alibaba_cart.alibaba_list_cart", "GET", "/v2/alibaba/cart/list"),
    # foundations
    Case("foundations.add_or_update_address", "POST", "/open/address/addOrUpdate"),
    # warehouse (timestamp and sign query parameters are added by the auth layer)
    Case("warehouse.warehouse_estimate_freight", "POST", "/v2/open/pp/logistics/itemLogisticsPrice"),
    Case("warehouse.warehouse_preview_order_freight", "POST", "/open/pp/logistics/orderRenderFreight"),
    Case("warehouse.warehouse_update_domestic_logistics", "POST", "/open/pp/logistics/updateLogisticInfo"),
    Case("warehouse.warehouse_create_international_logistics_order", "POST", "/open/pp/logistics/orderBookingFreight"),
]
IDS = [case.module.split(".")[1] for case in CASES]


def _module(case: Case) -> Any:
    return importlib.import_module(f"pandapon_async.generated.api.{case.module}")


def _operation(spec: dict[str, Any], module: Any) -> dict[str, Any]:
    op = module.OPERATION
    operation: dict[str, Any] = spec["paths"][op.path][op.method.lower()]
    return operation


def _examples(media: dict[str, Any]) -> list[Any]:
    values = [example["value"] for example in (media.get("examples") or {}).values()]
    return values + ([media["example"]] if "example" in media else [])


def test_every_operation_has_a_case() -> None:
    assert sorted(OPERATIONS) == sorted(IDS)


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_request_shape(case: Case, spec: dict[str, Any], api: respx.MockRouter, client: PandaPonClient) -> None:
    module = _module(case)
    kwargs, expected_json = _call_arguments(case, spec)
    route = api.route().respond(json={"requestId": "r", "code": 200, "developId": None, "msg": "成功", "data": None})

    await module.asyncio(client=client, **kwargs)

    request = route.calls.last.request
    assert request.method == case.method
    assert request.url.raw_path.decode().split("?")[0] == case.url.split("?")[0]
    params = dict(request.url.params)
    if module.OPERATION.signed_query:
        assert params.pop("timestamp") == request.headers["timestamp"]
        assert params.pop("sign") == request.headers["signature"]
    expected_params = dict(httpx_params(case.url))
    assert params == expected_params
    assert str(request.url).startswith(BASE_URL)
    if expected_json is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == expected_json  # exactly the documented body, nothing added


def _call_arguments(case: Case, spec: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """Keyword arguments for a representative call: the case's parameters and the documented request body."""
    module = _module(case)
    operation = _operation(spec, module)
    kwargs = dict(case.kwargs)
    body_json = None
    if "requestBody" in operation:
        body_type = _attrs_model(typing.get_type_hints(module._get_kwargs)["body"])
        assert body_type is not None
        body_json = _examples(operation["requestBody"]["content"]["application/json"])[0]
        kwargs["body"] = body_type.from_dict(body_json)
    return kwargs, body_json


def httpx_params(url: str) -> list[tuple[str, str]]:
    import httpx

    return list(httpx.URL(url).params.multi_items())


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_documented_responses_parse_into_models_losslessly(
    case: Case, spec: dict[str, Any], api: respx.MockRouter, client: PandaPonClient
) -> None:
    module = _module(case)
    operation = _operation(spec, module)
    examples = _examples(operation["responses"]["200"]["content"]["application/json"])
    assert examples, "every operation documents or constructs a response example"
    return_type = typing.get_type_hints(module._parse_body)["return"]
    data_type = _data_model(return_type)
    for example in examples:
        if "code" in example:
            api.route().respond(json=example)
            result = await module.asyncio(client=client, **_call_arguments(case, spec)[0])
        else:  # a doc example cut off before "code": not a whole envelope, so check the model alone
            result = module._parse_body(example)
        assert isinstance(result, return_type)
        assert result.to_dict() == example  # nothing dropped, nothing invented
        if data_type is not None and isinstance(example.get("data"), dict):
            assert isinstance(result.data, data_type), f"data stayed raw: {result.data!r}"[:200]


def _data_model(response_type: type) -> type | None:
    """The attrs model behind the response's ``data`` field, if it is one."""
    from pandapon_async.generated import models, types

    namespace = {name: getattr(models, name) for name in models.__all__} | {"Unset": types.Unset}
    return _attrs_model(typing.get_type_hints(response_type, localns=namespace).get("data"))


def _attrs_model(hint: Any) -> type | None:
    for arg in typing.get_args(hint) or (hint,):
        if isinstance(arg, type) and attrs.has(arg):
            return arg
    return None


async def test_reverse_single_query_example_parses_into_typed_attributes(
    api: respx.MockRouter, client: PandaPonClient, reference: dict[str, Any] | None, spec: dict[str, Any]
) -> None:
    from pandapon_async.generated.api.taobao_aftersales import taobao_get_refund
    from pandapon_async.generated.models import TaobaoRefundOrder, TaobaoRefundPurchaseOrderLine

    if reference is not None:
        entry = next(e for e in reference["endpoints"] if e["key"] == "taobao.aftersales.refund_query")
        example = entry["response_example"]
    else:  # the same example, as the spec carries it
        example = _examples(_operation(spec, taobao_get_refund)["responses"]["200"]["content"]["application/json"])[0]
    api.get("/open/order/refund/query").respond(json=example)

    result = await taobao_get_refund.asyncio(client=client, refund_id="110002687818")

    data = result.data
    assert data is not None and not isinstance(data, dict)
    assert (data.distributor_id, data.currency) == ("2100005349129", "CNY")
    aggregate = data.refund_order_aggregate
    refund = aggregate.refund_order
    assert isinstance(refund, TaobaoRefundOrder)
    assert refund.refund_id == "110002687818"
    assert (refund.refund_fee, refund.refund_status, refund.reason_desc, refund.reason_id) == (
        392,
        "100",
        "我不想要了",
        150013,
    )
    assert refund.seller_refuse_reason is None
    line = aggregate.purchase_order_line
    assert isinstance(line, TaobaoRefundPurchaseOrderLine)
    assert (line.sales_order_id, line.supplier_id, line.purchase_order_line_id) == (
        "500918-1034477311887409465",
        3937219703,
        200028508721,
    )
    assert line.properties.to_dict() == {"食品口味": "瓜子仁5包(试吃)"}
    assert aggregate.logistics.logistics_company.logistics_company_code is None
    assert (result.code, result.msg, result.request_id) == (200, "成功", None)
