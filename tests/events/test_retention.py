"""Retention of event data (P1.7, P3, P4): non-winners' entries go when the claim window
after the announcement has passed, winners' delivery data when the dispute window after
delivery has passed; destruction records for both; My Page, the download, withdrawal."""

from __future__ import annotations

import datetime
import json

from django.utils import timezone

from marquee.events import services
from marquee.events.models import Delivery, Entry
from marquee.members import withdrawal
from marquee.privacy import providers, retention
from marquee.privacy.models import DestructionRecord
from tests.events.conftest import after_close, make_event, members
from tests.providers import left_behind

ADDRESS = "서울특별시 중구 세종대로 110 (태평로1가)"


def _drawn(n=4, prizes=(("굿즈 세트", "goods", 1), ("시사회 초대권", "screening", 1))):
    event = make_event(prizes=prizes)
    people = members(n)
    for fan in people:
        services.enter(fan, event, agreed=True)
    services.freeze(event, now=after_close(event))
    services.draw(event, now=after_close(event))
    return event, people


def _days(n: int):
    return timezone.now() + datetime.timedelta(days=n)


def test_p1_7_p3_entries_are_destroyed_on_schedule_with_records(db):
    event, _ = _drawn()
    delivery = Delivery.objects.get(entry__event=event)
    services.confirm_address(delivery, recipient_name="김하늘", mobile="010-7000-1000",
                             postcode="04524", address=ADDRESS, address_detail="")
    screening_winner = Entry.objects.get(event=event, prize__kind="screening")
    # Before the claim window (14 days after the announcement + the week of the event).
    early = retention.sweep(now=_days(7 + 13))
    assert Entry.objects.filter(event=event).count() == 4
    assert not DestructionRecord.objects.filter(run=early, rule="event_entries").exists()
    run = retention.sweep(now=_days(7 + 16))
    left = set(Entry.objects.filter(event=event).values_list("status", flat=True))
    assert left == {"won"} and not Entry.objects.filter(pk=screening_winner.pk).exists()
    records = DestructionRecord.objects.filter(run=run, rule="event_entries")
    assert sum(r.count for r in records) == 3  # two losers and the screening winner
    # The winner's delivery data: kept while in delivery, then 3 months after delivery.
    assert Delivery.objects.filter(pk=delivery.pk).exists()
    services.record_status(delivery, Delivery.Status.DELIVERED)
    retention.sweep(now=_days(80))
    assert Delivery.objects.filter(pk=delivery.pk).exists()
    run = retention.sweep(now=_days(95))
    assert not Delivery.objects.filter(pk=delivery.pk).exists()
    assert not Entry.objects.filter(event=event).exists()
    record = DestructionRecord.objects.get(run=run, rule="event_delivery")
    assert record.count == 1


def test_p1_7_an_unclaimed_prize_goes_with_the_claim_window(db):
    event, _ = _drawn(n=2, prizes=(("굿즈 세트", "goods", 1),))
    run = retention.sweep(now=_days(7 + 16))
    assert not Entry.objects.filter(event=event).exists()
    assert not Delivery.objects.exists()
    assert sum(r.count for r in DestructionRecord.objects.filter(run=run)) >= 2


def test_p8_1_events_appear_in_my_page_and_the_download(client, db):
    event, people = _drawn(n=1, prizes=(("굿즈 세트", "goods", 1),))
    fan = people[0]
    services.confirm_address(Delivery.objects.get(member=fan), recipient_name="김하늘",
                             mobile="010-7000-1000", postcode="04524", address=ADDRESS,
                             address_detail="5층")
    data = json.loads(json.dumps(providers.export(fan), default=str))
    (row,) = data["event_entries"]
    assert row["event"] == event.title and row["result"] == "당첨"
    assert row["delivery"]["address"] == ADDRESS and row["delivery"]["recipient_name"] == "김하늘"
    client.force_login(fan)
    page = client.get("/members/mypage/").content.decode()
    assert "이벤트 응모 내역" in page and event.title in page and "세종대로 110" in page


def test_p4_withdrawal_destroys_entries_and_deliveries(db):
    event, people = _drawn(n=1, prizes=(("굿즈 세트", "goods", 1),))
    fan = people[0]
    withdrawal.withdraw(fan)
    assert not Entry.objects.filter(event=event).exists()
    assert not Delivery.objects.exists()
    assert left_behind(fan, "events") == []
