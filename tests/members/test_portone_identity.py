"""P1.1: identity verification through PortOne, tested at the HTTP transport.

respx stands in for PortOne's REST API; the real portone-server-sdk client builds the
request and deserialises the responses, so the payloads below are shaped the way PortOne
V2 sends them (and the way the SDK's generated models insist on).
"""

from __future__ import annotations

import datetime
import json
import uuid

import httpx
import pytest
import respx
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from marquee.members.identity import portone
from marquee.members.identity.base import VerificationFailed, VerifiedIdentity, get_provider
from marquee.members.identity.portone import PortOneProvider

SECRET = "test-api-secret-0123456789abcdefghijklmnopqrstuvwxyz"
STORE_ID = "store-4f0e2a7c-1d3b-4c55-9e8a-6b2d9c1f0a11"
CHANNEL_KEY = "channel-key-9b1c3e5d-7f20-4a86-b2c4-d6e8f0a1b3c5"
BASE_URL = "https://portone.test"
IV_ID = "identity-verification-2f7c9a4e-5b1d-4e8f-a3c6-0d9b7e1f2a48"
CI = ("Vd0mc7yWx9nzKc1Yj2Y5l3uJr3o0sXJwqk0h7Wf3n8bV4ZpQeT6aRm1LdUgHcXyNtBvEiOjKlSa"
      "PqWzXcVbNm1234==")
DI = "MC0GCCqGSIb3DQIJAyEAq7Xm2P1fV9sLk4YwZr8cTn0eJhGd6BuQaSiOjKlMnPo="


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def _channel(key: str = CHANNEL_KEY) -> dict:
    return {
        "type": "LIVE",
        "id": "channel-id-0e6c5d1a-8b7f-4c2e-9a3d-1f5b7c9e2d40",
        "key": key,
        "name": "KG이니시스 통합인증",
        "pgProvider": "INICIS_UNIFIED",
        "pgMerchantId": "MIIiasTest",
    }


def _times(verified_ago: datetime.timedelta = datetime.timedelta(seconds=20)) -> dict:
    verified = timezone.now() - verified_ago
    requested = verified - datetime.timedelta(seconds=45)
    return {"requestedAt": _stamp(requested), "updatedAt": _stamp(verified),
            "statusChangedAt": _stamp(verified)}


def verified_payload(customer: dict | None = None, *, verified_ago=datetime.timedelta(seconds=20),
                     **overrides) -> dict:
    times = _times(verified_ago)
    body = {
        "status": "VERIFIED",
        "id": IV_ID,
        "channel": _channel(),
        "verifiedCustomer": {
            "name": "김영희",
            "operator": "LGU_MVNO",
            "phoneNumber": "01098765432",
            "birthDate": "1994-11-03",
            "gender": "FEMALE",
            "isForeigner": False,
            "ci": CI,
            "di": DI,
            **(customer or {}),
        },
        "customData": json.dumps({"purpose": "signup"}),
        **times,
        "verifiedAt": times["statusChangedAt"],
        "pgTxId": "INIiasCERT20250301123456789012",
        "pgRawResponse": json.dumps({"resultCode": "0000", "resultMsg": "성공"},
                                    ensure_ascii=False),
        "version": "V2",
    }
    body.update(overrides)
    return body


def ready_payload() -> dict:
    return {
        "status": "READY",
        "id": IV_ID,
        "channel": _channel(),
        "requestedCustomer": {},
        **_times(),
        "version": "V2",
    }


def failed_payload() -> dict:
    return {
        "status": "FAILED",
        "id": IV_ID,
        "channel": _channel(),
        "requestedCustomer": {},
        **_times(),
        "failure": {"reason": "사용자가 본인인증을 취소했습니다.", "pgCode": "V013",
                    "pgMessage": "사용자 취소"},
        "pgTxId": "INIiasCERT20250301123456789013",
        "version": "V2",
    }


@pytest.fixture
def portone_settings(settings):
    settings.PORTONE_API_SECRET = SECRET
    settings.PORTONE_STORE_ID = STORE_ID
    settings.PORTONE_IDENTITY_CHANNEL_KEY = CHANNEL_KEY
    return settings


@pytest.fixture
def provider(portone_settings):
    return PortOneProvider(base_url=BASE_URL)


