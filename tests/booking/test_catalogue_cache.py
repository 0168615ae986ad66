"""Per-process catalogue snapshots and seat indexes (B1 seat map, B2 holds): a change
saved in this process shows at once; one made elsewhere within the snapshot period."""

from __future__ import annotations

import pytest

from marquee.booking import catalogue, seating, services
from marquee.booking.models import Showtime

from .conftest import hold, make_showtime

pytestmark = pytest.mark.django_db


def test_b2_stopping_sales_here_refuses_the_next_hold_at_once(member, showtime):
    assert catalogue.showtime(showtime.pk).on_sale
    showtime.on_sale = False
    showtime.save()
    with pytest.raises(services.BookingError, match="판매가 중지"):
        hold(member, catalogue.showtime(showtime.pk), "C5")


def test_b1_a_change_made_by_another_process_shows_within_the_snapshot_period(
        showtime, settings, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(catalogue.time, "monotonic", lambda: clock[0])
    settings.MARQUEE_CATALOGUE_CACHE_SECONDS = 2
    assert catalogue.showtime(showtime.pk).on_sale
    # Another process's write: no signal reaches this one.
    Showtime.objects.filter(pk=showtime.pk).update(on_sale=False)
    clock[0] += 1.5
    assert catalogue.showtime(showtime.pk).on_sale  # still the snapshot
    clock[0] += 1.0
    assert not catalogue.showtime(showtime.pk).on_sale


def test_b1_no_snapshot_when_disabled_and_none_for_unknown_ids(showtime, settings):
    settings.MARQUEE_CATALOGUE_CACHE_SECONDS = 0
    Showtime.objects.filter(pk=showtime.pk).update(on_sale=False)
    assert not catalogue.showtime(showtime.pk).on_sale
    assert catalogue.showtime(0) is None and catalogue.showtime(2**70) is None
    assert catalogue.showtime(showtime.pk + 1000) is None


def test_b1_snapshot_carries_prices_without_another_query(showtime, django_assert_num_queries):
    snapshot = catalogue.showtime(showtime.pk)
    with django_assert_num_queries(0):
        assert services.showtime_prices(catalogue.showtime(showtime.pk)) == {
            "adult": 14000, "youth": 11000, "senior": 7000}
        assert snapshot.screen.theatre.code and snapshot.movie.title


def test_b1_a_new_layout_rebuilds_the_seat_index(showtime):
    screen = showtime.screen
    assert "A1" in seating.screen_seats(screen).by_label
    services.save_screen_layout(screen, "Z: nnnn\nY: nn..nn")
    index = seating.screen_seats(screen)
    assert set(index.by_label) == {"Z1", "Z2", "Z3", "Z4", "Y1", "Y2", "Y3", "Y4"}
    assert list(index.rows) == ["Z", "Y"]


def test_b1_seat_index_is_rechecked_against_the_rows_after_the_period(showtime, monkeypatch):
    """Seat rows changed behind this process's back (no signal reaches it) are noticed
    at the next check: the index never serves another set of rows for longer."""
    from marquee.booking.models import Screen, Seat

    clock = [1000.0]
    monkeypatch.setattr(seating.time, "monotonic", lambda: clock[0])
    screen = showtime.screen
    other = make_showtime().screen  # same layout text, its own rows
    parked = Screen.objects.create(theatre=screen.theatre, name="임시", layout="")
    moved = set(Seat.objects.filter(screen=other).values_list("pk", flat=True))
    first = set(seating.screen_seats(screen).by_id)
    assert first == set(Seat.objects.filter(screen=screen).values_list("pk", flat=True))
    Seat.objects.filter(screen=screen).update(screen=parked)  # queryset updates send no signal
    Seat.objects.filter(pk__in=moved).update(screen=screen)
    assert set(seating.screen_seats(screen).by_id) == first  # within the period
    clock[0] += 10
    assert set(seating.screen_seats(screen).by_id) == moved
