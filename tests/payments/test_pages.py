"""Payment pages of a booking (B4): checkout, the return from the PG window and
cancellation live in payments but keep their ``booking:`` URLs and names."""

from __future__ import annotations

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
