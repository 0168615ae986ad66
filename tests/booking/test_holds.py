"""Holds: a seat held or sold at most once; expiry without a cleaner (B2); couple
units, max 8 seats, blocked seats, orphan rule (B1, B2)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.booking import selectors, services
from marquee.booking.models import Booking, SeatClaim

from ..conftest import make_identity, sign_up
from .conftest import hold


@pytest.fixture
def rival(db):
    return sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"), login_id="rival")


@pytest.mark.django_db
def test_b2_hold_claims_seats_for_ten_minutes(member, showtime, settings):
    booking = hold(member, showtime, "C5", "C6")
    assert booking.status == Booking.Status.HELD and booking.seat_count == 2
    assert booking.total == 28000
    expected = timezone.now() + timedelta(minutes=settings.MARQUEE_HOLD_MINUTES)
    assert abs((booking.held_until - expected).total_seconds()) < 5
    assert len(booking.number) == 14 and booking.number.count("-") == 2


@pytest.mark.django_db
def test_b2_a_held_seat_cannot_be_held_again(member, rival, showtime):
    hold(member, showtime, "C5", "C6")
    with pytest.raises(services.SeatsTaken) as exc:
        hold(rival, showtime, "C6", "C7")
    assert exc.value.labels == ["C6"]
    assert not Booking.objects.filter(member=rival).exists()  # nothing half-written


@pytest.mark.django_db
def test_b2_a_race_past_the_quick_check_is_still_refused_by_the_constraint(
        member, rival, showtime, monkeypatch):
    """The read that answers most 409s cheaply is only a shortcut: when a rival's hold
    lands between it and the insert, the unique constraint refuses, nothing is written."""
    hold(member, showtime, "C5", "C6")
    monkeypatch.setattr(services, "_taken_by_others", lambda *args: set())
    with pytest.raises(services.SeatsTaken) as exc:
        hold(rival, showtime, "C6", "C7")
    assert exc.value.labels == ["C6"]
    assert not Booking.objects.filter(member=rival).exists()


@pytest.mark.django_db
def test_b2_a_member_may_reselect_seats_of_their_own_hold_but_not_of_their_sale(
        member, showtime):
    first = hold(member, showtime, "C5")
    second = hold(member, showtime, "C5", "C6")  # their own hold does not block them
    assert sorted(c.seat.label for c in second.claims.all()) == ["C5", "C6"]
    first.refresh_from_db()
    assert first.status == Booking.Status.EXPIRED
    services.confirm(second)
    with pytest.raises(services.SeatsTaken):
        hold(member, showtime, "C6", "C7")  # already sold, to them or anyone


@pytest.mark.django_db
def test_b2_the_database_itself_refuses_a_second_claim(member, rival, showtime):
    from django.db import IntegrityError, transaction

    booking = hold(member, showtime, "C5")
    other = hold(rival, showtime, "C7")
    claim = booking.claims.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        SeatClaim.objects.create(showtime=showtime, seat=claim.seat, booking=other)


@pytest.mark.django_db
def test_b2_expired_hold_frees_its_seats_without_a_cleaner(member, rival, showtime):
    first = hold(member, showtime, "C5")
    SeatClaim.objects.filter(booking=first).update(expires_at=timezone.now() - timedelta(seconds=1))
    Booking.objects.filter(pk=first.pk).update(held_until=timezone.now() - timedelta(seconds=1))
    assert selectors.seat_states(showtime) == {}
    second = hold(rival, showtime, "C5")
    assert second.claims.get().seat.label == "C5"


@pytest.mark.django_db
def test_b2_a_new_selection_replaces_the_members_previous_hold(member, showtime):
    first = hold(member, showtime, "C5")
    second = hold(member, showtime, "C6")
    first.refresh_from_db()
    assert first.status == Booking.Status.EXPIRED and not first.claims.exists()
    assert second.status == Booking.Status.HELD


@pytest.mark.django_db
def test_b2_at_most_eight_seats(member, showtime):
    with pytest.raises(services.BookingError, match="최대 8석"):
        hold(member, showtime, *[f"C{n}" for n in range(1, 11)])


@pytest.mark.django_db
def test_b1_couple_seats_are_sold_as_a_unit(member, showtime):
    with pytest.raises(services.BookingError, match="커플석"):
        hold(member, showtime, "H3")
    booking = hold(member, showtime, "H3", "H4")
    assert booking.seat_count == 2


@pytest.mark.django_db
@pytest.mark.parametrize("labels, message", [
    (("D5",), "판매하지 않는 좌석"),
    (("Z1",), "없는 좌석"),
    (("C5", "C5"), "두 번"),
    ((), "좌석을 선택"),
])
def test_b1_bad_seat_requests_are_refused_with_a_reason(member, showtime, labels, message):
    with pytest.raises(services.BookingError, match=message):
        hold(member, showtime, *labels, tickets={"adult": max(1, len(labels))})
    assert not Booking.objects.exists()


@pytest.mark.django_db
def test_b1_ticket_counts_must_match_the_seats(member, showtime):
    with pytest.raises(services.BookingError, match="인원 수"):
        hold(member, showtime, "C5", "C6", tickets={"adult": 1})
    booking = hold(member, showtime, "C5", "C6", tickets={"adult": 1, "youth": 1})
    assert booking.total == 14000 + 11000


@pytest.mark.django_db
def test_b2_orphan_rule_refuses_leaving_a_single_seat(member, showtime):
    showtime.screen.orphan_rule = True
    showtime.screen.save()
    with pytest.raises(services.BookingError, match="사석"):
        hold(member, showtime, "C4")  # C3 would be left alone between the aisle and C4
    assert hold(member, showtime, "C3", "C4").seat_count == 2


@pytest.mark.django_db
def test_b2_started_or_stopped_showtimes_are_not_sold(member, showtime):
    showtime.starts_at = timezone.now() - timedelta(minutes=1)
    showtime.save()
    with pytest.raises(services.BookingError, match="상영이 시작"):
        hold(member, showtime, "C5")


@pytest.mark.django_db
def test_b5_booking_numbers_are_unguessable_and_unique():
    numbers = {services.new_booking_number() for _ in range(2000)}
    assert len(numbers) == 2000
    assert all(set(n.replace("-", "")) <= set(services.NUMBER_ALPHABET) for n in numbers)


@pytest.mark.django_db
def test_b2_the_members_own_hold_shows_as_theirs_on_the_map(client, member, showtime):
    hold(member, showtime, "C5")
    client.force_login(member)
    html = client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    assert 'value="C5"' in html
    from marquee.booking.selectors import seat_rows

    cell = next(c for c in seat_rows(showtime, for_member=member)["C"] if c.label == "C5")
    assert cell.state == "mine" and cell.selectable
    other = next(c for c in seat_rows(showtime)["C"] if c.label == "C5")
    assert other.state == "held" and not other.selectable


@pytest.mark.django_db
def test_b1_a_changed_layout_shows_at_once_on_the_seat_map(showtime):
    from marquee.booking.selectors import seat_rows

    assert "Z" not in seat_rows(showtime)
    services.save_screen_layout(showtime.screen, showtime.screen.layout.replace(
        '"rows": [', '"rows": [{"label": "Z", "cells": "nn"}, ', 1))
    rows = seat_rows(showtime)
    assert [c.label for c in rows["Z"] if c.seat] == ["Z1", "Z2"]
