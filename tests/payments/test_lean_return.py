"""The payment return and the sandbox PG window, made leaner for the rush (issue 17, B4,
B2): the return reads the member's payment once, confirms by conditional UPDATEs and
leaves the confirmation SMS to the relay; the window pays by one UPDATE of the PG's
ledger. What each step must still do is checked here: the SMS is stored with the sale
and delivered, a crash half-way leaves nothing half-done, a window already paid or
unknown is refused, and a transaction prepared before the ledger kept its return URL
still returns."""

from __future__ import annotations

from datetime import timedelta

import pytest

from marquee.booking import sale
from marquee.booking.models import Booking, SeatClaim
from marquee.outbox import relay
from marquee.outbox.models import Message
from marquee.payments import reconciliation
from marquee.payments.models import Payment, SandboxTransaction
from tests.booking.test_api import holds_url, post

pytestmark = pytest.mark.django_db(databases=["default", "archive"])

CARD = "4242424242424242"
PAY = {"method": "card", "card_number": CARD, "card_expiry": "12/29", "action": "pay"}


class Crash(RuntimeError):
    """The process dies here (simulated)."""


def hold_that_pays(client, showtime, *seats):
    data = post(client, holds_url(showtime), {
        "seats": list(seats), "tickets": {"adult": len(seats)}, "pay": "card"}).json()
    return Booking.objects.get(number=data["number"]), data["payment"]


def test_b4_the_return_stores_the_sms_with_the_sale_and_the_relay_sends_it(
        member_client, member, showtime, django_capture_on_commit_callbacks):
    booking, started = hold_that_pays(member_client, showtime, "C5", "C6")
    back = member_client.post(started["params"]["window_url"], PAY)
    with django_capture_on_commit_callbacks(execute=True):
        ticket = member_client.get(back["Location"])
    assert ticket.status_code == 302 and "/ticket/" in ticket["Location"]
    # Stored in the sale's transaction, not attempted while the member waits...
    [sms] = Message.objects.filter(kind="booking_confirmed")
    assert (sms.status, sms.attempts) == (Message.Status.PENDING, 0)
    assert f"예매번호 {booking.number}" in sms.body and "C5, C6" in sms.body
    # ...and delivered by the relay's next run, once. The member's consent confirmation from
    # signup is due too in the daytime (deferred to 08:00 KST at night, L1.2): only the sale's
    # messages are this test's.
    assert _sale_messages(relay.deliver_pending().sent) == [sms.pk]
    sms.refresh_from_db()
    assert sms.status == Message.Status.SENT
    assert _sale_messages(relay.deliver_pending().sent) == []


def _sale_messages(sent: list[int]) -> list[int]:
    return [pk for pk in sent if Message.objects.get(pk=pk).kind == "booking_confirmed"]


def test_b4_a_crash_after_the_message_leaves_no_sale_and_no_message(
        member_client, member, showtime, monkeypatch):
    """The sale, its message and the seat-map bump commit together or not at all; the
    reconciler then completes the payment with exactly one message."""
    booking, started = hold_that_pays(member_client, showtime, "C5")
    back = member_client.post(started["params"]["window_url"], PAY)

    def crash(*args, **kwargs):
        raise Crash("simulated crash")

    with monkeypatch.context() as patch:
        patch.setattr(sale.versions, "bump", crash)  # after the claims and the message
        with pytest.raises(Crash):
            member_client.get(back["Location"])
    booking.refresh_from_db()
    payment = Payment.objects.get(booking=booking)
    assert booking.status == Booking.Status.HELD and payment.status == Payment.Status.READY
    assert SeatClaim.objects.get(booking=booking).expires_at is not None
    assert not Message.objects.filter(kind="booking_confirmed").exists()
    reconciliation.reconcile(older_than=timedelta(0))
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED
    assert Message.objects.filter(kind="booking_confirmed").count() == 1


def test_b4_the_window_refuses_a_second_payment_and_an_unknown_transaction(
        member_client, showtime):
    _, started = hold_that_pays(member_client, showtime, "C5")
    window = started["params"]["window_url"]
    assert member_client.post(window, PAY).status_code == 302
    paid = SandboxTransaction.objects.get(payment_id=started["payment_id"])
    again = member_client.post(window, {**PAY, "card_number": "5555555555554444"})
    assert again.status_code == 200 and "이미 처리된 결제입니다." in again.content.decode()
    unchanged = SandboxTransaction.objects.get(payment_id=started["payment_id"])
    assert (unchanged.transaction_id, unchanged.card_masked) == (
        paid.transaction_id, paid.card_masked)
    assert member_client.post(window.replace(started["payment_id"], "pay_unknown"),
                              PAY).status_code == 404
    bad_card = member_client.post(window, {**PAY, "card_number": "4242424242424241"})
    assert bad_card.status_code == 200 and "카드번호가 올바르지 않습니다." in bad_card.content.decode()


def test_b4_a_window_prepared_without_a_return_url_still_returns(member_client, showtime):
    """Transactions prepared before the ledger kept the return URL (and a cancel)."""
    booking, started = hold_that_pays(member_client, showtime, "C5")
    SandboxTransaction.objects.filter(payment_id=started["payment_id"]).update(return_url="")
    back = member_client.post(started["params"]["window_url"], PAY)
    assert back.status_code == 302 and back["Location"].endswith(
        f"/bookings/{booking.number}/payment-return/?paymentId={started['payment_id']}")
    ticket = member_client.get(back["Location"])
    assert "/ticket/" in ticket["Location"]


def test_b4_cancel_in_the_window_returns_and_the_payment_fails(member_client, showtime):
    booking, started = hold_that_pays(member_client, showtime, "C5")
    back = member_client.post(started["params"]["window_url"], {"action": "cancel"})
    assert back.status_code == 302 and booking.number in back["Location"]
    assert SandboxTransaction.objects.get(payment_id=started["payment_id"]).status == "failed"
    member_client.get(back["Location"])
    assert Payment.objects.get(payment_id=started["payment_id"]).status == Payment.Status.FAILED


def test_b4_the_return_writes_back_only_what_completion_sets(member_client, showtime):
    """The return's copy of the payment is read before the row lock: a column it does not
    set (here ``settled_at``, the reconciler's) keeps what another writer stored meanwhile."""
    from django.utils import timezone

    from marquee.payments import services

    booking, started = hold_that_pays(member_client, showtime, "C5")
    member_client.post(started["params"]["window_url"], PAY)
    payment = services.own_payment(booking.member, booking.number, started["payment_id"])
    settled = timezone.now()
    Payment.objects.filter(pk=payment.pk).update(settled_at=settled)  # meanwhile
    done = services.complete(payment, via="return")
    assert done.status == Payment.Status.PAID and done.booking.status == Booking.Status.CONFIRMED
    assert Payment.objects.get(pk=payment.pk).settled_at == settled
