"""Payment recovery (B4): webhooks once and only once, forged or stale webhooks refused,
a tampered amount never confirms, and a crash at any step is finished by the
reconciler — the booking confirmed or the money refunded, never lost, never twice.

Runs on SQLite and on PostgreSQL. No background HTTP: the sandbox's own webhooks are off
and the tests POST signed webhooks themselves.
"""

from __future__ import annotations

import datetime
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from marquee.booking import services as booking_services
from marquee.booking.models import Booking, SeatClaim
from marquee.payments import reconciliation, sandbox
from marquee.payments import services as payments
from marquee.payments.gateway import AmountMismatch
from marquee.payments.models import Payment, Refund, SandboxTransaction, Voucher, WebhookReceipt

from ..booking.conftest import hold, make_showtime
from ..conftest import make_identity, sign_up

WEBHOOK_URL = "/payments/webhooks/sandbox/"


@pytest.fixture(autouse=True)
def _no_background_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


@pytest.fixture
def showtime(db):
    return make_showtime()


@pytest.fixture
def rival(db):
    return sign_up(identity=make_identity(name="김경쟁", birthdate=datetime.date(1988, 3, 3),
                                          mobile="010-2020-3030"),
                   login_id="rival2024", email="rival@example.com")


class Crash(RuntimeError):
    """The process dies here (simulated)."""


def crash(*args, **kwargs):
    raise Crash("simulated crash")


def paid_at_gateway(member, showtime, *labels, vouchers=()):
    """Hold, start a card payment and approve it in the sandbox window; nothing of ours
    has been told yet (the return URL and the webhook have not arrived)."""
    booking = hold(member, showtime, *labels)
    start = payments.start_payment(booking, member, "card", vouchers)
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    return booking, start.payment


def post_webhook(client, body, headers=None):
    headers = sign_webhook_headers(body) if headers is None else headers
    return client.post(WEBHOOK_URL, data=body, content_type="application/json", headers=headers)


def sign_webhook_headers(body, timestamp=None):
    return sandbox.sign_webhook(body, timestamp)


def expire(booking):
    past = timezone.now() - timedelta(seconds=1)
    SeatClaim.objects.filter(booking=booking).update(expires_at=past)
    Booking.objects.filter(pk=booking.pk).update(held_until=past)


def snapshot(payment):
    payment = Payment.objects.get(pk=payment.pk)
    booking = Booking.objects.get(pk=payment.booking_id)
    tx = SandboxTransaction.objects.filter(payment_id=payment.payment_id).first()
    return {
        "payment": (payment.status, payment.paid_at, payment.completed_via,
                    payment.cancelled_amount, payment.transaction_id),
        "booking": (booking.status, booking.confirmed_at),
        "claims": sorted(booking.claims.values_list("seat_id", "expires_at")),
        "tx": tx and (tx.status, tx.cancelled_amount, tx.amount),
        "refunds": list(Refund.objects.values_list("pk", "status", "amount")),
        "vouchers": list(Voucher.objects.values_list("pk", "booking_id", "redeemed_at")),
    }


def assert_money_never_kept_without_seats():
    for tx in SandboxTransaction.objects.all():
        kept = tx.amount - tx.cancelled_amount if tx.status in ("paid", "partially_cancelled") else 0
        if not kept:
            continue
        payment = Payment.objects.select_related("booking").get(payment_id=tx.payment_id)
        booking = payment.booking
        owns = booking.claims.filter(expires_at__isnull=True).count() == booking.seat_count
        refunding = sum(payment.refunds.values_list("amount", flat=True))
        assert (booking.status == Booking.Status.CONFIRMED and owns) or refunding >= kept


# --- webhooks: verified, de-duplicated, idempotent --------------------------------------


