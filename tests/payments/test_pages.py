"""Payment pages of a booking (B4): checkout, the return from the PG window and
cancellation live in payments but keep their ``booking:`` URLs and names."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from marquee.booking.models import Booking
from marquee.payments import sandbox
from marquee.payments.models import Payment

from ..booking.conftest import hold, make_showtime

CARD = "4242424242424242"


@pytest.fixture
def showtime(db):
    return make_showtime()


@pytest.mark.django_db
def test_b4_payment_pages_keep_their_booking_urls(member, showtime):
    booking = hold(member, showtime, "C5")
    assert reverse("booking:checkout", args=[booking.number]) == \
        f"/booking/bookings/{booking.number}/checkout/"
    assert reverse("booking:payment_return", args=[booking.number]) == \
        f"/booking/bookings/{booking.number}/payment-return/"
    assert reverse("booking:cancel", args=[booking.number]) == \
        f"/booking/bookings/{booking.number}/cancel/"


@pytest.mark.django_db
def test_b4_checkout_pay_return_ticket_and_cancel_through_the_pages(client, member, showtime):
    booking = hold(member, showtime, "C5")
    client.force_login(member)
    checkout = reverse("booking:checkout", args=[booking.number])
    assert client.get(checkout).status_code == 200
    window = client.post(checkout, {"method": "card"})
    assert window.status_code == 302 and "/payments/sandbox/" in window["Location"]
    payment = Payment.objects.get(booking=booking)
    sandbox.approve(payment.payment_id, method="card", card_number=CARD)
    back = client.get(reverse("booking:payment_return", args=[booking.number])
                      + f"?paymentId={payment.payment_id}")
    assert back.status_code == 302 and back["Location"] == reverse(
        "booking:ticket", args=[booking.number])
    ticket = client.get(back["Location"]).content.decode()
    assert "14,000원" in ticket

    cancel = reverse("booking:cancel", args=[booking.number])
    page = client.get(cancel)
    assert page.status_code == 200 and page.context["quote"].allowed
    done = client.post(cancel, {"bank": ""})  # what the browser sends (the form, empty)
    assert done.status_code == 302 and done["Location"] == reverse("booking:my_bookings")
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED


@pytest.mark.django_db
def test_b4_a_return_with_another_bookings_payment_is_404_and_completes_nothing(
        client, member, showtime):
    """The return looks the payment up for the booking in its URL (one query): another
    booking's payment, even the member's own and paid at the PG, or an unknown ID, is a
    404 and confirms nothing."""
    mine = hold(member, showtime, "C5")
    other = hold(member, make_showtime(starts_in=timedelta(days=2)), "C6")
    client.force_login(member)
    client.post(reverse("booking:checkout", args=[other.number]), {"method": "card"})
    payment = Payment.objects.get(booking=other)
    sandbox.approve(payment.payment_id, method="card", card_number=CARD)
    back = reverse("booking:payment_return", args=[mine.number])
    assert client.get(back + f"?paymentId={payment.payment_id}").status_code == 404
    assert client.get(back + "?paymentId=pay_unknown").status_code == 404
    assert client.get(back).status_code == 404
    payment.refresh_from_db()
    assert payment.status == Payment.Status.READY
    assert Booking.objects.get(pk=other.pk).status == Booking.Status.HELD
    # The right booking's return completes it, and reports the booking's new status.
    done = client.get(reverse("booking:payment_return", args=[other.number])
                      + f"?paymentId={payment.payment_id}")
    assert done["Location"] == reverse("booking:ticket", args=[other.number])
    assert Booking.objects.get(pk=other.pk).status == Booking.Status.CONFIRMED
