"""The default signature recipe, its replacement seam, nonces and credentials."""

from __future__ import annotations

import re

import httpx
import pytest
import respx

from pandapon_async import ConfigurationError, Credentials, PandaPonClient, SigningInput, md5_signer
from pandapon_async._signing import new_nonce

from .conftest import ACCESS_KEY, ACCESS_SECRET, BASE_URL, USER_ID, envelope


def test_default_recipe_matches_the_platform_test_vector() -> None:
    signing_input = SigningInput(
        access_key=ACCESS_KEY,
        timestamp="1715669977082",
        nonce_str="Wm3WZYTPz0wzccnWjgc9XLJUv5Zy7SvJ",
        user_id=USER_ID,
        method="GET",
        path="/open/product/get",
    )
    assert md5_signer(signing_input, ACCESS_SECRET) == "3FA3CCDA8DFEC0E4D3EDA8688EE7A54B"


def test_user_id_method_and_path_are_not_part_of_the_default_recipe() -> None:
    common = {"access_key": ACCESS_KEY, "timestamp": "1", "nonce_str": "n" * 32}
    a = SigningInput(user_id="1", method="GET", path="/a", **common)
    b = SigningInput(user_id="2", method="POST", path="/b", body=b"{}", **common)
    assert md5_signer(a, ACCESS_SECRET) == md5_signer(b, ACCESS_SECRET)


def test_nonces_are_32_alphanumerics_and_fresh() -> None:
    nonces = {new_nonce() for _ in range(200)}
    assert len(nonces) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9]{32}", n) for n in nonces)


async def test_signer_is_replaceable_with_one_callable(api: respx.MockRouter) -> None:
    seen: list[tuple[SigningInput, str]] = []

    def console_recipe(signing_input: SigningInput, secret: str) -> str:
        seen.append((signing_input, secret))
        return "CUSTOM-" + signing_input.method + signing_input.path

    route = api.post("/alibaba/order/cancel").respond(json=envelope(True))
    async with PandaPonClient(ACCESS_KEY, ACCESS_SECRET, USER_ID, signer=console_recipe) as client:
        await client.request("POST", "/alibaba/order/cancel", json={"orderId": 1, "cancelReason": "other"})
    sent = route.calls.last.request
    assert sent.headers["signature"] == "CUSTOM-POST/alibaba/order/cancel"
    signing_input, secret = seen[0]
    assert secret == ACCESS_SECRET
    assert signing_input.body == b'{"orderId":1,"cancelReason":"other"}'
    assert signing_input.nonce_str == sent.headers["nonce-str"]
    assert signing_input.timestamp == sent.headers["timestamp"]


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", "ak-from-env-000000")
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", "secret-from-env")
    monkeypatch.setenv("PANDAPON_USER_ID", "42")
    monkeypatch.setenv("PANDAPON_BASE_URL", "http://127.0.0.1:9/")
    client = PandaPonClient()
    assert client.base_url == "http://127.0.0.1:9"
    assert client._credentials == Credentials("ak-from-env-000000", "secret-from-env", "42")


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({}, ["PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"]),
        ({"access_key": "ak", "user_id": "1"}, ["PANDAPON_ACCESS_SECRET"]),
        ({"access_key": "ak", "access_secret": "s"}, ["PANDAPON_USER_ID"]),
    ],
)
def test_missing_credentials_fail_at_construction_naming_the_variable(
    given: dict[str, str], missing: list[str]
) -> None:
    with pytest.raises(ConfigurationError) as info:
        PandaPonClient(**given)
    for name in missing:
        assert name in str(info.value)
    for name in {"PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"} - set(missing):
        assert name not in str(info.value)


async def test_reprs_never_show_the_secret(client: PandaPonClient) -> None:
    from pandapon_async import PandaPonAuth

    auth = PandaPonAuth(client._credentials)
    texts = [repr(client), repr(client._credentials), repr(client._signer), str(client.__dict__.get("_signer"))]
    texts += [repr(auth), str(vars(client))]
    for text in texts:
        assert ACCESS_SECRET not in text
        assert ACCESS_KEY not in text  # masked
    assert "58c0…cf03" in repr(client)


async def test_signature_headers_change_every_send(api: respx.MockRouter, client: PandaPonClient) -> None:
    route = api.get("/open/product/get").mock(return_value=httpx.Response(200, json=envelope({})))
    await client.request("GET", "/open/product/get", params={"itemId": "1"})
    await client.request("GET", "/open/product/get", params={"itemId": "1"})
    first, second = (call.request.headers for call in route.calls)
    assert first["nonce-str"] != second["nonce-str"]
    assert first["signature"] != second["signature"]
    assert BASE_URL in str(route.calls.last.request.url)