@pytest.mark.django_db
def test_b4_the_same_webhook_delivered_twice_confirms_once(client, member, showtime):
    booking, payment = paid_at_gateway(member, showtime, "C5", "C6")
    body = sandbox.webhook_body("Transaction.Paid", payment.payment_id)

    first = post_webhook(client, body)
    assert (first.status_code, first.json()) == (200, {"status": "processed"})
    after_first = snapshot(payment)
    assert after_first["payment"][0] == Payment.Status.PAID
    assert after_first["payment"][2] == "webhook"
    assert after_first["booking"][0] == Booking.Status.CONFIRMED

    second = post_webhook(client, body)  # the PG retries the very same event
    assert (second.status_code, second.json()) == (200, {"status": "duplicate"})
    assert snapshot(payment) == after_first
    assert WebhookReceipt.objects.count() == 1
    assert Payment.objects.filter(booking=booking).count() == 1


@pytest.mark.django_db
def test_b4_a_replay_with_a_new_event_id_changes_nothing(client, member, showtime):
    booking, payment = paid_at_gateway(member, showtime, "C5")
    payments.complete_payment(payment.payment_id, via="return")
    done = snapshot(payment)
    assert done["payment"][0] == Payment.Status.PAID and done["payment"][2] == "return"

    for _ in range(3):  # fresh event IDs, same payment: processed, but a no-op
        response = post_webhook(client, sandbox.webhook_body("Transaction.Paid",
                                                             payment.payment_id))
        assert (response.status_code, response.json()) == (200, {"status": "processed"})
    assert snapshot(payment) == done
    assert WebhookReceipt.objects.count() == 3
    assert SandboxTransaction.objects.get().status == "paid"  # never cancelled or re-approved


def _forged(body, kind):
    now = int(time.time())
    if kind == "body":  # signed, then altered in transit
        return body.replace(b"Transaction.Paid", b"Transaction.Failed"), sign_webhook_headers(body)
    if kind == "signature":
        headers = sign_webhook_headers(body)
        mac = headers[sandbox.SIGNATURE_HEADER]
        headers[sandbox.SIGNATURE_HEADER] = mac[:-1] + ("0" if mac[-1] != "0" else "1")
        return body, headers
    if kind == "stale":  # correctly signed, but replayed after the tolerance
        return body, sign_webhook_headers(body, now - sandbox.TOLERANCE_SECONDS - 5)
    if kind == "future":
        return body, sign_webhook_headers(body, now + sandbox.TOLERANCE_SECONDS + 60)
    if kind == "unsigned":
        return body, {}
    if kind == "other-secret":
        from django.test import override_settings

        with override_settings(MARQUEE_SANDBOX_WEBHOOK_SECRET="not-our-secret"):
            return body, sign_webhook_headers(body)
    raise AssertionError(kind)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["body", "signature", "stale", "future", "unsigned",
                                  "other-secret"])
def test_b4_forged_or_stale_webhooks_are_refused_and_change_nothing(client, member, showtime,
                                                                    kind):
    _, payment = paid_at_gateway(member, showtime, "C5")
    before = snapshot(payment)
    body, headers = _forged(sandbox.webhook_body("Transaction.Paid", payment.payment_id), kind)

    response = post_webhook(client, body, headers)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "invalid webhook"
    assert snapshot(payment) == before  # still READY here, PAID only at the gateway
    assert before["payment"][0] == Payment.Status.READY
    assert not WebhookReceipt.objects.exists()  # a forged event cannot burn a real event ID


