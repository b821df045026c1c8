"""The types users' code sees: response fields `T | None`, request fields exact with `Unset`, `parsed` is `T`.

The static half runs mypy --strict and pyright (strict) over code a user would write (``assert_type`` on the
values they read); the runtime half checks that the tolerant parse behind those types keeps its promises.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

from pandapon_async import PandaPonClient
from pandapon_async.generated import api, models
from pandapon_async.generated.models import (
    AlibabaCartListData,
    AlibabaGoodsKeywordSearchRequest,
    AlibabaOrderCreateRequest,
    TaobaoRefundOrder,
    TaobaoRefundQueryResponse,
)
from pandapon_async.generated.types import UNSET, Response, Unset

from .conftest import ROOT
from .typecheck import mypy_errors, pyright_errors

GENERATED = ROOT / "src" / "pandapon_async" / "generated"


def _request_schemas(spec: dict[str, Any]) -> set[str]:
    """Schemas a request body holds, at any depth (the spec names each model's schema after its class)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    walk(spec["components"]["schemas"][name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                walk(operation["requestBody"])
    schemas = spec["components"]["schemas"]
    # Only object schemas become model classes; a scalar schema such as Int64Id is a plain type.
    return {name for name in found if schemas[name].get("type", "object") == "object"}


def _model_classes() -> dict[str, type]:
    return {name: getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))}


def _field_hints(cls: type) -> dict[str, Any]:
    namespace = {**_model_classes(), "Unset": Unset}
    hints = typing.get_type_hints(cls, localns=namespace)
    return {field.name: hints[field.name] for field in attrs.fields(cls) if field.init}


def test_every_model_is_either_a_request_or_a_response_model(spec: dict[str, Any]) -> None:
    classes = _model_classes()
    requests = _request_schemas(spec)
    assert requests and requests <= set(classes)  # the classification below sees every request model
    assert len(classes) - len(requests) > 50  # and the response side is not empty either


def test_response_fields_are_t_or_none_without_unset(spec: dict[str, Any]) -> None:
    requests = _request_schemas(spec)
    checked = 0
    for name, cls in _model_classes().items():
        if name in requests:
            continue
        for field, hint in _field_hints(cls).items():
            args = typing.get_args(hint)
            assert Unset not in args, f"{name}.{field}: {hint}"
            assert hint is Any or type(None) in args, f"{name}.{field} cannot be None: {hint}"
            checked += 1
    assert checked > 400