@pytest.fixture
def api():
    with respx.mock(base_url=BASE_URL, assert_all_called=True,
                    assert_all_mocked=True) as mock:
        yield mock


def _route(api, **response):
    return api.get(f"/identity-verifications/{IV_ID}").mock(
        return_value=httpx.Response(**response))


# -- the request ----------------------------------------------------------------------


def test_p1_1_portone_fetch_asks_for_the_id_with_our_secret_and_store(provider, api):
    route = _route(api, status_code=200, json=verified_payload())

    provider.fetch(IV_ID)

    assert route.call_count == 1
    sent = route.calls.last.request
    assert sent.method == "GET"
    assert sent.url.host == "portone.test"
    assert sent.url.path == f"/identity-verifications/{IV_ID}"
    assert sent.url.params["storeId"] == STORE_ID
    assert sent.headers["Authorization"] == f"PortOne {SECRET}"


def test_p1_1_portone_fetch_defaults_to_the_real_api_host(portone_settings):
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(f"https://api.portone.io/identity-verifications/{IV_ID}").mock(
            return_value=httpx.Response(200, json=verified_payload()))
        PortOneProvider().fetch(IV_ID)
    assert route.calls.last.request.headers["Authorization"] == f"PortOne {SECRET}"


def test_p1_1_portone_fetch_escapes_the_id_into_one_path_segment(provider, api):
    odd_id = "../payments/x?y=1"
    route = api.get(url__regex=r".*").mock(
        return_value=httpx.Response(404, json={"type": "IDENTITY_VERIFICATION_NOT_FOUND"}))

    with pytest.raises(VerificationFailed):
        provider.fetch(odd_id)

    assert route.calls.last.request.url.raw_path.startswith(
        b"/identity-verifications/..%2Fpayments%2Fx%3Fy%3D1?")


def test_p1_1_portone_without_store_id_sends_no_store_param(portone_settings, api):
    portone_settings.PORTONE_STORE_ID = ""
    route = _route(api, status_code=200, json=verified_payload())

    PortOneProvider(base_url=BASE_URL).fetch(IV_ID)

    assert "storeId" not in route.calls.last.request.url.params


# -- a verified result ----------------------------------------------------------------


def test_p1_1_portone_verified_result_maps_every_item(provider, api):
    _route(api, status_code=200, json=verified_payload())

    identity = provider.fetch(IV_ID)

    assert identity == VerifiedIdentity(
        provider="portone", transaction_id=IV_ID, name="김영희",
        birthdate=datetime.date(1994, 11, 3), gender="female",
        mobile="01098765432", carrier="LG U+ 알뜰폰", ci=CI, di=DI)


def test_p1_1_portone_verified_foreign_male_maps_gender_and_drops_nationality(provider, api):
    _route(api, status_code=200, json=verified_payload(
        {"name": "SMITH JOHN", "gender": "MALE", "isForeigner": True, "operator": "SKT"}))

    identity = provider.fetch(IV_ID)

    assert (identity.name, identity.gender, identity.carrier) == ("SMITH JOHN", "male", "SKT")
    assert "is_foreigner" not in identity.to_json()  # issue 12.6: not used, not taken


@pytest.mark.parametrize(("operator", "label"), [
    ("SKT", "SKT"), ("KT", "KT"), ("LGU", "LG U+"),
    ("SKT_MVNO", "SKT 알뜰폰"), ("KT_MVNO", "KT 알뜰폰"), ("LGU_MVNO", "LG U+ 알뜰폰"),
])
def test_p1_1_portone_operator_becomes_carrier_label(provider, api, operator, label):
    _route(api, status_code=200, json=verified_payload({"operator": operator}))

    assert provider.fetch(IV_ID).carrier == label


def test_p1_1_portone_result_without_operator_has_empty_carrier(provider, api):
    payload = verified_payload()
    del payload["verifiedCustomer"]["operator"]  # KG Inicis does not report the carrier
    _route(api, status_code=200, json=payload)

    assert provider.fetch(IV_ID).carrier == ""


# -- results that are not a verified identity -----------------------------------------


def test_p1_1_portone_ready_verification_is_refused(provider, api):
    _route(api, status_code=200, json=ready_payload())

    with pytest.raises(VerificationFailed, match="완료되지 않았습니다"):
        provider.fetch(IV_ID)


