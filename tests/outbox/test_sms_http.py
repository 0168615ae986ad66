"""The production SMS backend at the HTTP transport (respx stands in for the API).

The request shape is Solapi's ``POST /messages/v4/send`` with HMAC-SHA256 auth; the
type switches from SMS to LMS past 90 EUC-KR bytes and is refused past 2,000.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re

import httpx
import pytest
import respx
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from marquee.members import services as members
from marquee.outbox import relay
from marquee.outbox.models import Message
from marquee.outbox.protocol import Outgoing, PermanentError, RetryableError
from marquee.outbox.sms import HttpSmsBackend, SmsApiConfig, euc_kr_length, message_type
from tests.conftest import sign_up

URL = "https://sms.example.test/messages/v4/send"
KEY = "NCSTESTAPIKEY0001"
SECRET = "test-secret-5b1f7c9e2a4d6f8b0c3e5a7d9f1b3c5e"
SENDER = "1661-9265"
AUTH = re.compile(r"HMAC-SHA256 apiKey=(?P<key>[^,]+), date=(?P<date>[^,]+), "
                  r"salt=(?P<salt>[0-9a-f]{32}), signature=(?P<signature>[0-9a-f]{64})")


@pytest.fixture
def sms_settings(settings):
    settings.MARQUEE_SMS_API = {"url": URL, "key": KEY, "secret": SECRET, "sender": SENDER,
                                "timeout_seconds": 3}
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "sms_http", "email": "store", "push": "store"}
    return settings


@pytest.fixture
def api(sms_settings):
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as mock:
        yield mock


def outgoing(body="[마키시네마] 예매가 완료되었습니다.", recipient="010-2345-6789"):
    return Outgoing(message_id=7, channel="sms", kind="booking_confirmed",
                    recipient=recipient, subject="예매 완료", body=body)


def sent_json(route) -> dict:
    return json.loads(route.calls.last.request.content)


def test_p7_3_the_request_is_signed_and_carries_recipient_sender_and_body(api, clock):
    route = api.post(URL).mock(return_value=httpx.Response(200, json={"statusCode": "2000"}))

    HttpSmsBackend().send(outgoing())

    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert sent_json(route) == {"message": {"to": "01023456789", "from": "16619265",
                                            "text": "[마키시네마] 예매가 완료되었습니다.",
                                            "type": "SMS"}}
    auth = AUTH.fullmatch(request.headers["authorization"])
    assert auth and auth["key"] == KEY
    assert auth["date"] == clock.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    expected = hmac.new(SECRET.encode(), (auth["date"] + auth["salt"]).encode(),
                        hashlib.sha256).hexdigest()
    assert hmac.compare_digest(auth["signature"], expected)
    assert SECRET not in request.headers["authorization"]


def test_p7_3_no_other_member_data_leaves_through_the_relay(api, clock, db):
    """A real password-reset SMS for a signed-up member: the request holds the mobile,
    the sender and the text, nothing of the member's name, login, e-mail or address."""
    route = api.post(URL).mock(return_value=httpx.Response(200, json={"statusCode": "2000"}))
    member = sign_up(pen_name="영화광", landline="02-312-3456")
    assert members.request_password_reset(login_id="gildong90", mobile="010-1234-5678")

    assert relay.deliver_pending().sent
    request = route.calls.last.request
    body = sent_json(route)
    assert set(body) == {"message"} and set(body["message"]) == {"to", "from", "text", "type"}
    assert body["message"]["to"] == "01012345678"
    message = Message.objects.get(kind="password_reset")
    assert body["message"]["text"] == message.body
    raw = request.content.decode() + json.dumps(dict(request.headers), ensure_ascii=False)
    for value in (member.name, member.login_id, member.email,
                  member.pen_name, member.landline, str(member.data_key_id),
                  str(message.vault_id), message.kind):
        assert value and value not in raw


@pytest.mark.parametrize(("body", "kind"), [
    ("가" * 45, "SMS"),                 # 90 bytes in EUC-KR
    ("가" * 44 + "ab", "SMS"),          # 90 bytes, mixed
    ("가" * 45 + "a", "LMS"),           # 91 bytes
    ("a" * 90, "SMS"),
    ("a" * 91, "LMS"),
    ("가" * 1000, "LMS"),               # 2,000 bytes, the LMS ceiling
])
def test_the_type_follows_the_euc_kr_byte_length(api, clock, body, kind):
    route = api.post(URL).mock(return_value=httpx.Response(200, json={}))
    HttpSmsBackend().send(outgoing(body=body))
    assert sent_json(route)["message"]["type"] == kind == message_type(body)


