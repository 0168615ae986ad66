"""Booking and cancellation messages through the outbox (issue 15, B4, B5)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from marquee.booking import services
from marquee.payments import sandbox
from marquee.payments.models import Payment

from .conftest import hold, make_showtime

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


def pay(member, booking):
    client = Client()
    client.force_login(member)
    client.post(reverse("booking:checkout", args=[booking.number]), {"method": "card"})
    payment = Payment.objects.get(booking=booking)
    sandbox.approve(payment.payment_id, method="card", card_number="4242424242424242")
    client.get(reverse("booking:payment_return", args=[booking.number])
               + f"?paymentId={payment.payment_id}")
    return client


def test_b4_a_paid_booking_sends_one_sms_with_the_booking_number_only(member, outbox):
    booking = hold(member, make_showtime(title="서울의 밤"), "C5", "C6")
    pay(member, booking)
    assert services.confirm(booking)  # confirming again sends nothing more
    sent = outbox("booking_confirmed")
    assert len(sent) == 1
    message = sent[0]
    assert (message.channel, message.recipient) == ("sms", member.mobile)
    assert f"예매번호 {booking.number}" in message.body and "서울의 밤" in message.body
    assert "C5, C6" in message.body and "마키 강남" in message.body
    assert member.name not in message.body and member.mobile not in message.body
    assert "4242" not in message.body


def test_b5_a_cancellation_sends_the_refund_amount(member, outbox):
    booking = hold(member, make_showtime(), "C5", "C6")
    client = pay(member, booking)
    client.post(reverse("booking:cancel", args=[booking.number]), {"bank": ""})
    sent = outbox("booking_cancelled")
    assert len(sent) == 1
    assert f"예매번호 {booking.number}" in sent[0].body and "환불 28,000원" in sent[0].body
    assert member.name not in sent[0].body


def test_p12_9_a_booking_confirmation_is_not_rate_limited_and_takes_no_lock(member, settings):
    """The receipt of the member's own payment (docs/outbox.md): more confirmations in an
    hour than any kind's limit are all sent, and queuing one neither locks the data key
    nor counts the hour's messages (one INSERT on every sale, issue 17)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from marquee.outbox import services as outbox_services
    from marquee.outbox.models import Message

    settings.MARQUEE_MESSAGE_RATE_LIMITS = {**settings.MARQUEE_MESSAGE_RATE_LIMITS, "*": 2}
    for _ in range(3):
        with CaptureQueriesContext(connection) as captured:
            message = outbox_services.queue(
                data_key=member.data_key, channel="sms", kind="booking_confirmed",
                recipient=member.mobile, body="x", deliver_now=False)
        assert message.status == Message.Status.PENDING and not message.last_error
        statements = [q["sql"] for q in captured.captured_queries]
        assert len(statements) == 1 and statements[0].startswith('INSERT INTO "outbox_message"')
    other = [outbox_services.queue(data_key=member.data_key, channel="sms", kind="booking_cancelled",
                                   recipient=member.mobile, body="x", deliver_now=False)
             for _ in range(3)]
    assert [m.last_error for m in other] == ["", "", "rate_limited"]  # other kinds still are