def test_request_fields_keep_the_declared_types_and_unset_for_optional_ones(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in _request_schemas(spec):
        cls = getattr(models, name)
        required = {attrs_field.name for attrs_field in attrs.fields(cls) if attrs_field.default is attrs.NOTHING}
        declared_required = set(schemas[name].get("required", []))
        assert len(required) == len(declared_required), name
        for field, hint in _field_hints(cls).items():
            assert (Unset in typing.get_args(hint)) == (field not in required), f"{name}.{field}: {hint}"


def test_absent_and_null_both_read_as_none_and_write_back_as_they_came() -> None:
    payload = {"refundFee": None, "refundStatus": "100", "x_new_field": [1]}
    order = TaobaoRefundOrder.from_dict(payload)
    assert (order.refund_fee, order.refund_id, order.refund_status) == (None, None, "100")
    assert order.additional_properties == {"x_new_field": [1]}
    assert order.to_dict() == payload  # the null stays, the absent field stays absent
    order.refund_id = "7"
    assert order.to_dict() == {**payload, "refundId": "7"}
    assert TaobaoRefundOrder(refund_fee=3).to_dict() == {"refundFee": 3}  # built by hand: only what holds a value


def test_values_of_an_unexpected_shape_are_kept_as_they_came() -> None:
    body = {"enableList": [{"sellerNickName": "a", "cartItemInfos": "not a list"}, "not an object", None]}
    data = AlibabaCartListData.from_dict(body)
    assert data.enable_list is not None
    first, second, third = data.enable_list
    assert (first.seller_nick_name, first.cart_item_infos) == ("a", "not a list")
    assert (second, third) == ("not an object", None)
    assert data.to_dict() == body
    envelope = TaobaoRefundQueryResponse.from_dict({"code": "200", "data": "maintenance", "developId": 5})
    assert (envelope.code, envelope.data, envelope.develop_id) == ("200", "maintenance", 5)


def test_request_models_write_only_the_fields_set() -> None:
    body = AlibabaGoodsKeywordSearchRequest(keyword="T恤", page_size=5)
    assert body.begin_page is UNSET
    assert body.to_dict() == {"keyword": "T恤", "pageSize": 5}
    with pytest.raises(TypeError):
        AlibabaOrderCreateRequest()  # type: ignore[call-arg]  # required fields are required


def test_endpoint_functions_take_the_client_and_return_exact_types() -> None:
    hints_seen = 0
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            plain = typing.get_type_hints(module.asyncio)
            detailed = typing.get_type_hints(module.asyncio_detailed)
            assert plain["client"] is PandaPonClient and detailed["client"] is PandaPonClient
            assert attrs.has(plain["return"]), plain["return"]  # the envelope model itself, not Optional
            assert detailed["return"] == Response[plain["return"]]
            hints_seen += 1
    assert hints_seen == 42
    parsed = typing.get_type_hints(Response)["parsed"]
    assert isinstance(parsed, typing.TypeVar)  # Response[T].parsed is T: never None


def test_generated_code_that_is_never_used_is_not_shipped() -> None:
    assert not (GENERATED / "client.py").exists()  # every function takes PandaPonClient
    assert not (GENERATED / "errors.py").exists()  # UnexpectedStatus was never raised
    from pandapon_async.generated import types as generated_types

    for name in ("File", "FileTypes", "RequestFiles", "FileContent"):  # no operation uploads a file
        assert not hasattr(generated_types, name), name
    users = [*(ROOT / "src").rglob("*.py"), *(ROOT / "examples").glob("*.py"), *(ROOT / "bench").glob("*.py")]
    sources = [path.read_text() for path in users]
    for name in ("AuthenticatedClient", "UnexpectedStatus", "RequestFiles", "generated.client", "generated.errors"):
        assert not any(name in source for source in sources), name


USER_CODE = """\
# pyright: strict
from typing import Any, assert_type

from pandapon_async import PandaPonClient
from pandapon_async.generated.api.alibaba_goods import alibaba_search_goods_by_keyword
from pandapon_async.generated.api.taobao_aftersales import taobao_get_refund
from pandapon_async.generated.models import (
    AlibabaGoodsKeywordSearchRequest,
    AlibabaGoodsProductListItem,
    TaobaoRefundOrderAggregate,
    TaobaoRefundQueryData,
    TaobaoRefundQueryResponse,
)
from pandapon_async.generated.types import Response, Unset


async def read(client: PandaPonClient) -> None:
    result = await taobao_get_refund.asyncio(client=client, refund_id="110002687818")
    assert_type(result, TaobaoRefundQueryResponse)
    assert_type(result.data, TaobaoRefundQueryData | None)
    assert_type(result.code, int | str | None)
    detailed = await taobao_get_refund.asyncio_detailed(client=client, refund_id="110002687818")
    assert_type(detailed, Response[TaobaoRefundQueryResponse])
    assert_type(detailed.parsed, TaobaoRefundQueryResponse)
    if result.data is not None:
        assert_type(result.data.refund_order_aggregate, TaobaoRefundOrderAggregate | None)
        aggregate = result.data.refund_order_aggregate
        if aggregate is not None and aggregate.refund_order is not None:
            assert_type(aggregate.refund_order.refund_status, int | str | None)
            assert_type(aggregate.refund_order.refund_fee, int | None)
    extra: dict[str, Any] = result.additional_properties
    print(extra)


async def write(client: PandaPonClient) -> None:
    body = AlibabaGoodsKeywordSearchRequest(keyword="T恤", page_size=5)
    assert_type(body.keyword, str | Unset)
    page = await alibaba_search_goods_by_keyword.asyncio(client=client, body=body)
    if page.data is not None:
        assert_type(page.data.data, list[AlibabaGoodsProductListItem] | None)
"""


def test_user_code_sees_exact_types_under_mypy_strict_and_pyright_strict(tmp_path: Path) -> None:
    path = tmp_path / "user_code.py"
    path.write_text(USER_CODE)
    errors = {**mypy_errors([path]), **pyright_errors([path])}
    assert not errors, "\n".join(line for lines in errors.values() for line in lines)


def test_a_response_field_misread_as_unset_is_a_type_error(tmp_path: Path) -> None:
    """Guard for the test above: assert_type really fails when the type differs."""
    path = tmp_path / "wrong.py"
    wrong = USER_CODE.replace("assert_type(result.code, int | str | None)", "assert_type(result.code, int | Unset)")
    assert wrong != USER_CODE
    path.write_text(wrong)
    assert "assert-type" in "".join(mypy_errors([path])["wrong.py"])
    assert "reportAssertTypeFailure" in "".join(pyright_errors([path])["wrong.py"])