def test_a_character_euc_kr_lacks_counts_as_two_bytes():
    assert euc_kr_length("똠") == 2 and euc_kr_length("🎬") == 2 and euc_kr_length("가a") == 3


def test_a_message_past_the_lms_ceiling_is_refused_before_any_request(api, clock):
    route = api.post(URL).mock(return_value=httpx.Response(200, json={}))
    with pytest.raises(PermanentError, match="2001 bytes"):
        HttpSmsBackend().send(outgoing(body="가" * 1000 + "a"))
    assert not route.called


def test_a_recipient_that_is_not_a_korean_number_is_refused_before_any_request(api, clock):
    route = api.post(URL).mock(return_value=httpx.Response(200, json={}))
    with pytest.raises(PermanentError) as refused:
        HttpSmsBackend().send(outgoing(recipient="gildong@example.com"))
    assert not route.called and "gildong" not in refused.value.reason


def test_an_international_form_is_sent_in_national_form(api, clock):
    route = api.post(URL).mock(return_value=httpx.Response(200, json={}))
    HttpSmsBackend().send(outgoing(recipient="+82 10-2345-6789"))
    assert sent_json(route)["message"]["to"] == "01023456789"


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_5xx_and_429_are_retryable(api, clock, status):
    api.post(URL).mock(return_value=httpx.Response(status, json={"errorCode": "Busy"}))
    with pytest.raises(RetryableError) as failed:
        HttpSmsBackend().send(outgoing())
    assert failed.value.reason == f"SMS API HTTP {status} Busy"


@pytest.mark.parametrize("error", [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.ConnectError])
def test_timeouts_and_unreachable_apis_are_retryable(api, clock, error):
    api.post(URL).mock(side_effect=error("boom"))
    with pytest.raises(RetryableError, match="SMS API (timed out|unreachable)"):
        HttpSmsBackend().send(outgoing())


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_4xx_is_a_permanent_failure_whose_reason_quotes_no_number(api, clock, status):
    api.post(URL).mock(return_value=httpx.Response(status, json={
        "errorCode": "InvalidPhoneNumber", "errorMessage": "수신번호 010-2345-6789 형식 오류"}))
    with pytest.raises(PermanentError) as failed:
        HttpSmsBackend().send(outgoing())
    assert failed.value.reason == f"SMS API HTTP {status} InvalidPhoneNumber"


def test_a_vendor_code_that_is_not_a_plain_token_is_left_out(api, clock):
    api.post(URL).mock(return_value=httpx.Response(400, json={"errorCode": "bad 010-2345-6789"}))
    with pytest.raises(PermanentError) as failed:
        HttpSmsBackend().send(outgoing())
    assert failed.value.reason == "SMS API HTTP 400"


def test_the_relay_retries_a_5xx_and_gives_up_on_a_4xx(api, clock, queue):
    route = api.post(URL).mock(side_effect=[httpx.Response(503), httpx.Response(400)])
    message = queue()
    assert relay.deliver_pending().retrying == [message.pk]
    clock.advance(minutes=1)
    assert relay.deliver_pending().failed == [message.pk]
    message = Message.objects.get(pk=message.pk)
    assert (message.status, message.attempts, message.last_error) == (
        Message.Status.FAILED, 2, "SMS API HTTP 400")
    assert route.call_count == 2


def test_the_timeout_is_the_configured_one(sms_settings):
    assert HttpSmsBackend().client.timeout == httpx.Timeout(3)


@pytest.mark.parametrize(("change", "needs"), [
    ({"key": ""}, "MARQUEE_SMS_API_KEY"),
    ({"secret": "", "sender": ""}, "MARQUEE_SMS_API_SECRET, MARQUEE_SMS_SENDER"),
    ({"url": "http://sms.example.test/send"}, "https://"),
])
def test_an_incomplete_sms_configuration_stops_the_start_up(sms_settings, change, needs):
    sms_settings.MARQUEE_SMS_API = {**sms_settings.MARQUEE_SMS_API, **change}
    with pytest.raises(ImproperlyConfigured, match=re.escape(needs)):
        SmsApiConfig.from_settings()
    errors = checks.run_checks(tags=["outbox"])
    assert [e.id for e in errors] == ["outbox.E002"] and needs in errors[0].msg


def test_a_sender_that_is_not_a_phone_number_stops_the_start_up(sms_settings):
    sms_settings.MARQUEE_SMS_API = {**sms_settings.MARQUEE_SMS_API, "sender": "marquee"}
    assert [e.id for e in checks.run_checks(tags=["outbox"])] == ["outbox.E002"]
