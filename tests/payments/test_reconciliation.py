"""Reconciliation settles every payment left open, whatever its age (B8): paid at the
gateway without a confirmed booking is confirmed or refunded, never left; a refunded
booking is no longer "held"; the summary counts the refund; anything still open after a
day is logged at ERROR and reported to the operator through the outbox."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.booking import services as booking_services
from marquee.booking.models import Booking
from marquee.outbox.models import Message
from marquee.payments import reconciliation, sandbox
from marquee.payments import services as payments
from marquee.payments.gateway import GatewayError
from marquee.payments.models import Payment, Refund, SandboxTransaction

from ..booking.conftest import hold
from .test_payment_recovery import Crash, crash, expire, paid_at_gateway

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_background_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


@pytest.fixture
def showtime(db):
    from ..booking.conftest import make_showtime

    return make_showtime()


def age(payment, days: float) -> None:
    Payment.objects.filter(pk=payment.pk).update(
        created_at=timezone.now() - timedelta(days=days))


def run():
    return reconciliation.reconcile(older_than=timedelta(0))


def test_b8_a_payment_paid_at_the_gateway_days_ago_is_completed(member, showtime, monkeypatch):
    booking, payment = paid_at_gateway(member, showtime, "C5")
    monkeypatch.setattr(booking_services, "confirm", crash)  # the return crashed
    with pytest.raises(Crash):
        payments.complete_payment(payment.payment_id, via="return")
    monkeypatch.undo()  # ... and the webhook was lost
    age(payment, 5)

    report = run()

    assert report.completed == 1 and report.errors == 0
    assert Payment.objects.get(pk=payment.pk).status == Payment.Status.PAID
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.CONFIRMED


def test_b8_an_old_payment_whose_seats_were_taken_is_refunded_and_not_left_held(
        member, showtime):
    from tests.conftest import make_identity, sign_up

    other = sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"),
                    login_id="rival2024", email="rival@example.com")
    booking, payment = paid_at_gateway(member, showtime, "C5")
    expire(booking)
    hold(other, showtime, "C5")
    age(payment, 3)

    report = run()

    assert (report.refunded, report.completed) == (1, 0)
    assert "refunded 1" in report.summary()
    refund = Refund.objects.get(payment=payment)
    assert (refund.status, refund.amount) == (Refund.Status.DONE, payment.amount)
    assert SandboxTransaction.objects.get(payment_id=payment.payment_id).status == "cancelled"
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.EXPIRED


def test_b8_an_automatic_refund_releases_the_hold_at_once(member, showtime):
    """A voucher taken over while the payment was open: the money goes back, and the
    booking's seats are released instead of staying "held"."""
    code = payments.issue_voucher(5000)
    booking, payment = paid_at_gateway(member, showtime, "C5", vouchers=[code])
    from marquee.payments.models import Voucher

    Voucher.objects.filter(booking=booking).update(booking=None)  # taken over
    payments.complete_payment(payment.payment_id, via="return")

    booking.refresh_from_db()
    assert booking.status == Booking.Status.EXPIRED
    assert not booking.claims.exists()
    assert Refund.objects.get(payment=payment).status == Refund.Status.DONE


def test_b8_a_payment_abandoned_then_paid_at_the_gateway_is_refunded_whatever_its_age(
        member, showtime):
    booking = hold(member, showtime, "C5")
    start = payments.start_payment(booking, member, "card")
    age(start.payment, 1 / 24)
    assert run().abandoned == 1
    sandbox.SandboxTransaction.objects.filter(payment_id=start.payment.payment_id).update(
        status="ready")  # the window was still open
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    age(start.payment, 10)

    report = run()

    assert report.refunded == 1
    assert SandboxTransaction.objects.get(payment_id=start.payment.payment_id).status == "cancelled"


def test_b8_a_failed_payment_final_at_the_gateway_is_settled_and_no_longer_asked(
        member, showtime, monkeypatch):
    booking = hold(member, showtime, "C5")
    start = payments.start_payment(booking, member, "card")
    age(start.payment, 2)
    first = run()  # abandoned here, and unpaid at the gateway for two days: final
    assert (first.abandoned, first.settled, first.stale) == (1, 1, [])

    asked = []
    monkeypatch.setattr(sandbox.SandboxGateway, "fetch",
                        lambda self, pid: asked.append(pid) or pytest.fail("asked again"))
    report = run()
    assert asked == [] and report.stale == []
    assert Payment.objects.get(pk=start.payment.pk).settled_at is not None


def test_b8_a_payment_still_open_after_a_day_is_logged_and_reported_once_a_day(
        member, showtime, monkeypatch, caplog, settings):
    settings.MARQUEE_OPERATIONS_EMAIL = "ops@marquee.test"
    booking, payment = paid_at_gateway(member, showtime, "C5")
    age(payment, 2)

    def unreachable(self, payment_id):
        raise GatewayError("PG unreachable")

    monkeypatch.setattr(sandbox.SandboxGateway, "fetch", unreachable)
    with caplog.at_level(logging.ERROR, logger="marquee.payments.reconciliation"):
        report = run()
        run()

    assert report.errors == 1 and report.stale == [payment.payment_id]
    stale_logs = [r for r in caplog.records if "open for over a day" in r.getMessage()]
    assert len(stale_logs) == 2 and payment.payment_id in stale_logs[0].getMessage()
    alerts = Message.objects.filter(kind=reconciliation.ALERT_KIND)
    assert alerts.count() == 1
    alert = alerts.select_related("data_key").get()
    assert alert.recipient == "ops@marquee.test" and payment.payment_id in alert.body


def test_b8_a_recent_open_payment_is_not_reported(member, showtime, monkeypatch):
    booking, payment = paid_at_gateway(member, showtime, "C5")
    monkeypatch.setattr(sandbox.SandboxGateway, "fetch",
                        lambda self, pid: (_ for _ in ()).throw(GatewayError("down")))
    assert run().stale == []
    assert not Message.objects.filter(kind=reconciliation.ALERT_KIND).exists()