def test_p1_1_portone_failed_verification_is_refused(provider, api):
    _route(api, status_code=200, json=failed_payload())

    with pytest.raises(VerificationFailed, match="본인확인에 실패했습니다"):
        provider.fetch(IV_ID)


@pytest.mark.parametrize(("field", "label"), [
    ("ci", "CI"), ("di", "DI"), ("birthDate", "생년월일"), ("gender", "성별"),
    ("phoneNumber", "휴대전화번호"),
])
def test_p1_1_portone_verified_result_missing_an_item_is_refused(provider, api, field, label):
    payload = verified_payload()
    del payload["verifiedCustomer"][field]
    _route(api, status_code=200, json=payload)

    with pytest.raises(VerificationFailed, match=label):
        provider.fetch(IV_ID)


@pytest.mark.parametrize("customer", [
    {"gender": "OTHER"}, {"birthDate": "1994-13-45"}, {"name": "  "}, {"ci": ""},
])
def test_p1_1_portone_verified_result_with_unusable_item_is_refused(provider, api, customer):
    _route(api, status_code=200, json=verified_payload(customer))

    with pytest.raises(VerificationFailed):
        provider.fetch(IV_ID)


def test_p1_1_portone_result_for_another_id_is_refused(provider, api):
    _route(api, status_code=200, json=verified_payload(id="identity-verification-other"))

    with pytest.raises(VerificationFailed):
        provider.fetch(IV_ID)


def test_p1_1_portone_result_through_another_channel_is_refused(provider, api):
    _route(api, status_code=200, json=verified_payload(channel=_channel("channel-key-not-ours")))

    with pytest.raises(VerificationFailed):
        provider.fetch(IV_ID)


def test_p1_1_portone_stale_verification_is_refused(provider, api):
    _route(api, status_code=200,
           json=verified_payload(verified_ago=datetime.timedelta(minutes=11)))

    with pytest.raises(VerificationFailed, match="시간이 초과"):
        provider.fetch(IV_ID)


# -- PortOne errors and transport failures --------------------------------------------


def test_p1_1_portone_unknown_id_404_is_refused(provider, api):
    _route(api, status_code=404, json={
        "type": "IDENTITY_VERIFICATION_NOT_FOUND", "message": "본인인증 건이 존재하지 않습니다."})

    with pytest.raises(VerificationFailed, match="찾을 수 없습니다"):
        provider.fetch(IV_ID)


def test_p1_1_portone_unauthorised_401_is_refused(provider, api):
    _route(api, status_code=401, json={"type": "UNAUTHORIZED",
                                       "message": "올바르지 않은 API Secret입니다."})

    with pytest.raises(VerificationFailed, match="오류가 발생했습니다"):
        provider.fetch(IV_ID)


def test_p1_1_portone_forbidden_403_is_refused(provider, api):
    _route(api, status_code=403, json={"type": "FORBIDDEN", "message": "권한이 없습니다."})

    with pytest.raises(VerificationFailed):
        provider.fetch(IV_ID)


def test_p1_1_portone_invalid_request_400_is_refused(provider, api):
    _route(api, status_code=400, json={"type": "INVALID_REQUEST", "message": "잘못된 요청"})

    with pytest.raises(VerificationFailed):
        provider.fetch(IV_ID)


@pytest.mark.parametrize("response", [
    {"status_code": 500, "json": {"type": "INTERNAL_SERVER_ERROR", "message": "서버 오류"}},
    {"status_code": 500, "text": "Internal Server Error"},
    {"status_code": 502, "html": "<html><body><h1>502 Bad Gateway</h1></body></html>"},
    {"status_code": 503, "content": b""},
], ids=["500-json", "500-text", "502-html", "503-empty"])
def test_p1_1_portone_server_error_is_refused(provider, api, response):
    _route(api, **response)

    with pytest.raises(VerificationFailed, match="오류가 발생했습니다. 잠시 후 다시 시도"):
        provider.fetch(IV_ID)


