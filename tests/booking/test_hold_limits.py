"""Limits a scalper would use (B7): holds in at most N showtimes per member at a time,
and discounted tickets checked against the verified birthdate or marked for the gate."""

from __future__ import annotations

import datetime
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from marquee.booking import age, services
from marquee.booking.models import Booking, SeatClaim
from marquee.booking.models import TicketType as T

from ..conftest import create_staff, make_identity, otp_session, sign_up, years_ago
from .conftest import hold, make_showtime
from .test_concurrency import race


def _showtimes(n: int):
    return [make_showtime(starts_in=timedelta(days=1, hours=i), title=f"회차{i}")
            for i in range(n)]


# --- the hold cap --------------------------------------------------------------------------


def test_b7_a_member_holds_seats_in_at_most_two_showtimes(member):
    first, second, third = _showtimes(3)
    hold(member, first, "C5")
    hold(member, second, "C5")
    with pytest.raises(services.TooManyHolds, match="동시에 2개 회차까지"):
        hold(member, third, "C5")
    assert not SeatClaim.objects.filter(showtime=third).exists()
    # A new selection in a showtime already held replaces that hold: allowed.
    again = hold(member, first, "E5", "E6")
    assert Booking.objects.filter(member=member, status=Booking.Status.HELD).count() == 2
    services.release_hold(again)
    assert hold(member, third, "C5").status == Booking.Status.HELD


def test_b7_expired_and_paid_holds_do_not_count(member):
    first, second, third = _showtimes(3)
    hold(member, first, "C5")
    old = hold(member, second, "C5")
    Booking.objects.filter(pk=old.pk).update(held_until=timezone.now() - timedelta(seconds=1))
    hold(member, third, "C5")  # the hold in `second` has expired
    booking = Booking.objects.get(member=member, showtime=third)
    assert services.confirm(booking)
    fourth = make_showtime(starts_in=timedelta(days=2), title="회차4")
    hold(member, fourth, "C5")  # a paid booking is no hold


def test_b7_the_cap_is_configurable(member, settings):
    settings.MARQUEE_MAX_HELD_SHOWTIMES = 1
    first, second = _showtimes(2)
    hold(member, first, "C5")
    with pytest.raises(services.TooManyHolds, match="1개 회차"):
        hold(member, second, "C5")


def test_b7_the_api_refuses_a_third_showtime_with_a_409(client, member):
    showtimes = _showtimes(3)
    client.force_login(member)
    for showtime in showtimes[:2]:
        assert client.post(f"/api/showtimes/{showtime.pk}/holds",
                           {"seats": ["C5"], "tickets": {"adult": 1}},
                           content_type="application/json").status_code == 201
    response = client.post(f"/api/showtimes/{showtimes[2].pk}/holds",
                           {"seats": ["C5"], "tickets": {"adult": 1}},
                           content_type="application/json")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "too_many_holds" and "2개 회차" in body["detail"]


@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b7_the_cap_holds_under_parallel_requests():
    """One member, thirteen showtimes, thirteen simultaneous holds (the scalper of the
    issue): exactly two succeed. Needs PostgreSQL's row locks."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")
    scalper = sign_up(identity=make_identity(mobile="010-7777-1313"), login_id="scalper13",
                      email="scalper@example.com")
    showtimes = _showtimes(13)
    outcomes = race([
        lambda s=s: services.hold_seats(scalper, s, services.SeatRequest(
            ("C5", "C6", "C7", "C8", "C9", "C10"), {"adult": 6})).pk
        for s in showtimes])
    errors = [e for _, e in outcomes if e is not None]
    assert all(isinstance(e, services.TooManyHolds) for e in errors), errors
    assert sum(1 for pk, _ in outcomes if pk) == 2
    assert Booking.objects.filter(member=scalper, status=Booking.Status.HELD) \
        .values("showtime").distinct().count() == 2


# --- discounted ticket types ---------------------------------------------------------------


TODAY = datetime.date(2026, 12, 6)


@pytest.mark.parametrize(("ticket_type", "birthdate", "verified"), [
    (T.ADULT, None, True),
    (T.YOUTH, None, False), (T.SENIOR, None, False),
    (T.YOUTH, datetime.date(2010, 3, 1), True),  # 16
    (T.YOUTH, datetime.date(2007, 1, 1), False),  # 19 this year: no longer 청소년
    (T.SENIOR, datetime.date(1961, 12, 6), True),  # 65 today
    (T.SENIOR, datetime.date(1961, 12, 7), False),  # 65 tomorrow
    (T.SENIOR, datetime.date(1990, 5, 17), False),
])
def test_b7_discount_verified_from_the_birthdate(ticket_type, birthdate, verified):
    assert age.discount_verified(ticket_type, birthdate, TODAY) is verified


def test_b7_only_one_discounted_ticket_is_vouched_for_by_the_member():
    born = datetime.date(1950, 1, 1)
    assert age.gate_checks([T.SENIOR, T.SENIOR, T.ADULT, T.YOUTH], born, TODAY) == \
        [False, True, False, True]


def _claims(booking):
    return {c.seat.label: c.check_at_gate for c in booking.claims.select_related("seat")}


def test_b7_an_adult_booking_a_senior_ticket_is_marked_for_the_gate(member):
    booking = hold(member, make_showtime(), "C5", tickets={"senior": 1})
    assert _claims(booking) == {"C5": True}


def test_b7_a_senior_member_s_own_senior_ticket_is_not_marked(db):
    senior = sign_up(identity=make_identity(birthdate=years_ago(70), mobile="010-6500-6500"),
                     login_id="grandpa70", email="grandpa@example.com")
    booking = hold(senior, make_showtime(), "C5", "C6", tickets={"senior": 1, "adult": 1})
    assert sorted(_claims(booking).values()) == [False, False]
    booking = hold(senior, make_showtime(starts_in=timedelta(days=2)), "C5", "C6",
                   tickets={"senior": 2})
    assert sorted(_claims(booking).values()) == [False, True]  # the companion's is checked


def test_b7_check_in_lists_the_seats_whose_discount_the_gate_checks(client, member):
    booking = hold(member, make_showtime(), "C5", "C6", tickets={"adult": 1, "youth": 1})
    assert services.confirm(booking)
    otp_session(client, create_staff("cinema_manager"))
    response = client.post("/api/checkin", {"token": services.ticket_token(booking)},
                           content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    marked = [label for label, check in _claims(booking).items() if check]
    assert len(marked) == 1 and body["checks"] == [f"{marked[0]} 청소년"]


def test_b7_the_ticket_tells_the_member_the_gate_checks_the_discount(client, member):
    booking = hold(member, make_showtime(), "C5", "C6", tickets={"adult": 1, "senior": 1})
    assert services.confirm(booking)
    client.force_login(member)
    page = client.get(reverse("booking:ticket", args=[booking.number])).content.decode()
    assert page.count('id="ticket-gate-check"') == 1 and "할인 대상인지 확인" in page
    plain = hold(member, make_showtime(starts_in=timedelta(days=3)), "C5",
                 tickets={"adult": 1})
    assert services.confirm(plain)
    page = client.get(reverse("booking:ticket", args=[plain.number])).content.decode()
    assert "ticket-gate-check" not in page