@pytest.mark.django_db
def test_b4_a_tampered_amount_is_cancelled_at_the_gateway_and_never_confirms(client, member,
                                                                             showtime):
    booking = hold(member, showtime, "C5", "C6")
    start = payments.start_payment(booking, member, "card")
    # The client-side amount was forged: the PG charged 100원 instead of 28,000원.
    SandboxTransaction.objects.filter(payment_id=start.payment.payment_id).update(amount=100)
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")

    with pytest.raises(AmountMismatch):
        payments.complete_payment(start.payment.payment_id, via="return")

    payment = Payment.objects.get(pk=start.payment.pk)
    assert (payment.status, payment.failure_reason) == (Payment.Status.FAILED, "결제 금액 불일치")
    tx = SandboxTransaction.objects.get()
    assert (tx.status, tx.cancelled_amount) == ("cancelled", 100)  # the 100원 went back
    booking.refresh_from_db()
    assert booking.status == Booking.Status.HELD and booking.confirmed_at is None
    assert not booking.claims.filter(expires_at__isnull=True).exists()  # nothing sold

    # A webhook for it afterwards confirms nothing either, and cancels nothing twice.
    response = post_webhook(client, sandbox.webhook_body("Transaction.Paid",
                                                         payment.payment_id))
    assert response.status_code == 503
    assert reconciliation.reconcile(older_than=timedelta(0)).completed == 0
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.HELD
    assert Payment.objects.get(pk=payment.pk).status == Payment.Status.FAILED
    assert SandboxTransaction.objects.get().cancelled_amount == 100
    assert not Refund.objects.exists()


# --- a crash between the PG's approval and our confirmation -----------------------------


@pytest.mark.django_db
def test_b4_crash_after_approval_is_completed_by_reconcile(member, showtime, monkeypatch):
    code = payments.issue_voucher(5000)
    booking, payment = paid_at_gateway(member, showtime, "C5", "C6", vouchers=[code])
    assert (payment.amount, payment.voucher_amount) == (23000, 5000)
    monkeypatch.setattr(booking_services, "confirm", crash)

    with pytest.raises(Crash):
        payments.complete_payment(payment.payment_id, via="return")

    # All or nothing: still READY, still HELD, the voucher still unspent.
    payment.refresh_from_db()
    booking.refresh_from_db()
    assert payment.status == Payment.Status.READY and payment.paid_at is None
    assert booking.status == Booking.Status.HELD
    assert Voucher.objects.get().redeemed_at is None
    assert SandboxTransaction.objects.get().status == "paid"  # the PG has the money

    monkeypatch.undo()
    report = reconciliation.reconcile(older_than=timedelta(0))

    assert (report.completed, report.errors) == (1, 0)
    payment.refresh_from_db()
    booking.refresh_from_db()
    assert (payment.status, payment.completed_via) == (Payment.Status.PAID, "reconcile")
    assert booking.status == Booking.Status.CONFIRMED
    assert Voucher.objects.get().redeemed_at is not None
    assert not Refund.objects.exists()
    assert reconciliation.reconcile(older_than=timedelta(0)).completed == 0  # nothing left open
    assert_money_never_kept_without_seats()


@pytest.mark.django_db
def test_b4_crash_after_approval_then_seats_lost_is_refunded_by_reconcile(member, rival,
                                                                          showtime, monkeypatch):
    code = payments.issue_voucher(5000)
    booking, payment = paid_at_gateway(member, showtime, "C5", "C6", vouchers=[code])
    monkeypatch.setattr(booking_services, "confirm", crash)
    with pytest.raises(Crash):
        payments.complete_payment(payment.payment_id, via="return")
    monkeypatch.undo()
    # Before the reconciler runs, the hold lapses and another member takes the seats.
    expire(booking)
    taken = hold(rival, showtime, "C6", "C7")

    report = reconciliation.reconcile(older_than=timedelta(0))

    assert report.errors == 0
    payment.refresh_from_db()
    refund = Refund.objects.get()
    assert (refund.payment_id, refund.amount, refund.status) == (
        payment.pk, 23000, Refund.Status.DONE)
    assert (payment.status, payment.cancelled_amount) == (Payment.Status.CANCELLED, 23000)
    tx = SandboxTransaction.objects.get()
    assert (tx.status, tx.cancelled_amount) == ("cancelled", 23000)
    assert Booking.objects.get(pk=booking.pk).status != Booking.Status.CONFIRMED
    live = SeatClaim.objects.filter(SeatClaim.live_q())
    assert set(live.values_list("booking_id", flat=True)) == {taken.pk}
    # The voucher was never spent: the member can use it for a new booking.
    assert Voucher.objects.get().redeemed_at is None
    again = hold(member, showtime, "C9")
    assert payments.start_payment(again, member, "card", [code]).payment.voucher_amount == 5000
    # Running again refunds nothing twice.
    reconciliation.reconcile(older_than=timedelta(0))
    assert SandboxTransaction.objects.get(payment_id=payment.payment_id).cancelled_amount == 23000
    assert Refund.objects.count() == 1
    assert_money_never_kept_without_seats()


