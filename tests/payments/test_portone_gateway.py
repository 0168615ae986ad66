"""B4: payments through PortOne V2, tested at the HTTP transport (P1.4: card numbers).

respx stands in for PortOne's REST API at https://api.portone.io; the real
portone-server-sdk client builds the requests and deserialises the answers, so the
payloads below are shaped the way PortOne V2 sends them (and the way the SDK's generated
models insist on: ``test_b4_portone_test_payloads_deserialize_through_the_sdk``).
Webhooks are signed here by hand, per Standard Webhooks, and verified by the SDK.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import time

import httpx
import pytest
import respx
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from portone_server_sdk._generated.payment.cancel_payment_response import (
    _deserialize_cancel_payment_response,
)
from portone_server_sdk._generated.payment.payment import _deserialize_payment
from portone_server_sdk.payment import (
    CancelledPayment,
    FailedPayment,
    PaidPayment,
    PartialCancelledPayment,
    ReadyPayment,
    SucceededPaymentCancellation,
    VirtualAccountIssuedPayment,
)

from marquee.payments import portone
from marquee.payments.gateway import (
    AmountMismatch,
    CancelResult,
    GatewayError,
    GatewayPayment,
    GatewayStatus,
    InvalidWebhook,
    Method,
    PaymentRequest,
    RefundAccount,
    WebhookEvent,
    get_gateway,
)
from marquee.payments.portone import PortOneGateway
from marquee.payments.portone import records as portone_records

API = "https://api.portone.io"
SECRET = "test-api-secret-8c1f0a7e2b4d4e6f9a3c5b7d1e0f2a4c6b8d0e1f3a5c7e9b"
STORE_ID = "store-4f0e2a7c-1d3b-4c55-9e8a-6b2d9c1f0a11"
MERCHANT_ID = "merchant-7d2e9c4a-3b1f-4a6e-8c5d-0f9e2b7a1c34"
CHANNEL_KEYS = {
    "card": "channel-key-1a2b3c4d-card-4e5f-8a9b-0c1d2e3f4a5b",
    "mobile": "channel-key-2b3c4d5e-mobile-4f6a-9b0c-1d2e3f4a5b6c",
    "virtual_account": "channel-key-3c4d5e6f-vbank-4a7b-8c1d-2e3f4a5b6c7d",
}
TEST_CHANNEL_KEY = "channel-key-9f8e7d6c-test-4b3a-2c1d-0e9f8a7b6c5d"
PAYMENT_ID = "payment-20250301-5b1d4e8f-a3c6-0d9b7e1f2a48"
TRANSACTION_ID = "01956a2b-7c3d-0e4f-5a6b-7c8d9e0f1a2b"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"marquee-webhook-secret-32-bytes!").decode()
FULL_CARD_NUMBER = "5365101234561234"


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


NOW = timezone.now().replace(microsecond=0)
REQUESTED_AT = NOW - datetime.timedelta(minutes=3)
PAID_AT = NOW - datetime.timedelta(minutes=2)


def _channel(key: str = CHANNEL_KEYS["card"], kind: str = "LIVE") -> dict:
    return {
        "type": kind,
        "id": "channel-id-0e6c5d1a-8b7f-4c2e-9a3d-1f5b7c9e2d40",
        "key": key,
        "name": "KG이니시스 결제",
        "pgProvider": "INICIS_V2",
        "pgMerchantId": "MOImarquee",
    }


def _amount(total: int = 28000, paid: int = 28000, cancelled: int = 0) -> dict:
    return {"total": total, "taxFree": 0, "vat": 2545, "supply": 25455, "discount": 0,
            "paid": paid, "cancelled": cancelled, "cancelledTaxFree": 0}


def card_method(number: str = "53651012****1234", issuer: str = "SHINHAN_CARD") -> dict:
    return {
        "type": "PaymentMethodCard",
        "card": {"publisher": issuer, "issuer": issuer, "brand": "LOCAL", "type": "CREDIT",
                 "ownerType": "PERSONAL", "bin": "53651012", "name": "신한카드 Deep Dream",
                 "number": number},
        "approvalNumber": "30012345",
        "installment": {"month": 0, "isInterestFree": False},
        "pointUsed": False,
    }


def _payment(status: str, **overrides) -> dict:
    body = {
        "status": status,
        "id": PAYMENT_ID,
        "transactionId": TRANSACTION_ID,
        "merchantId": MERCHANT_ID,
        "storeId": STORE_ID,
        "channel": _channel(),
        "version": "V2",
        "requestedAt": _stamp(REQUESTED_AT),
        "updatedAt": _stamp(PAID_AT),
        "statusChangedAt": _stamp(PAID_AT),
        "orderName": "인사이드 아웃 2 · 성인 2매",
        "amount": _amount(),
        "currency": "KRW",
        "customer": {"id": "member-1024", "name": "김영희", "phoneNumber": "01098765432",
                     "email": "younghee@example.com"},
        "origin": {"platformType": "PC", "ipAddress": "203.0.113.7",
                   "userAgent": "Mozilla/5.0"},
        "pgTxId": "StdpayCARDMOImarquee20250301123456789012",
    }
    body.update(overrides)
    return body


def paid_card_payload(**overrides) -> dict:
    return _payment("PAID", **{"method": card_method(), "paidAt": _stamp(PAID_AT),
                               "disputes": [],
                               "receiptUrl": "https://iniweb.inicis.com/receipt/xyz",
                               **overrides})


def paid_mobile_payload() -> dict:
    return _payment("PAID", channel=_channel(CHANNEL_KEYS["mobile"]),
                    method={"type": "PaymentMethodMobile", "phoneNumber": "01098765432"},
                    paidAt=_stamp(PAID_AT), disputes=[])


def virtual_account_issued_payload() -> dict:
    return _payment(
        "VIRTUAL_ACCOUNT_ISSUED",
        channel=_channel(CHANNEL_KEYS["virtual_account"]),
        amount=_amount(paid=0),
        method={"type": "PaymentMethodVirtualAccount", "bank": "SHINHAN",
                "accountNumber": "56211234567890", "accountType": "NORMAL",
                "remitteeName": "(주)마키시네마", "remitterName": "김영희",
                "expiredAt": "2025-03-02T14:59:59Z", "issuedAt": _stamp(PAID_AT)})


def _cancellation(total: int = 14000, status: str = "SUCCEEDED", **overrides) -> dict:
    body = {"status": status, "id": "cancellation-7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
            "pgCancellationId": "StdpayCARDMOImarquee20250301999999999999",
            "totalAmount": total, "taxFreeAmount": 0, "vatAmount": 1273,
            "reason": "관람객 요청: 1매 취소", "cancelledAt": _stamp(NOW),
            "requestedAt": _stamp(NOW)}
    body.update(overrides)
    return body


def partially_cancelled_payload() -> dict:
    return _payment("PARTIAL_CANCELLED", method=card_method(),
                    amount=_amount(cancelled=14000), cancellations=[_cancellation()],
                    cancelledAt=_stamp(NOW), paidAt=_stamp(PAID_AT))


def cancelled_payload() -> dict:
    return _payment("CANCELLED", method=card_method(), amount=_amount(cancelled=28000),
                    cancellations=[_cancellation(28000)], cancelledAt=_stamp(NOW),
                    paidAt=_stamp(PAID_AT))


def failed_payload() -> dict:
    return _payment("FAILED", amount=_amount(paid=0), failedAt=_stamp(PAID_AT),
                    failure={"reason": "사용자가 결제를 취소하였습니다",
                             "pgCode": "V813", "pgMessage": "사용자 취소"})


def ready_payload() -> dict:
    body = _payment("READY", amount=_amount(paid=0), channel=_channel(CHANNEL_KEYS["mobile"]))
    del body["pgTxId"]
    return body


# -- fixtures -------------------------------------------------------------------------


@pytest.fixture
def portone_settings(settings):
    settings.PORTONE_API_SECRET = SECRET
    settings.PORTONE_STORE_ID = STORE_ID
    settings.PORTONE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.PORTONE_CHANNEL_KEYS = dict(CHANNEL_KEYS)
    return settings


@pytest.fixture
def gateway(portone_settings):
    return PortOneGateway()


@pytest.fixture
def api():
    with respx.mock(base_url=API, assert_all_called=True, assert_all_mocked=True) as mock:
        yield mock


@pytest.fixture
def no_network():
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route().mock(return_value=httpx.Response(500))
        yield route
    assert not route.called


def _get(api, **response):
    return api.get(f"/payments/{PAYMENT_ID}").mock(return_value=httpx.Response(**response))


def _cancel(api, **response):
    return api.post(f"/payments/{PAYMENT_ID}/cancel").mock(
        return_value=httpx.Response(**response))


# -- the payloads are PortOne's ------------------------------------------------------


@pytest.mark.parametrize(("payload", "kind"), [
    (paid_card_payload(), PaidPayment), (paid_mobile_payload(), PaidPayment),
    (virtual_account_issued_payload(), VirtualAccountIssuedPayment),
    (partially_cancelled_payload(), PartialCancelledPayment),
    (cancelled_payload(), CancelledPayment), (failed_payload(), FailedPayment),
    (ready_payload(), ReadyPayment),
])
def test_b4_portone_test_payloads_deserialize_through_the_sdk(payload, kind):
    assert type(_deserialize_payment(payload)) is kind
    assert type(_deserialize_cancel_payment_response(
        {"cancellation": _cancellation()}).cancellation) is SucceededPaymentCancellation


# -- configuration --------------------------------------------------------------------


def test_b4_portone_is_the_registered_portone_gateway(portone_settings):
    chosen = get_gateway("portone")

    assert isinstance(chosen, PortOneGateway)
    assert chosen.name == "portone"


def test_b4_portone_reads_its_settings(gateway):
    assert (gateway.secret, gateway.store_id, gateway.webhook_secret) == (
        SECRET, STORE_ID, WEBHOOK_SECRET)
    assert gateway.channel_keys == {Method(k): v for k, v in CHANNEL_KEYS.items()}
    assert gateway.base_url == API


def test_b4_portone_constructor_overrides_settings(portone_settings):
    gw = PortOneGateway(secret="other-secret", store_id="store-other", webhook_secret="whsec_eA==",
                        base_url="https://portone.test/", channel_keys={"CARD": "ck-card"})

    assert (gw.secret, gw.store_id, gw.webhook_secret, gw.base_url) == (
        "other-secret", "store-other", "whsec_eA==", "https://portone.test")
    assert gw.channel_keys == {Method.CARD: "ck-card"}


def test_b4_portone_without_api_secret_is_improperly_configured(settings):
    settings.PORTONE_API_SECRET = ""

    with pytest.raises(ImproperlyConfigured):
        PortOneGateway()


def test_b4_portone_settings_default_when_absent(settings):
    for name in ("PORTONE_STORE_ID", "PORTONE_WEBHOOK_SECRET", "PORTONE_CHANNEL_KEYS"):
        if hasattr(settings, name):
            delattr(settings, name)

    gw = PortOneGateway(secret=SECRET)

    assert (gw.store_id, gw.webhook_secret, gw.channel_keys) == (None, None, {})


def test_b4_portone_unknown_channel_key_method_is_improperly_configured(portone_settings):
    portone_settings.PORTONE_CHANNEL_KEYS = {"kakaopay": "channel-key-x"}

    with pytest.raises(ImproperlyConfigured, match="kakaopay"):
        PortOneGateway()


def test_b4_portone_client_waits_ten_seconds_not_sixty(gateway):
    assert gateway.client._sync_client.timeout == httpx.Timeout(10.0)


# -- prepare: the browser SDK's requestPayment ----------------------------------------


@pytest.mark.parametrize(("method", "pay_method"), [
    (Method.CARD, "CARD"), (Method.MOBILE, "MOBILE"),
    (Method.VIRTUAL_ACCOUNT, "VIRTUAL_ACCOUNT"),
])
def test_b4_portone_prepare_gives_request_payment_params_without_a_request(
        gateway, no_network, method, pay_method):
    request = gateway.prepare(payment_id=PAYMENT_ID, amount=28000,
                              order_name="인사이드 아웃 2 · 성인 2매", method=method,
                              customer={"id": "member-1024", "name": "김영희",
                                        "phone": "01098765432"})

    assert request == PaymentRequest(
        payment_id=PAYMENT_ID, amount=28000, order_name="인사이드 아웃 2 · 성인 2매",
        method=method, gateway="portone",
        params={"storeId": STORE_ID, "channelKey": CHANNEL_KEYS[method.value],
                "paymentId": PAYMENT_ID, "orderName": "인사이드 아웃 2 · 성인 2매",
                "totalAmount": 28000, "currency": "KRW", "payMethod": pay_method,
                "customer": {"customerId": "member-1024", "fullName": "김영희",
                             "phoneNumber": "01098765432"}})
    assert SECRET not in json.dumps(request.params, ensure_ascii=False)


def test_b4_portone_prepare_drops_empty_customer_items(gateway):
    request = gateway.prepare(payment_id=PAYMENT_ID, amount=1000, order_name="팝콘",
                              method="card", customer={"name": "김영희", "phone": ""})

    assert request.method is Method.CARD
    assert request.params["customer"] == {"fullName": "김영희"}


def test_b4_portone_prepare_without_a_channel_for_the_method_is_improperly_configured(
        portone_settings):
    portone_settings.PORTONE_CHANNEL_KEYS = {"card": CHANNEL_KEYS["card"]}

    with pytest.raises(ImproperlyConfigured, match="mobile"):
        PortOneGateway().prepare(payment_id=PAYMENT_ID, amount=1000, order_name="팝콘",
                                 method=Method.MOBILE, customer={})


def test_b4_portone_prepare_without_store_id_is_improperly_configured(portone_settings):
    portone_settings.PORTONE_STORE_ID = ""

    with pytest.raises(ImproperlyConfigured, match="PORTONE_STORE_ID"):
        PortOneGateway().prepare(payment_id=PAYMENT_ID, amount=1000, order_name="팝콘",
                                 method=Method.CARD, customer={})


@pytest.mark.parametrize(("field", "value"), [
    ("amount", 0), ("amount", -1000), ("amount", True), ("amount", 1000.0),
    ("payment_id", ""), ("payment_id", "x" * 201), ("order_name", "  "),
])
def test_b4_portone_prepare_refuses_bad_input(gateway, field, value):
    arguments = {"payment_id": PAYMENT_ID, "amount": 1000, "order_name": "팝콘",
                 "method": Method.CARD, "customer": {}, field: value}

    with pytest.raises(GatewayError):
        gateway.prepare(**arguments)


# -- fetch: the request ---------------------------------------------------------------


def test_b4_portone_fetch_gets_the_payment_with_our_secret_and_store(gateway, api):
    route = _get(api, status_code=200, json=paid_card_payload())

    gateway.fetch(PAYMENT_ID)

    assert route.call_count == 1
    sent = route.calls.last.request
    assert sent.method == "GET"
    assert sent.url.host == "api.portone.io"
    assert sent.url.path == f"/payments/{PAYMENT_ID}"
    assert sent.url.params["storeId"] == STORE_ID
    assert sent.headers["Authorization"] == f"PortOne {SECRET}"


def test_b4_portone_fetch_escapes_the_id_into_one_path_segment(gateway, api):
    route = api.get(url__regex=r".*").mock(
        return_value=httpx.Response(404, json={"type": "PAYMENT_NOT_FOUND"}))

    with pytest.raises(GatewayError):
        gateway.fetch("../identity-verifications/x?y=1")

    assert route.calls.last.request.url.raw_path.startswith(
        b"/payments/..%2Fidentity-verifications%2Fx%3Fy%3D1?")


def test_b4_portone_fetch_without_store_id_sends_no_store_param(portone_settings, api):
    portone_settings.PORTONE_STORE_ID = ""
    route = _get(api, status_code=200, json=paid_card_payload())

    PortOneGateway().fetch(PAYMENT_ID)

    assert "storeId" not in route.calls.last.request.url.params


@pytest.mark.parametrize("bad_id", ["", "x" * 201, None])
def test_b4_portone_fetch_refuses_an_empty_or_absurd_id_without_a_request(
        gateway, no_network, bad_id):
    with pytest.raises(GatewayError):
        gateway.fetch(bad_id)


# -- fetch: mapping PortOne's record --------------------------------------------------


def test_b4_portone_fetch_maps_a_paid_card_payment(gateway, api):
    _get(api, status_code=200, json=paid_card_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert payment == GatewayPayment(
        payment_id=PAYMENT_ID, status=GatewayStatus.PAID, amount=28000, cancelled_amount=0,
        method=Method.CARD, transaction_id=TRANSACTION_ID, card_masked="53651012****1234",
        card_issuer="신한카드", billing_key="", paid_at=PAID_AT, virtual_account=None)
    assert payment.cancellable == 28000


@pytest.mark.parametrize(("reported", "kept"), [
    ("53651012****1234", "53651012****1234"),
    ("5365-10**-****-1234", "5365-10**-****-1234"),
    ("536510******1234", "536510******1234"),
    (FULL_CARD_NUMBER, "536510******1234"),
    ("5365-1012-3456-1234", "5365-10**-****-1234"),
    ("5365101234****34", "536510********34"),
])
def test_p1_4_portone_fetch_keeps_only_a_masked_card_number(gateway, api, reported, kept):
    _get(api, status_code=200, json=paid_card_payload(method=card_method(number=reported)))

    payment = gateway.fetch(PAYMENT_ID)

    assert payment.card_masked == kept
    digits = "".join(c for c in payment.card_masked if c.isdigit())
    assert len(digits) <= 12
    assert FULL_CARD_NUMBER not in repr(payment)
    assert "1012-3456" not in repr(payment)


def test_p1_4_portone_masked_card_number_never_shows_more_than_bin_and_last_four():
    assert portone.masked_card_number(FULL_CARD_NUMBER) == "536510******1234"
    assert portone.masked_card_number("4111111111111111111") == "411111*********1111"
    assert portone.masked_card_number("36123456789012") == "361234****9012"
    assert portone.masked_card_number("****-****-****-1234") == "****-****-****-1234"
    assert portone.masked_card_number("") == ""
    assert portone.masked_card_number(None) == ""
    # Longer than our records hold (30): separators go, the masked digits stay.
    assert portone_records.compact("5365 - 10** - **** - 1234 (신한 개인 신용)") == "536510******1234"


@pytest.mark.parametrize(("issuer", "label"), [
    ("KOOKMIN_CARD", "KB국민카드"), ("CARD_COMPANY_HYUNDAI_CARD", "현대카드"),
    ("BC_CARD", "BC카드"), ("SOME_NEW_CARD", "SOME_NEW_CARD"),
])
def test_b4_portone_fetch_names_the_card_issuer(gateway, api, issuer, label):
    _get(api, status_code=200, json=paid_card_payload(method=card_method(issuer=issuer)))

    assert gateway.fetch(PAYMENT_ID).card_issuer == label


def test_b4_portone_fetch_maps_an_easy_pay_card_chosen_in_the_card_window(gateway, api):
    _get(api, status_code=200, json=paid_card_payload(method={
        "type": "PaymentMethodEasyPay", "provider": "KAKAOPAY",
        "easyPayMethod": card_method(number="5365-10**-****-1234", issuer="HANA_CARD")}))

    payment = gateway.fetch(PAYMENT_ID)

    assert (payment.method, payment.card_masked, payment.card_issuer) == (
        Method.CARD, "5365-10**-****-1234", "하나카드")


def test_b4_portone_fetch_keeps_a_billing_key(gateway, api):
    _get(api, status_code=200, json=paid_card_payload(
        billingKey="billing-key-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"))

    assert gateway.fetch(PAYMENT_ID).billing_key == (
        "billing-key-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d")


def test_b4_portone_fetch_maps_a_paid_mobile_payment(gateway, api):
    _get(api, status_code=200, json=paid_mobile_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert (payment.status, payment.method, payment.card_masked, payment.card_issuer) == (
        GatewayStatus.PAID, Method.MOBILE, "", "")


def test_b4_portone_fetch_maps_an_issued_virtual_account(gateway, api):
    _get(api, status_code=200, json=virtual_account_issued_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert payment.status == GatewayStatus.AWAITING_DEPOSIT
    assert payment.method == Method.VIRTUAL_ACCOUNT
    assert (payment.amount, payment.cancelled_amount, payment.paid_at) == (28000, 0, None)
    assert payment.virtual_account == {
        "bank": "신한은행", "bank_code": "SHINHAN", "number": "56211234567890",
        "holder": "(주)마키시네마", "due": "2025-03-02T14:59:59+00:00"}
    json.dumps(payment.virtual_account)  # kept in an encrypted JSON field


def test_b4_portone_fetch_maps_a_partially_cancelled_payment(gateway, api):
    _get(api, status_code=200, json=partially_cancelled_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert payment.status == GatewayStatus.PARTIALLY_CANCELLED
    assert (payment.amount, payment.cancelled_amount, payment.cancellable) == (
        28000, 14000, 14000)
    assert (payment.card_masked, payment.paid_at) == ("53651012****1234", PAID_AT)


def test_b4_portone_fetch_maps_a_cancelled_payment(gateway, api):
    _get(api, status_code=200, json=cancelled_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert (payment.status, payment.cancellable) == (GatewayStatus.CANCELLED, 0)


def test_b4_portone_fetch_maps_a_failed_payment(gateway, api):
    _get(api, status_code=200, json=failed_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert payment.status == GatewayStatus.FAILED
    assert payment.method == Method.CARD  # from the card channel; PortOne gives no method
    assert (payment.paid_at, payment.card_masked) == (None, "")


def test_b4_portone_fetch_maps_a_ready_payment_by_its_channel(gateway, api):
    _get(api, status_code=200, json=ready_payload())

    payment = gateway.fetch(PAYMENT_ID)

    assert (payment.status, payment.method) == (GatewayStatus.READY, Method.MOBILE)


def test_b4_portone_fetch_refuses_a_result_for_another_id(gateway, api):
    _get(api, status_code=200, json=paid_card_payload(id="payment-someone-else"))

    with pytest.raises(GatewayError, match="확인할 수 없습니다"):
        gateway.fetch(PAYMENT_ID)


def test_b4_portone_fetch_refuses_a_payment_of_another_store(gateway, api):
    _get(api, status_code=200, json=paid_card_payload(storeId="store-someone-else"))

    with pytest.raises(GatewayError, match="일치하지 않는 결제"):
        gateway.fetch(PAYMENT_ID)


def test_b4_portone_fetch_refuses_a_payment_through_a_channel_not_ours(gateway, api):
    # A test channel's key handed to the browser SDK: PAID, but no money moved.
    _get(api, status_code=200, json=paid_card_payload(
        channel=_channel(TEST_CHANNEL_KEY, kind="TEST")))

    with pytest.raises(GatewayError, match="일치하지 않는 결제"):
        gateway.fetch(PAYMENT_ID)


def test_b4_portone_fetch_refuses_a_payment_in_another_currency(gateway, api):
    _get(api, status_code=200, json=paid_card_payload(currency="USD"))

    with pytest.raises(AmountMismatch):
        gateway.fetch(PAYMENT_ID)


# -- fetch: PortOne errors and transport failures -------------------------------------


def test_b4_portone_fetch_unknown_payment_404(gateway, api):
    _get(api, status_code=404, json={"type": "PAYMENT_NOT_FOUND",
                                     "message": "결제 건이 존재하지 않습니다."})

    with pytest.raises(GatewayError, match="찾을 수 없습니다"):
        gateway.fetch(PAYMENT_ID)


@pytest.mark.parametrize(("status", "kind"), [(401, "UNAUTHORIZED"), (403, "FORBIDDEN")])
def test_b4_portone_fetch_refused_secret(gateway, api, status, kind):
    _get(api, status_code=status, json={"type": kind, "message": "인증 실패"})

    with pytest.raises(GatewayError, match="오류가 발생했습니다"):
        gateway.fetch(PAYMENT_ID)


def test_b4_portone_fetch_invalid_request_400(gateway, api):
    _get(api, status_code=400, json={"type": "INVALID_REQUEST", "message": "잘못된 요청"})

    with pytest.raises(GatewayError, match="확인할 수 없습니다"):
        gateway.fetch(PAYMENT_ID)


@pytest.mark.parametrize("response", [
    {"status_code": 500, "json": {"type": "INTERNAL_SERVER_ERROR", "message": "서버 오류"}},
    {"status_code": 500, "text": "Internal Server Error"},
    {"status_code": 502, "html": "<html><body><h1>502 Bad Gateway</h1></body></html>"},
    {"status_code": 503, "content": b""},
    {"status_code": 404, "html": "<html>Not Found</html>"},
    {"status_code": 418, "json": {"type": "I_AM_A_TEAPOT"}},
], ids=["500-json", "500-text", "502-html", "503-empty", "404-html", "unknown-type"])
def test_b4_portone_fetch_server_error(gateway, api, response):
    _get(api, **response)

    with pytest.raises(GatewayError, match="오류가 발생했습니다. 잠시 후 다시 시도"):
        gateway.fetch(PAYMENT_ID)


@pytest.mark.parametrize("response", [
    {"text": "{not json"},
    {"json": []},
    {"json": {"status": "PAID", "id": PAYMENT_ID}},
    {"json": {**paid_card_payload(), "status": "REFUNDED"}},
    {"json": {**paid_card_payload(), "amount": "28000"}},
    {"json": {**paid_card_payload(), "method": {"type": "PaymentMethodTeleport"}}},
    {"json": {**paid_card_payload(), "amount": _amount(cancelled=30000)}},
], ids=["not-json", "list", "paid-without-fields", "unknown-status", "amount-not-object",
        "unknown-method", "cancelled-over-total"])
def test_b4_portone_fetch_malformed_body(gateway, api, response):
    _get(api, status_code=200, **response)

    with pytest.raises(GatewayError, match="확인할 수 없습니다"):
        gateway.fetch(PAYMENT_ID)


@pytest.mark.parametrize("error", [
    httpx.ConnectError("connection refused"),
    httpx.ConnectTimeout("timed out"),
    httpx.ReadTimeout("timed out"),
    httpx.RemoteProtocolError("server disconnected"),
])
def test_b4_portone_fetch_network_error(gateway, api, error):
    api.get(f"/payments/{PAYMENT_ID}").mock(side_effect=error)

    with pytest.raises(GatewayError, match="연결할 수 없습니다"):
        gateway.fetch(PAYMENT_ID)


# -- cancel ---------------------------------------------------------------------------


def test_b4_portone_cancel_sends_cancellable_amount_precondition(gateway, api):
    route = _cancel(api, status_code=200, json={"cancellation": _cancellation(14000)})

    result = gateway.cancel(PAYMENT_ID, amount=14000, cancellable=28000,
                            reason="관람객 요청: 1매 취소")

    sent = route.calls.last.request
    assert sent.method == "POST"
    assert sent.url.path == f"/payments/{PAYMENT_ID}/cancel"
    assert sent.headers["Authorization"] == f"PortOne {SECRET}"
    assert json.loads(sent.content) == {
        "storeId": STORE_ID, "amount": 14000, "reason": "관람객 요청: 1매 취소",
        "currentCancellableAmount": 28000}
    assert result == CancelResult(
        payment_id=PAYMENT_ID, cancelled=14000,
        cancellation_id="cancellation-7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d", cancelled_at=NOW)


def test_b4_portone_cancel_sends_the_refund_account(gateway, api):
    route = _cancel(api, status_code=200, json={"cancellation": _cancellation(28000)})

    gateway.cancel(PAYMENT_ID, amount=28000, cancellable=28000, reason="상영 취소",
                   refund_account=RefundAccount(bank="SHINHAN", number="110-123-456789",
                                                holder="김영희"))

    body = json.loads(route.calls.last.request.content)
    assert body["amount"] == body["currentCancellableAmount"] == 28000
    assert body["refundAccount"] == {"bank": "SHINHAN", "number": "110123456789",
                                     "holderName": "김영희"}


@pytest.mark.parametrize(("bank", "code"), [
    ("shinhan", "SHINHAN"), ("신한은행", "SHINHAN"), ("KB국민은행", "KOOKMIN"),
    ("국민은행", "KOOKMIN"), ("카카오뱅크", "KAKAO"), ("우체국", "POST"), ("NONGHYUP", "NONGHYUP"),
])
def test_b4_portone_cancel_refund_bank_becomes_portone_code(gateway, api, bank, code):
    route = _cancel(api, status_code=200, json={"cancellation": _cancellation(28000)})

    gateway.cancel(PAYMENT_ID, amount=28000, cancellable=28000, reason="상영 취소",
                   refund_account=RefundAccount(bank=bank, number="1234567890", holder="김영희"))

    assert json.loads(route.calls.last.request.content)["refundAccount"]["bank"] == code


@pytest.mark.parametrize("account", [
    RefundAccount(bank="화성은행", number="1234567890", holder="김영희"),
    RefundAccount(bank="SHINHAN", number="12-34-ab", holder="김영희"),
    RefundAccount(bank="SHINHAN", number="1234567890", holder=" "),
])
def test_b4_portone_cancel_refuses_an_unusable_refund_account_without_a_request(
        gateway, no_network, account):
    with pytest.raises(GatewayError, match="환불 계좌"):
        gateway.cancel(PAYMENT_ID, amount=1000, cancellable=1000, reason="취소",
                       refund_account=account)


@pytest.mark.parametrize(("amount", "cancellable"), [
    (0, 28000), (-1, 28000), (30000, 28000), (1000, 0), (True, 28000), (1000.0, 28000),
])
def test_b4_portone_cancel_refuses_an_impossible_amount_without_a_request(
        gateway, no_network, amount, cancellable):
    with pytest.raises(GatewayError, match="취소 금액"):
        gateway.cancel(PAYMENT_ID, amount=amount, cancellable=cancellable, reason="취소")


def test_b4_portone_cancel_maps_cancellable_amount_consistency_broken(gateway, api):
    _cancel(api, status_code=409, json={"type": "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN",
                                        "message": "취소 가능 잔액 검증에 실패하였습니다."})

    with pytest.raises(GatewayError, match="취소 가능 금액이 그사이 바뀌어") as caught:
        gateway.cancel(PAYMENT_ID, amount=14000, cancellable=28000, reason="1매 취소")

    assert type(caught.value) is GatewayError


@pytest.mark.parametrize(("status", "body", "message"), [
    (409, {"type": "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT"}, "취소 가능 금액보다 큽니다"),
    (409, {"type": "PAYMENT_ALREADY_CANCELLED"}, "이미 취소된 결제"),
    (409, {"type": "PAYMENT_NOT_PAID"}, "결제가 완료되지 않아"),
    (404, {"type": "PAYMENT_NOT_FOUND"}, "찾을 수 없습니다"),
    (502, {"type": "PG_PROVIDER", "message": "PG사에서 오류를 전달했습니다.",
           "pgCode": "500626", "pgMessage": "기취소된 거래"}, "결제사에서 취소를 처리하지 못했습니다"),
    (400, {"type": "INVALID_REQUEST", "message": "환불 계좌 정보가 필요합니다."},
     "취소 요청이 올바르지 않아"),
    (409, {"type": "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT"}, "취소 요청이 올바르지 않아"),
    (401, {"type": "UNAUTHORIZED"}, "오류가 발생했습니다"),
    (403, {"type": "FORBIDDEN"}, "오류가 발생했습니다"),
    (500, {"type": "INTERNAL_SERVER_ERROR"}, "처리 결과를 확인하지 못했습니다"),
], ids=["exceeds", "already-cancelled", "not-paid", "not-found", "pg-provider",
        "invalid-request", "sum-of-parts", "unauthorized", "forbidden", "500-json"])
def test_b4_portone_cancel_maps_portone_refusals(gateway, api, status, body, message):
    _cancel(api, status_code=status, json=body)

    with pytest.raises(GatewayError, match=message):
        gateway.cancel(PAYMENT_ID, amount=14000, cancellable=28000, reason="1매 취소")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"response": {"status_code": 502, "html": "<h1>502 Bad Gateway</h1>"}},
     "처리 결과를 확인하지 못했습니다"),
    ({"response": {"status_code": 200, "text": "{not json"}}, "처리 결과를 확인하지 못했습니다"),
    ({"response": {"status_code": 200, "json": {"cancellation": {"status": "SUCCEEDED"}}}},
     "처리 결과를 확인하지 못했습니다"),
    ({"error": httpx.ReadTimeout("timed out")}, "처리 결과를 확인하지 못했습니다"),
    ({"error": httpx.RemoteProtocolError("server disconnected")}, "처리 결과를 확인하지 못했습니다"),
    ({"error": httpx.ConnectError("connection refused")}, "연결할 수 없습니다"),
    ({"error": httpx.ConnectTimeout("timed out")}, "연결할 수 없습니다"),
], ids=["502-html", "200-not-json", "200-incomplete", "read-timeout", "disconnect",
        "connect-error", "connect-timeout"])
def test_b4_portone_cancel_transport_failures(gateway, api, kwargs, message):
    route = api.post(f"/payments/{PAYMENT_ID}/cancel")
    if "error" in kwargs:
        route.mock(side_effect=kwargs["error"])
    else:
        route.mock(return_value=httpx.Response(**kwargs["response"]))

    with pytest.raises(GatewayError, match=message):
        gateway.cancel(PAYMENT_ID, amount=14000, cancellable=28000, reason="1매 취소")


def test_b4_portone_cancel_failed_cancellation_is_an_error(gateway, api):
    failed = _cancellation(14000, status="FAILED")
    del failed["cancelledAt"]
    _cancel(api, status_code=200, json={"cancellation": failed})

    with pytest.raises(GatewayError):
        gateway.cancel(PAYMENT_ID, amount=14000, cancellable=28000, reason="1매 취소")


def test_b4_portone_cancel_requested_cancellation_is_accepted(gateway, api):
    pending = _cancellation(28000, status="REQUESTED")
    del pending["cancelledAt"]
    _cancel(api, status_code=200, json={"cancellation": pending})

    result = gateway.cancel(PAYMENT_ID, amount=28000, cancellable=28000, reason="상영 취소",
                            refund_account=RefundAccount("SHINHAN", "110123456789", "김영희"))

    assert (result.cancelled, result.cancelled_at) == (28000, NOW)


# -- webhooks -------------------------------------------------------------------------


def sign(body: str | bytes, *, msg_id: str = "msg_2f7c9a4e5b1d4e8fa3c60d9b",
         timestamp: int | None = None, secret: str = WEBHOOK_SECRET) -> dict[str, str]:
    """Standard Webhooks: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the key that is
    the base64 after "whsec_"."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    text = body.decode() if isinstance(body, bytes) else body
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{text}".encode(), hashlib.sha256).digest()
    return {"webhook-id": msg_id, "webhook-timestamp": str(timestamp),
            "webhook-signature": "v1," + base64.b64encode(digest).decode()}


