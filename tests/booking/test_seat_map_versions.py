"""Seat-map versions (B2, issue 17): every claim, release, sale and cancellation bumps
the showtime's version in its own transaction; the map answers with it as ETag (304 when
unchanged), a client fetches only the seats changed since its version, and the rendered
map is built once per version."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from marquee.booking import services, versions
from marquee.booking.models import SeatChange, SeatClaim

from .conftest import hold

pytestmark = pytest.mark.django_db


def _tag(showtime):
    return versions.tag(showtime.pk)


def test_b2_every_claim_release_sale_and_cancellation_bumps_the_version(member, showtime):
    assert _tag(showtime) == versions.Tag(0, 0)
    booking = hold(member, showtime, "C5", "C6")
    assert _tag(showtime).version == 1
    again = hold(member, showtime, "D3")  # replaces the first hold: C5, C6 freed, D3 taken
    assert _tag(showtime).version == 2
    changed = set(SeatChange.objects.filter(showtime=showtime, version=2)
                  .values_list("seat_id", flat=True))
    assert len(changed) == 3
    services.release_hold(again)
    assert _tag(showtime).version == 3
    booking = hold(member, showtime, "C5")
    with transaction.atomic():
        assert services.confirm(booking)
    assert _tag(showtime).version == 5
    with transaction.atomic():
        services.mark_cancelled(booking)
    assert _tag(showtime).version == 6


def test_b2_a_refused_or_rolled_back_hold_leaves_the_version(member, rival, showtime):
    hold(rival, showtime, "C5")
    before = _tag(showtime)
    with pytest.raises(services.SeatsTaken):
        hold(member, showtime, "C5")
    assert _tag(showtime) == before


def test_b2_a_hold_expiring_unnoticed_changes_the_tag(member, showtime):
    hold(member, showtime, "C5")
    before = _tag(showtime)
    later = versions.tag(showtime.pk, now=timezone.now() + datetime.timedelta(hours=1))
    assert later.version == before.version and later.expired == 1 and later != before


def test_b2_the_seat_map_answers_with_an_etag_and_304_when_unchanged(client, member, rival,
                                                                     showtime):
    url = f"/api/showtimes/{showtime.pk}/seats"
    first = client.get(url)
    etag = first["ETag"]
    assert first.status_code == 200 and first.json()["version"] == 0
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    hold(rival, showtime, "C5")
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert changed.json()["version"] == 1
    client.force_login(member)
    assert client.get(url)["ETag"] != changed["ETag"]  # "mine" differs per member


def test_b2_changes_since_a_version_lists_only_the_changed_seats(client, member, rival, showtime):
    hold(rival, showtime, "C5")
    client.force_login(member)
    base = client.get(f"/api/showtimes/{showtime.pk}/seats").json()["version"]
    hold(rival, showtime, "E1", "E2")  # replaces C5
    hold(member, showtime, "D3")
    delta = client.get(f"/api/showtimes/{showtime.pk}/seats/changes?since={base}").json()
    assert delta["full"] is False and delta["version"] == base + 2
    assert {s["label"]: s["state"] for s in delta["seats"]} == {
        "C5": "free", "E1": "held", "E2": "held", "D3": "mine"}
    none = client.get(f"/api/showtimes/{showtime.pk}/seats/changes?since={delta['version']}")
    assert none.json()["seats"] == []
    full = client.get(f"/api/showtimes/{showtime.pk}/seats/changes?since=999")  # unknown
    assert full.json()["full"] is True and len(full.json()["seats"]) > 50
    bad = client.get(f"/api/showtimes/{showtime.pk}/seats/changes?since=-1")
    assert bad.status_code == 422


def test_b2_an_expired_hold_shows_in_the_changes_as_free(client, member, showtime):
    booking = hold(member, showtime, "C5")
    SeatClaim.objects.filter(booking=booking).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1))  # time passed
    delta = client.get(f"/api/showtimes/{showtime.pk}/seats/changes?since=1").json()
    assert {s["label"]: s["state"] for s in delta["seats"]} == {"C5": "free"}


def test_b2_the_map_is_built_once_per_version(client, rival, showtime):
    url = f"/api/showtimes/{showtime.pk}/seats"
    hold(rival, showtime, "C5")
    def claim_reads(clear: bool) -> int:
        if clear:
            cache.clear()
        with CaptureQueriesContext(transaction.get_connection()) as queries:
            assert client.get(url).content == body
        # The claims' read joins the bookings (the version's count does not).
        return sum("booking_seatclaim" in q["sql"] and " JOIN " in q["sql"]
                   for q in queries.captured_queries)

    body = client.get(url).content
    assert claim_reads(clear=False) == 0  # the same version: not read again
    assert claim_reads(clear=True) == 1  # (the control: without the cache it is)
    hold(rival, showtime, "C6")
    assert b'"label": "C6", "column": 7, "kind": "normal", "state": "held"' in client.get(url).content


def test_b2_a_member_with_a_hold_sees_it_as_mine_from_the_cached_map(client, member, rival,
                                                                      showtime):
    hold(member, showtime, "C5")
    hold(rival, showtime, "C7")
    url = f"/api/showtimes/{showtime.pk}/seats"
    client.get(url)  # anonymous: cached
    client.force_login(member)
    states = {s["label"]: s["state"] for row in client.get(url).json()["rows"]
              for s in row["seats"]}
    assert states["C5"] == "mine" and states["C7"] == "held"


def test_b2_the_unique_constraint_still_decides_whatever_the_cache_says(member, rival, showtime):
    hold(rival, showtime, "C5")
    with pytest.raises(services.SeatsTaken):
        services.hold_seats(member, showtime, services.SeatRequest(("C5",), {"adult": 1}))
    assert SeatClaim.objects.filter(showtime=showtime).count() == 1


def test_b2_a_crash_between_claims_and_version_leaves_neither(member, showtime, monkeypatch):
    """The claims and the version change commit together or not at all."""
    hold(member, showtime, "C1")
    before = _tag(showtime)

    def crash(*args, **kwargs):
        raise RuntimeError("crash after the version UPDATE, before its change rows")

    def crash_after(showtime_id, seat_ids):  # PostgreSQL: both in one statement, then crash
        bump_and_record(showtime_id, seat_ids)
        raise RuntimeError("crash after the version's statement, before the commit")

    bump_and_record = versions._bump_and_record
    monkeypatch.setattr(SeatChange.objects, "bulk_create", crash)
    monkeypatch.setattr(versions, "_bump_and_record", crash_after)
    with pytest.raises(RuntimeError):
        hold(member, showtime, "C5", "C6")
    assert _tag(showtime) == before
    assert sorted(SeatClaim.objects.filter(showtime=showtime)
                  .values_list("seat__row", "seat__number")) == [("C", 1)]