@pytest.mark.parametrize("response", [
    {"text": "{not json"},
    {"json": []},
    {"json": {"status": "VERIFIED", "id": IV_ID}},
    {"json": {**verified_payload(), "verifiedCustomer": "김영희"}},
    {"json": {**verified_payload(), "status": "CANCELLED"}},
], ids=["not-json", "list", "verified-without-fields", "customer-not-object", "unknown-status"])
def test_p1_1_portone_malformed_body_is_refused(provider, api, response):
    _route(api, status_code=200, **response)

    with pytest.raises(VerificationFailed, match="확인할 수 없습니다"):
        provider.fetch(IV_ID)


@pytest.mark.parametrize("error", [
    httpx.ConnectError("connection refused"),
    httpx.ConnectTimeout("timed out"),
    httpx.ReadTimeout("timed out"),
    httpx.RemoteProtocolError("server disconnected"),
])
def test_p1_1_portone_network_error_is_refused(provider, api, error):
    api.get(f"/identity-verifications/{IV_ID}").mock(side_effect=error)

    with pytest.raises(VerificationFailed, match="연결할 수 없습니다"):
        provider.fetch(IV_ID)


@pytest.mark.parametrize("bad_id", ["", "x" * 201])
def test_p1_1_portone_empty_or_absurd_id_is_refused_without_a_request(provider, bad_id):
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route().mock(return_value=httpx.Response(500))
        with pytest.raises(VerificationFailed):
            provider.fetch(bad_id)

    assert not route.called


# -- configuration and the browser half -----------------------------------------------


def test_p1_1_portone_without_api_secret_is_improperly_configured(settings):
    settings.PORTONE_API_SECRET = ""

    with pytest.raises(ImproperlyConfigured):
        PortOneProvider()


def test_p1_1_portone_fetch_without_api_secret_is_improperly_configured(provider):
    provider.secret = ""
    provider._client = None

    with pytest.raises(ImproperlyConfigured):
        provider.fetch(IV_ID)


def test_p1_1_portone_is_the_registered_portone_provider(portone_settings):
    chosen = get_provider("portone")

    assert isinstance(chosen, PortOneProvider)
    assert chosen.name == "portone"


def test_p1_1_portone_start_url_points_at_our_browser_sdk_page(provider, monkeypatch):
    monkeypatch.setattr(portone, "reverse", lambda name: {
        "members:portone_identity": "/members/identity/portone/"}[name])

    url = provider.start_url(None, purpose="signup", return_url="/members/join/?step=2")

    assert url == ("/members/identity/portone/?purpose=signup"
                   "&return=%2Fmembers%2Fjoin%2F%3Fstep%3D2")


def test_p1_1_portone_new_request_has_store_channel_and_fresh_id(provider):
    first = provider.new_request("signup")
    second = provider.new_request("signup")

    assert first["storeId"] == STORE_ID
    assert first["channelKey"] == CHANNEL_KEY
    assert first["customData"] == {"purpose": "signup"}
    prefix = "identity-verification-"
    assert first["identityVerificationId"].startswith(prefix)
    uuid.UUID(first["identityVerificationId"].removeprefix(prefix))
    assert first["identityVerificationId"] != second["identityVerificationId"]


@pytest.mark.parametrize("missing", ["PORTONE_STORE_ID", "PORTONE_IDENTITY_CHANNEL_KEY"])
def test_p1_1_portone_new_request_needs_store_and_channel(portone_settings, missing):
    setattr(portone_settings, missing, "")

    with pytest.raises(ImproperlyConfigured):
        portone.new_request("signup")


@pytest.mark.django_db
def test_p1_1_the_portone_window_binds_a_fresh_verification_id_to_the_session(
        client, portone_settings):
    portone_settings.MARQUEE_IDENTITY_PROVIDER = "portone"
    page = client.get("/members/identity/portone/", {"purpose": "signup", "return": "/"})
    assert page.status_code == 200
    bound = client.session["portone_identity_ids"]["signup"]
    assert bound.startswith("identity-verification-") and bound in page.content.decode()
    bad = client.get("/members/identity/portone/", {"purpose": "signup",
                                                    "return": "https://evil.example/"})
    assert bad.status_code == 400
    portone_settings.MARQUEE_IDENTITY_PROVIDER = "sandbox"
    assert client.get("/members/identity/portone/", {"purpose": "signup",
                                                     "return": "/"}).status_code == 404