def webhook_body(kind: str = "Transaction.Paid", **data) -> bytes:
    payload = {"type": kind, "timestamp": _stamp(NOW),
               "data": {"paymentId": PAYMENT_ID, "storeId": STORE_ID,
                        "transactionId": TRANSACTION_ID, **data}}
    return json.dumps(payload, ensure_ascii=False).encode()


@pytest.mark.parametrize(("kind", "data"), [
    ("Transaction.Paid", {}),
    ("Transaction.VirtualAccountIssued", {}),
    ("Transaction.Failed", {}),
    ("Transaction.Cancelled", {"cancellationId": "cancellation-7a8b9c0d"}),
    ("Transaction.PartialCancelled", {"cancellationId": "cancellation-7a8b9c0d"}),
    ("Transaction.SomethingNew", {}),  # not in SDK 0.21.0: still signed, still a payment
])
def test_b4_portone_webhook_correctly_signed_is_verified(gateway, no_network, kind, data):
    body = webhook_body(kind, **data)

    event = gateway.verify_webhook(sign(body), body)

    assert event == WebhookEvent(event_id="msg_2f7c9a4e5b1d4e8fa3c60d9b", kind=kind,
                                 payment_id=PAYMENT_ID)


def test_b4_portone_webhook_headers_are_case_insensitive(gateway):
    body = webhook_body()
    headers = {name.title(): value for name, value in sign(body).items()}

    assert gateway.verify_webhook(headers, body).payment_id == PAYMENT_ID