@pytest.mark.django_db
def test_b4_crash_while_handling_a_webhook_is_completed_by_reconcile(member, showtime,
                                                                     monkeypatch):
    booking, payment = paid_at_gateway(member, showtime, "C5")
    monkeypatch.setattr(booking_services, "confirm", crash)
    response = post_webhook(Client(raise_request_exception=False),
                            sandbox.webhook_body("Transaction.Paid", payment.payment_id))
    assert response.status_code == 500
    assert Payment.objects.get(pk=payment.pk).status == Payment.Status.READY
    monkeypatch.undo()

    assert reconciliation.reconcile(older_than=timedelta(0)).completed == 1
    assert Payment.objects.get(pk=payment.pk).status == Payment.Status.PAID
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.CONFIRMED


@pytest.mark.django_db
def test_b4_the_pgs_retry_of_a_webhook_that_crashed_completes_the_payment(member, showtime,
                                                                          monkeypatch):
    booking, payment = paid_at_gateway(member, showtime, "C5")
    body = sandbox.webhook_body("Transaction.Paid", payment.payment_id)
    monkeypatch.setattr(booking_services, "confirm", crash)
    assert post_webhook(Client(raise_request_exception=False), body).status_code == 500
    monkeypatch.undo()

    retry = post_webhook(Client(), body)  # same event ID, as PGs retry

    assert retry.json() == {"status": "processed"}
    assert Payment.objects.get(pk=payment.pk).status == Payment.Status.PAID


# --- a crash during a refund, after the PG cancelled ------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("late, refunded", [(False, 14000), (True, 7000)])
def test_b4_refund_crash_after_the_gateway_cancel_is_finished_once(member, showtime,
                                                                   monkeypatch, late, refunded):
    if late:  # 50% refund after the cut-off: a partial cancel at the gateway
        theatre = showtime.screen.theatre
        theatre.cancel_cutoff_minutes, theatre.late_refund_percent = 60 * 48, 50
        theatre.save()
    booking, payment = paid_at_gateway(member, showtime, "C5")
    payments.complete_payment(payment.payment_id, via="return")
    original = payments._apply_refund
    calls = []

    def apply_refund_crashing_once(*args, **kwargs):
        calls.append(kwargs.get("status"))
        if len(calls) == 1:
            raise Crash("died after the PG cancelled, before our books")
        return original(*args, **kwargs)

    monkeypatch.setattr(payments, "_apply_refund", apply_refund_crashing_once)

    with pytest.raises(Crash):
        payments.cancel_booking(booking, member)

    refund = Refund.objects.get()
    assert refund.status in (Refund.Status.REQUESTED, Refund.Status.FAILED)
    assert refund.amount == refunded
    tx = SandboxTransaction.objects.get()
    assert tx.cancelled_amount == refunded  # the PG did pay it back
    payment.refresh_from_db()
    assert (payment.status, payment.cancelled_amount) == (Payment.Status.PAID, 0)
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.CANCELLED

    report = reconciliation.reconcile(older_than=timedelta(0))
    report_again = reconciliation.reconcile(older_than=timedelta(0))

    assert (report.refunds_retried, report_again.refunds_retried) == (1, 0)
    refund.refresh_from_db()
    assert refund.status == Refund.Status.DONE
    tx.refresh_from_db()
    assert tx.cancelled_amount == refunded  # not cancelled a second time
    payment.refresh_from_db()
    assert payment.cancelled_amount == refunded
    assert payment.status == (Payment.Status.PARTIALLY_CANCELLED if late
                              else Payment.Status.CANCELLED)
    assert not SeatClaim.objects.filter(booking=booking).exists()
