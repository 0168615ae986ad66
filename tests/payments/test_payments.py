"""Payments, vouchers, refunds and check-in through the sandbox gateway (B4, B5, P1.4)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from marquee.booking import services as booking_services
from marquee.booking.models import Booking, SeatClaim
from marquee.payments import sandbox
from marquee.payments import services as payments
from marquee.payments.gateway import RefundAccount
from marquee.payments.models import Payment, Refund, SandboxTransaction, Voucher

from ..booking.conftest import hold, make_showtime


@pytest.fixture
def showtime(db):
    return make_showtime()


def pay(booking, member, method="card", vouchers=(), card="4242424242424242"):
    start = payments.start_payment(booking, member, method, vouchers)
    if start.request is not None:
        sandbox.approve(start.payment.payment_id, method=method, card_number=card)
        payments.complete_payment(start.payment.payment_id, via="return")
    start.payment.refresh_from_db()
    return start.payment


@pytest.mark.django_db
def test_b4_card_payment_confirms_the_booking_and_keeps_only_a_masked_number(member, showtime):
    booking = hold(member, showtime, "C5", "C6")
    payment = pay(booking, member, card="5365101234561234")
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED
    assert payment.status == Payment.Status.PAID and payment.amount == 28000
    assert payment.card_masked == "5365-10**-****-1234"
    assert not SeatClaim.objects.filter(booking=booking, expires_at__isnull=False).exists()
    with connection.cursor() as cursor:  # P1.4: no full card number anywhere, masked one sealed
        cursor.execute("SELECT card_masked FROM payments_payment WHERE id = %s", [payment.pk])
        stored = cursor.fetchone()[0]
    assert stored.startswith("v1.") and "1234" not in stored


@pytest.mark.django_db
def test_b4_completion_is_idempotent(member, showtime):
    booking = hold(member, showtime, "C5")
    payment = pay(booking, member)
    again = payments.complete_payment(payment.payment_id, via="webhook")
    assert again.status == Payment.Status.PAID and again.completed_via == "return"
    assert Payment.objects.filter(booking=booking).count() == 1


@pytest.mark.django_db
def test_b4_voucher_covers_part_and_the_rest_is_paid(member, showtime):
    code = payments.issue_voucher(10000)
    booking = hold(member, showtime, "C5", "C6")
    payment = pay(booking, member, vouchers=[code])
    assert (payment.amount, payment.voucher_amount) == (18000, 10000)
    voucher = Voucher.objects.get()
    assert voucher.booking == booking and voucher.redeemed_at is not None
    assert code.replace("-", "")[-4:] == voucher.code_hint
    assert code.replace("-", "") not in str(list(Voucher.objects.values_list()))


@pytest.mark.django_db
def test_b4_vouchers_covering_everything_confirm_without_the_gateway(member, showtime):
    codes = [payments.issue_voucher(14000), payments.issue_voucher(14000)]
    booking = hold(member, showtime, "C5", "C6")
    start = payments.start_payment(booking, member, "card", codes)
    assert start.request is None and start.payment.method == Payment.Method.VOUCHER
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED
    assert not SandboxTransaction.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("problem, message", [("unknown", "유효하지 않은"), ("expired", "유효기간"),
                                               ("spent", "이미 사용된")])
def test_b4_bad_vouchers_are_refused_and_change_nothing(member, showtime, problem, message):
    code = payments.issue_voucher(5000)
    if problem == "unknown":
        code = "AAAA-BBBB-CCCC-DDDD"
    elif problem == "expired":
        Voucher.objects.update(expires_at=timezone.now() - timedelta(days=1))
    else:
        other = hold(member, make_showtime(title="다른 영화"), "C1")
        pay(other, member, vouchers=[code])
    booking = hold(member, showtime, "C5")
    with pytest.raises(payments.PaymentError, match=message):
        payments.start_payment(booking, member, "card", [code])
    assert not Payment.objects.filter(booking=booking).exists()


@pytest.mark.django_db
def test_b4_payment_after_the_hold_lapsed_is_refused(member, showtime):
    booking = hold(member, showtime, "C5")
    Booking.objects.filter(pk=booking.pk).update(held_until=timezone.now() - timedelta(seconds=1))
    with pytest.raises(payments.PaymentError, match="선점 시간"):
        payments.start_payment(Booking.objects.get(pk=booking.pk), member, "card")


@pytest.mark.django_db
def test_b4_full_refund_until_twenty_minutes_before(member, showtime):
    booking = hold(member, showtime, "C5", "C6")
    payment = pay(booking, member)
    refunds = payments.cancel_booking(booking, member)
    assert [(r.amount, r.status, r.route) for r in refunds] == [(28000, "done", "original")]
    payment.refresh_from_db()
    assert payment.status == Payment.Status.CANCELLED and payment.cancelled_amount == 28000
    assert SandboxTransaction.objects.get().status == "cancelled"
    assert not SeatClaim.objects.filter(booking=booking).exists()  # seats back on sale


@pytest.mark.django_db
def test_b4_no_online_cancellation_after_the_cutoff_or_the_start(member, showtime):
    booking = hold(member, showtime, "C5")
    pay(booking, member)
    start = showtime.starts_at
    with pytest.raises(payments.PaymentError, match="20분 전까지"):
        payments.cancel_booking(booking, member, now=start - timedelta(minutes=19))
    with pytest.raises(payments.PaymentError, match="시작된 후"):
        payments.cancel_booking(booking, member, now=start + timedelta(minutes=1))
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


@pytest.mark.django_db
def test_b4_policy_values_are_per_theatre(member, showtime):
    theatre = showtime.screen.theatre
    theatre.cancel_cutoff_minutes, theatre.late_refund_percent = 60, 50
    theatre.save()
    booking = hold(member, showtime, "C5")
    payment = pay(booking, member)
    refunds = payments.cancel_booking(booking, member,
                                      now=showtime.starts_at - timedelta(minutes=30))
    assert [r.amount for r in refunds] == [7000]
    payment.refresh_from_db()
    assert payment.status == Payment.Status.PARTIALLY_CANCELLED


@pytest.mark.django_db
def test_b4_mobile_billing_from_a_past_month_refunds_to_an_account(member, showtime):
    booking = hold(member, showtime, "C5")
    payment = pay(booking, member, method="mobile")
    Payment.objects.filter(pk=payment.pk).update(paid_at=timezone.now() - timedelta(days=40))
    with pytest.raises(payments.RefundAccountRequired):
        payments.cancel_booking(booking, member)
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.CONFIRMED
    refunds = payments.cancel_booking(booking, member,
                                      refund_account=RefundAccount("신한은행", "110-123-456789", "홍길동"))
    refund = Refund.objects.get(pk=refunds[0].pk)
    assert (refund.route, refund.status) == ("account", "pending_transfer")
    assert (refund.bank, refund.account_number, refund.account_holder) == (
        "신한은행", "110-123-456789", "홍길동")
    assert SandboxTransaction.objects.get().status == "paid"  # not reversible at the PG
    with connection.cursor() as cursor:
        cursor.execute("SELECT account_number FROM payments_refund")
        assert cursor.fetchone()[0].startswith("v1.")


@pytest.mark.django_db
def test_b4_same_month_mobile_billing_is_cancelled_at_the_gateway(member, showtime):
    booking = hold(member, showtime, "C5")
    pay(booking, member, method="mobile")
    refunds = payments.cancel_booking(booking, member)
    assert (refunds[0].route, refunds[0].status) == ("original", "done")


@pytest.mark.django_db
def test_b4_virtual_account_refund_needs_and_sends_an_account(member, showtime):
    booking = hold(member, showtime, "C5")
    pay(booking, member, method="virtual_account")
    with pytest.raises(payments.RefundAccountRequired):
        payments.cancel_booking(booking, member)
    refunds = payments.cancel_booking(booking, member,
                                      refund_account=RefundAccount("국민은행", "123456-01-234567", "홍길동"))
    assert refunds[0].status == "done"


@pytest.mark.django_db
def test_b5_check_in_admits_a_ticket_once(member, showtime):
    booking = hold(member, showtime, "C5", "C6")
    pay(booking, member)
    token = booking_services.ticket_token(booking)
    first = booking_services.check_in(token)
    assert (first.admitted, first.already) == (2, False)
    second = booking_services.check_in(token)
    assert (second.admitted, second.already) == (0, True)
    with pytest.raises(booking_services.BookingError, match="유효하지 않은"):
        booking_services.check_in(token[:-2] + "xx")


@pytest.mark.django_db
def test_b5_cancelled_tickets_do_not_admit(member, showtime):
    booking = hold(member, showtime, "C5")
    pay(booking, member)
    token = booking_services.ticket_token(booking)
    payments.cancel_booking(booking, member)
    with pytest.raises(booking_services.BookingError, match="유효한 예매가 아닙니다"):
        booking_services.check_in(token)


@pytest.mark.django_db
def test_b4_reconcile_command_completes_a_payment_whose_callback_was_lost(member, showtime, capsys):
    from django.core.management import call_command

    booking = hold(member, showtime, "C5")
    start = payments.start_payment(booking, member, "card")
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    # The browser never came back and the webhook was lost.
    call_command("payments_reconcile", "--older-than-minutes", "0")
    assert "completed 1" in capsys.readouterr().out
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


@pytest.mark.django_db
def test_b4_with_portone_checkout_opens_its_browser_sdk(client, member, showtime, settings):
    settings.MARQUEE_PAYMENT_GATEWAY = "portone"
    settings.PORTONE_API_SECRET = "test-secret"
    settings.PORTONE_STORE_ID = "store-test"
    settings.PORTONE_CHANNEL_KEYS = {"card": "channel-key-card"}
    booking = hold(member, showtime, "C5")
    client.force_login(member)
    response = client.post(f"/booking/bookings/{booking.number}/checkout/", {"method": "card"})
    html = response.content.decode()
    assert response.status_code == 200 and "PortOne.requestPayment" in html
    assert "store-test" in html and "channel-key-card" in html and "test-secret" not in html
    payment = Payment.objects.get(booking=booking)
    assert payment.gateway == "portone" and payment.payment_id in html