def test_b4_portone_webhook_with_a_rotated_secret_among_signatures_is_verified(gateway):
    body = webhook_body()
    headers = sign(body)
    old = sign(body, secret="whsec_" + base64.b64encode(b"old-secret").decode())
    headers["webhook-signature"] = old["webhook-signature"] + " " + headers["webhook-signature"]

    assert gateway.verify_webhook(headers, body).kind == "Transaction.Paid"


def test_b4_portone_webhook_with_a_tampered_body_is_invalid(gateway):
    headers = sign(webhook_body())
    tampered = webhook_body(paymentId="payment-someone-else")

    with pytest.raises(InvalidWebhook, match="서명"):
        gateway.verify_webhook(headers, tampered)


def test_b4_portone_webhook_signed_with_another_secret_is_invalid(gateway):
    body = webhook_body()
    headers = sign(body, secret="whsec_" + base64.b64encode(b"somebody-else's-secret").decode())

    with pytest.raises(InvalidWebhook, match="서명"):
        gateway.verify_webhook(headers, body)


@pytest.mark.parametrize("skew", [-6 * 60, -60 * 60, 6 * 60])
def test_b4_portone_webhook_with_a_stale_or_future_timestamp_is_invalid(gateway, skew):
    body = webhook_body()

    with pytest.raises(InvalidWebhook, match="시각"):
        gateway.verify_webhook(sign(body, timestamp=int(time.time()) + skew), body)


