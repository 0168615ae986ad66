"""The draw (P1.7): frozen, hashed, seeded before drawing, recomputable from its record;
and all-or-nothing (fault injection)."""

from __future__ import annotations

import hashlib
import hmac
import io

import pytest
from django.core.management import CommandError, call_command

from marquee.events import draws, services
from marquee.events.models import Delivery, DrawRecord, Entry, Event
from tests.events.conftest import after_close, make_event, members


def _enter_all(event, people):
    return [services.enter(m, event, agreed=True) for m in people]


def test_p1_7_the_draw_algorithm_is_the_documented_one():
    ids = [7, 3, 11]
    assert draws.canonical(ids) == "3\n7\n11"
    list_hash = hashlib.sha256(b"3\n7\n11").hexdigest()
    assert draws.entrants_hash(ids) == list_hash
    secret = "ab" * 32
    seed = hmac.new(secret.encode(), list_hash.encode(), hashlib.sha256).hexdigest()
    assert draws.seed(secret, list_hash) == seed
    scores = sorted(ids, key=lambda i: hmac.new(seed.encode(), str(i).encode(),
                                                hashlib.sha256).hexdigest())
    assert draws.rank(seed, ids, [(1, 1), (2, 5)]) == [(scores[0], 1), (scores[1], 2),
                                                       (scores[2], 2)]


def test_p1_7_freeze_records_the_list_hash_and_seed_before_any_winner(db):
    event = make_event()
    entries = _enter_all(event, members(4))
    record = services.freeze(event, now=after_close(event))
    assert record.entrant_ids == "\n".join(str(e.pk) for e in sorted(entries, key=lambda e: e.pk))
    assert record.entrants_hash == draws.entrants_hash([e.pk for e in entries])
    assert draws.commitment(record.secret) == event.commitment  # the secret published in advance
    assert record.seed == draws.seed(record.secret, record.entrants_hash)
    assert record.winners == "" and record.drawn_at is None
    assert not Entry.objects.filter(event=event).exclude(status="entered").exists()
    with pytest.raises(services.EntryRefused):  # entry is closed once frozen
        services.enter(members(1, start=5)[0], Event.objects.get(pk=event.pk), agreed=True)


def test_p1_7_a_draw_recomputed_from_its_record_gives_the_same_winners(db):
    event = make_event(prizes=(("굿즈 세트", "goods", 2), ("시사회 초대권", "screening", 1)))
    _enter_all(event, members(6))
    services.freeze(event, now=after_close(event))
    won = services.draw(event, now=after_close(event))
    assert len(won) == 3 and {e.prize.kind for e in won} == {"goods", "screening"}
    assert Entry.objects.filter(event=event, status="lost").count() == 3
    assert Delivery.objects.filter(entry__event=event).count() == 2  # goods only
    result = services.verify(Event.objects.get(pk=event.pk))
    assert result.ok
    assert result.recomputed == [(e.pk, e.prize_id) for e in won]
    out = io.StringIO()
    call_command("events", "verify", str(event.pk), stdout=out)
    assert "verified" in out.getvalue()


def test_p1_7_verify_fails_on_a_tampered_record(db):
    event = make_event(prizes=(("굿즈 세트", "goods", 1),))
    entries = _enter_all(event, members(3))
    services.freeze(event, now=after_close(event))
    services.draw(event, now=after_close(event))
    record = DrawRecord.objects.get(event=event)
    winner = draws.parse_winners(record.winners)[0][0]
    loser = next(e.pk for e in entries if e.pk != winner)
    record.winners = f"{loser} {event.prizes.first().pk}"
    record.save()
    result = services.verify(Event.objects.get(pk=event.pk))
    assert result.commitment_ok and result.list_ok and result.seed_ok
    assert not result.winners_ok and not result.ok
    with pytest.raises(CommandError):
        call_command("events", "verify", str(event.pk), stdout=io.StringIO())


def test_p1_7_the_public_draw_page_shows_the_record_and_masked_winners(client, db):
    event = make_event(prizes=(("시사회 초대권", "screening", 8),))
    people = members(2)
    _enter_all(event, people)
    services.freeze(event, now=after_close(event))
    services.draw(event, now=after_close(event))
    page = client.get(f"/events/{event.pk}/draw/").content.decode()
    record = DrawRecord.objects.get(event=event)
    assert record.seed in page and record.secret in page and record.entrants_hash in page
    assert "기록으로 다시 계산한 당첨자가 발표된 당첨자와 같습니다" in page
    detail = client.get(f"/events/{event.pk}/").content.decode()
    assert "김*늘" in detail and "ev******" in detail
    assert "김하늘" not in detail and "eventfan0" not in detail


def test_p1_7_a_crash_half_way_through_the_draw_leaves_nothing_half_done(db, monkeypatch):
    """Fault injection: the second delivery row fails; no winner, no delivery, no
    announcement stays, and the draw runs again cleanly from the same record."""
    event = make_event(prizes=(("굿즈 세트", "goods", 2),))
    _enter_all(event, members(3))
    services.freeze(event, now=after_close(event))
    real_create = Delivery.objects.create
    calls = {"n": 0}

    def failing_create(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("crash mid-draw")
        return real_create(**kwargs)

    monkeypatch.setattr(Delivery.objects, "create", failing_create)
    with pytest.raises(RuntimeError):
        services.draw(event, now=after_close(event))
    assert not Delivery.objects.exists()
    assert not Entry.objects.exclude(status="entered").exists()
    event.refresh_from_db()
    assert event.status == Event.Status.CLOSED and event.announced_at is None
    assert DrawRecord.objects.get(event=event).drawn_at is None
    monkeypatch.undo()
    won = services.draw(event, now=after_close(event))
    assert len(won) == 2 and services.verify(Event.objects.get(pk=event.pk)).ok
