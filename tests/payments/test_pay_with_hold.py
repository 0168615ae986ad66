"""A hold that starts the payment in the same request (issue 17: fewer requests per
sale; ``booking.paynow``): the API's ``"pay"`` on ``POST …/holds`` and ``…/holds/best``,
and the seat-map page's payment-method choice that goes straight to the PG window.

Every step keeps its checks: the unique constraint decides the seats (B2), the cap of
B7 holds, the amount is the booking's and is re-checked against the PG's record on the
return (B4), and a failure half-way leaves neither a hold nor a payment behind."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from marquee.booking import paynow
from marquee.booking import services as booking_services
from marquee.booking.models import Booking, SeatClaim
from marquee.payments import sandbox
from marquee.payments.gateway import GatewayError, Method
from marquee.payments.models import Payment, SandboxTransaction
from tests.booking.conftest import hold, make_showtime
from tests.booking.test_api import assert_error, post
from tests.booking.test_api import holds_url as api_holds_url

# The fixtures showtime, member_client and rival are the booking API tests' (conftest.py).
pytestmark = pytest.mark.django_db(databases=["default", "archive"])

CARD = "4242424242424242"


def holds_url(showtime, best=False):
    return api_holds_url(showtime) + ("/best" if best else "")


def counts():
    return (Booking.objects.filter(status=Booking.Status.HELD).count(), SeatClaim.objects.count(),
            Payment.objects.count(), SandboxTransaction.objects.count())


def pay_in_window(client, window_url, card=CARD):
    return client.post(window_url, {"method": "card", "card_number": card,
                                    "card_expiry": "12/29", "action": "pay"})


# --- the API ------------------------------------------------------------------------------


def test_b2_b4_a_hold_with_pay_starts_the_payment_and_the_window_sells(member_client, showtime):
    response = post(member_client, holds_url(showtime),
                    {"seats": ["C5", "C6"], "tickets": {"adult": 1, "youth": 1}, "pay": "card"})
    assert response.status_code == 201, response.content
    data = response.json()
    booking = Booking.objects.get(number=data["number"])
    assert booking.status == Booking.Status.HELD and data["seats"] == ["C5", "C6"]
    started = data["payment"]
    payment = Payment.objects.get(payment_id=started["payment_id"])
    # The amount is the booking's, priced by the server (adult 14,000 + youth 11,000).
    assert started["amount"] == payment.amount == booking.total == 25000
    assert payment.booking == booking and payment.status == Payment.Status.READY
    assert started["gateway"] == "sandbox" and started["confirmed"] is False
    assert SandboxTransaction.objects.get(payment_id=payment.payment_id).amount == 25000
    back = pay_in_window(member_client, started["params"]["window_url"])
    assert back.status_code == 302
    ticket = member_client.get(back["Location"])
    assert ticket.status_code == 302 and ticket["Location"].endswith(
        reverse("booking:ticket", args=[booking.number]))
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


def test_b2_a_hold_without_pay_answers_no_payment(member_client, showtime):
    data = post(member_client, holds_url(showtime),
                {"seats": ["C5"], "tickets": {"adult": 1}}).json()
    assert data["payment"] is None and not Payment.objects.exists()


def test_b2_best_available_and_nearby_holds_can_pay_too(member_client, rival, showtime):
    best = post(member_client, holds_url(showtime, best=True),
                {"tickets": {"adult": 2}, "pay": "mobile"})
    assert best.status_code == 201, best.content
    assert Payment.objects.get(payment_id=best.json()["payment"]["payment_id"]).method == "mobile"
    hold(rival, showtime, "E5")
    nearby = post(member_client, holds_url(showtime),
                  {"seats": ["E5"], "tickets": {"adult": 1}, "nearby": True, "pay": "card"})
    assert nearby.status_code == 201, nearby.content
    data = nearby.json()
    assert data["requested"] == ["E5"] and data["seats"] != ["E5"]
    payment = Payment.objects.get(payment_id=data["payment"]["payment_id"])
    assert payment.booking.number == data["number"] and payment.amount == 14000
    # The new hold replaced the best-available one (one hold per showtime), and its
    # payment, never completed, cannot confirm the lapsed booking.
    assert Booking.objects.get(number=best.json()["number"]).status == Booking.Status.EXPIRED


@pytest.mark.parametrize("pay", ["cash", "", "CARD", 1, ["card"]])
def test_b4_a_bad_pay_method_is_422_json_and_writes_nothing(member_client, showtime, pay):
    before = counts()
    body = assert_error(post(member_client, holds_url(showtime),
                                  {"seats": ["C5"], "tickets": {"adult": 1}, "pay": pay}), 422)
    assert "pay" in json.dumps(body["errors"])
    assert counts() == before


def test_b2_a_taken_seat_with_pay_is_409_and_starts_no_payment(member_client, rival, showtime):
    hold(rival, showtime, "C6")
    before = counts()
    body = assert_error(post(member_client, holds_url(showtime),
                                  {"seats": ["C5", "C6"], "tickets": {"adult": 2},
                                   "pay": "card"}), 409)
    assert body["seats"] == ["C6"]
    assert counts() == before


def test_b7_the_hold_cap_applies_with_pay(member_client, member, showtime, settings):
    settings.MARQUEE_MAX_HELD_SHOWTIMES = 1
    hold(member, make_showtime(title="다른 영화"), "C5")
    before = counts()
    body = assert_error(post(member_client, holds_url(showtime),
                                  {"seats": ["C5"], "tickets": {"adult": 1}, "pay": "card"}), 409)
    assert body["code"] == "too_many_holds"
    assert counts() == before


def test_b4_a_refused_payment_start_leaves_no_hold_and_keeps_the_previous_one(
        member_client, member, showtime, monkeypatch):
    previous = hold(member, showtime, "E1")
    before = counts()

    def refuse(self, **kwargs):
        raise GatewayError("결제 대행사에 연결할 수 없습니다.")

    monkeypatch.setattr(sandbox.SandboxGateway, "prepare", refuse)
    body = assert_error(post(member_client, holds_url(showtime),
                                  {"seats": ["C5"], "tickets": {"adult": 1}, "pay": "card"}), 400)
    assert body["code"] == "gateway_error"
    assert counts() == before
    previous.refresh_from_db()
    assert previous.status == Booking.Status.HELD  # the replacement was rolled back too


def test_b4_a_crash_half_way_leaves_no_half_done_payment_or_hold(client, member, showtime,
                                                                 monkeypatch):
    """Fault injection: the process fails after the hold and the payment row are written
    but before the PG's record is (the gateway's prepare): one transaction, nothing left."""
    client.force_login(member)
    client.raise_request_exception = False
    before = counts()

    def crash(self, **kwargs):
        assert Payment.objects.filter(booking__member=member).exists()  # half-way indeed
        raise RuntimeError("worker killed")

    monkeypatch.setattr(sandbox.SandboxGateway, "prepare", crash)
    response = post(client, holds_url(showtime),
                    {"seats": ["C5", "C6"], "tickets": {"adult": 2}, "pay": "card"})
    assert response.status_code == 500
    assert counts() == before
    assert not SeatClaim.objects.filter(showtime=showtime).exists()


def test_b4_a_database_error_in_the_payment_start_is_no_seat_refusal(member, showtime,
                                                                    monkeypatch):
    """The payment starts inside the hold's own transaction (``booking.holdhook``), where
    an IntegrityError means a lost seat; one from the payment's INSERTs must not be
    answered as "seats taken" (a 409 with an offer): it fails, and leaves nothing."""
    from django.db import IntegrityError

    before = counts()

    def collide(self, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(sandbox.SandboxGateway, "prepare", collide)
    take = lambda: booking_services.hold_seats(  # noqa: E731
        member, showtime, booking_services.SeatRequest(("C5",), {"adult": 1}))
    with pytest.raises(IntegrityError):
        paynow.hold_and_pay(take, member, "card")
    assert counts() == before


def test_b4_the_amount_is_rechecked_against_the_pg_on_the_return(member_client, showtime):
    """A PG record that disagrees with the order (tampered in the window) never confirms
    the booking: the payment fails and the money is cancelled at the PG."""
    data = post(member_client, holds_url(showtime),
                {"seats": ["C5"], "tickets": {"adult": 1}, "pay": "card"}).json()
    payment_id = data["payment"]["payment_id"]
    SandboxTransaction.objects.filter(payment_id=payment_id).update(amount=100)
    back = pay_in_window(member_client, data["payment"]["params"]["window_url"])
    landing = member_client.get(back["Location"])
    assert landing.status_code == 302 and "/ticket/" not in landing["Location"]
    payment = Payment.objects.get(payment_id=payment_id)
    assert payment.status == Payment.Status.FAILED and "금액" in payment.failure_reason
    assert SandboxTransaction.objects.get(payment_id=payment_id).status == "cancelled"
    assert Booking.objects.get(number=data["number"]).status == Booking.Status.HELD


# --- the seat-map page --------------------------------------------------------------------


def page_hold(client, showtime, *labels, **extra):
    return client.post(reverse("booking:hold", args=[showtime.pk]),
                       {"seat": list(labels), "tickets_adult": str(len(labels)), **extra})


def test_b2_b4_the_seat_map_with_a_method_goes_straight_to_the_pg_window(member_client,
                                                                         showtime):
    response = page_hold(member_client, showtime, "C5", "C6", pay="card")
    assert response.status_code == 302
    payment = Payment.objects.get()
    assert response["Location"] == reverse("payments:sandbox_window", args=[payment.payment_id])
    assert payment.amount == 28000 and payment.booking.status == Booking.Status.HELD


def test_b2_the_seat_map_without_a_method_goes_to_the_checkout_as_before(member_client,
                                                                         showtime):
    response = page_hold(member_client, showtime, "C5")
    booking = Booking.objects.get()
    assert response["Location"] == reverse("booking:checkout", args=[booking.number])
    assert not Payment.objects.exists()


def test_b2_the_seat_map_refuses_a_bad_method_or_taken_seats_with_the_map(member_client, rival,
                                                                          showtime):
    before = counts()
    bad = page_hold(member_client, showtime, "C5", pay="cash")
    assert bad.status_code == 400 and "결제 수단을 선택하세요" in bad.content.decode()
    assert counts() == before
    hold(rival, showtime, "C6")
    before = counts()
    taken = page_hold(member_client, showtime, "C6", pay="card")
    # The map again, the method still chosen, the suggestion's one click paying too.
    assert taken.status_code == 409 and 'value="card" checked' in taken.content.decode()
    assert '<input type="hidden" name="pay" value="card">' in taken.content.decode()
    assert counts() == before


def test_b4_the_seat_maps_payment_start_failing_leaves_nothing(member_client, showtime,
                                                              monkeypatch):
    def refuse(self, **kwargs):
        raise GatewayError("결제 대행사에 연결할 수 없습니다.")

    monkeypatch.setattr(sandbox.SandboxGateway, "prepare", refuse)
    before = counts()
    response = page_hold(member_client, showtime, "C5", pay="card")
    assert response.status_code == 400 and "결제 대행사" in response.content.decode()
    assert counts() == before


def test_b2_the_seat_map_offers_each_method_payments_starts_with_its_label(member_client,
                                                                         showtime):
    page = member_client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    for method in Method:
        assert f'name="pay" value="{method.value}"> {method.label}' in page


def test_b2_payments_must_start_every_method_a_hold_offers(monkeypatch):
    monkeypatch.setattr(paynow, "_labels", {})
    with pytest.raises(ImproperlyConfigured):
        paynow.register(lambda booking, member, method: {}, {"card": "카드"})
    assert paynow.choices() == []  # nothing registered: the page offers no method


def test_b2_booking_without_payments_refuses_pay_with_a_message(member, showtime, monkeypatch):
    monkeypatch.setattr(paynow, "_starter", [])
    with pytest.raises(booking_services.BookingError):
        paynow.hold_and_pay(lambda: hold(member, showtime, "C5"), member, "card")
    assert not Booking.objects.exists()


# --- real races (PostgreSQL) --------------------------------------------------------------


@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_b4_racing_holds_that_pay_sell_each_seat_once_and_leave_no_stray_payment(settings):
    """20 members on parallel connections hold C3+C4 and start paying in one request:
    the unique constraint lets exactly one win, and only the winner has a payment."""
    from django.db import connection

    from tests.booking.test_concurrency import (
        assert_no_seat_sold_twice,
        big_showtime,
        make_members,
        race,
        unexpected,
    )

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
    showtime = big_showtime("바로 결제")
    members = make_members(20, "payrace")

    def job(member):
        return lambda: paynow.hold_and_pay(lambda: booking_services.hold_seats(
            member, showtime, booking_services.SeatRequest(("C3", "C4"), {"adult": 2})),
            member, "card")

    outcomes = race([job(m) for m in members])
    assert not unexpected(outcomes, booking_services.SeatsTaken)
    winners = [result for result, error in outcomes if error is None]
    assert len(winners) == 1
    booking, started = winners[0]
    assert Booking.objects.filter(showtime=showtime).get() == booking
    assert Payment.objects.get().payment_id == started["payment_id"]
    assert SandboxTransaction.objects.get().payment_id == started["payment_id"]
    assert started["amount"] == booking.total == 28000
    assert_no_seat_sold_twice(showtime)