def test_b4_portone_webhook_replayed_with_a_fresh_timestamp_is_invalid(gateway):
    body = webhook_body()
    headers = sign(body, timestamp=int(time.time()) - 10 * 60)
    headers["webhook-timestamp"] = str(int(time.time()))

    with pytest.raises(InvalidWebhook):
        gateway.verify_webhook(headers, body)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_b4_portone_webhook_without_a_signature_header_is_invalid(gateway, missing):
    body = webhook_body()
    headers = sign(body)
    del headers[missing]

    with pytest.raises(InvalidWebhook):
        gateway.verify_webhook(headers, body)


@pytest.mark.parametrize("headers", [
    {"webhook-timestamp": "yesterday"},
    {"webhook-signature": "v2,abc"},
    {"webhook-signature": "v1"},
    {"webhook-signature": "v1,!!!not-base64!!!"},
], ids=["timestamp-not-a-number", "unknown-version", "no-signature", "garbage"])
def test_b4_portone_webhook_with_garbled_signature_headers_is_invalid(gateway, headers):
    body = webhook_body()

    with pytest.raises(InvalidWebhook):
        gateway.verify_webhook({**sign(body), **headers}, body)


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'"Transaction.Paid"'],
                         ids=["not-json", "list", "string"])
def test_b4_portone_webhook_correctly_signed_but_malformed_is_invalid(gateway, body):
    with pytest.raises(InvalidWebhook, match="해석할 수 없습니다"):
        gateway.verify_webhook(sign(body), body)


def test_b4_portone_webhook_body_not_utf8_is_invalid(gateway):
    body = "한".encode("utf-16")

    with pytest.raises(InvalidWebhook, match="해석할 수 없습니다"):
        gateway.verify_webhook(sign(body.decode("latin-1")), body)


@pytest.mark.parametrize("payload", [
    {"type": "BillingKey.Issued", "timestamp": "2025-03-01T12:00:00Z",
     "data": {"billingKey": "billing-key-0a1b", "storeId": STORE_ID}},
    {"timestamp": "2025-03-01T12:00:00Z", "data": {"paymentId": PAYMENT_ID}},
    {"type": "Transaction.Paid", "timestamp": "2025-03-01T12:00:00Z", "data": {}},
    {"type": "Transaction.Paid", "data": {"paymentId": 12345}},
], ids=["billing-key", "no-type", "no-payment-id", "payment-id-not-text"])
def test_b4_portone_webhook_correctly_signed_without_a_payment_is_invalid(gateway, payload):
    body = json.dumps(payload).encode()

    with pytest.raises(InvalidWebhook, match="결제 건에 대한 웹훅이 아닙니다"):
        gateway.verify_webhook(sign(body), body)


def test_b4_portone_webhook_without_webhook_secret_is_improperly_configured(portone_settings):
    portone_settings.PORTONE_WEBHOOK_SECRET = ""
    body = webhook_body()

    with pytest.raises(ImproperlyConfigured):
        PortOneGateway().verify_webhook(sign(body), body)
