"""Entering an event (P1.3, P1.7): once per member per event, under-14 members only with
the guardian's consent on record, only the items the prizes need, under a consent that
names the event, its items, the retention and the right to refuse."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from marquee.events import services
from marquee.events.models import Entry
from marquee.members.models import GuardianConsent
from tests.conftest import make_identity, sign_up, years_ago
from tests.events.conftest import make_event, members


def test_p1_7_one_entry_per_member_per_event(member):
    event = make_event()
    services.enter(member, event, agreed=True)
    with pytest.raises(services.EntryRefused, match="한 번만"):
        services.enter(member, event, agreed=True)
    assert Entry.objects.filter(event=event, member=member).count() == 1
    other = make_event(title="다른 이벤트")
    services.enter(member, other, agreed=True)  # another event is another entry


def test_p1_7_the_database_refuses_a_second_entry_too(member):
    event = make_event()
    services.enter(member, event, agreed=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Entry.objects.create(event=event, member=member, consent_text="x")


def test_p1_7_entry_needs_the_consent(member):
    with pytest.raises(services.EntryRefused, match="동의"):
        services.enter(member, make_event(), agreed=False)


def _child(login_id="littlefan"):
    return sign_up(identity=make_identity(name="최어린", birthdate=years_ago(10),
                                          mobile="010-3333-4444"),
                   login_id=login_id, guardian_name="최보호", guardian_mobile="010-5555-6666")


def test_p1_7_l1_3_under_14_only_with_the_guardians_consent_on_record(db):
    child = _child()
    event = make_event()
    assert child.is_under_14
    with pytest.raises(services.EntryRefused, match="법정대리인"):
        services.enter(child, event, agreed=True)
    GuardianConsent.objects.filter(member=child).update(status=GuardianConsent.Status.REFUSED)
    child.refresh_from_db()
    with pytest.raises(services.EntryRefused, match="법정대리인"):
        services.enter(child, event, agreed=True)
    GuardianConsent.objects.filter(member=child).update(status=GuardianConsent.Status.CONSENTED)
    child.refresh_from_db()
    assert services.enter(child, event, agreed=True).member == child


def test_p1_3_p1_7_the_entry_collects_only_what_the_prizes_need(member):
    screening = make_event(prizes=(("시사회 초대권", "screening", 10),))
    entry = services.enter(member, screening, agreed=True, mobile="010-9999-8888")
    assert entry.mobile is None  # a screening needs nothing beyond the member
    coupon = make_event(title="쿠폰 이벤트", prizes=(("팝콘 쿠폰", "coupon", 5),))
    with pytest.raises(services.EntryRefused, match="휴대전화번호"):
        services.enter(member, coupon, agreed=True)
    entry = services.enter(member, coupon, agreed=True, mobile="010-9999-8888")
    assert Entry.objects.get(pk=entry.pk).mobile == "010-9999-8888"
    with connection.cursor() as cursor:
        cursor.execute("SELECT mobile FROM events_entry WHERE id = %s", [entry.pk])
        assert cursor.fetchone()[0].startswith("v1.")  # sealed under the member's key


def test_p1_7_the_consent_names_the_event_items_retention_and_refusal(member):
    event = make_event(title="크리스마스 굿즈 이벤트")
    text = services.consent_text(event)
    assert "크리스마스 굿즈 이벤트" in text
    assert "경품 수령인 이름" in text and "경품 배송지 주소" in text  # a goods prize
    assert "14일" in text and "3개월" in text
    assert "거부할 수 있으며" in text
    entry = services.enter(member, event, agreed=True)
    assert entry.consent_text == text  # kept with the entry, as shown


def test_p1_7_entering_through_the_page(client, member):
    event = make_event(prizes=(("팝콘 쿠폰", "coupon", 5),))
    page = client.get(f"/events/{event.pk}/").content.decode()
    assert "로그인하고 응모하기" in page
    client.force_login(member)
    page = client.get(f"/events/{event.pk}/").content.decode()
    assert "개인정보 수집·이용 동의(이벤트 응모)" in page and 'name="mobile"' in page
    refused = client.post(f"/events/{event.pk}/enter/", {"mobile": "12345"})
    assert refused.status_code == 400
    done = client.post(f"/events/{event.pk}/enter/", {"agree": "on", "mobile": "010-1111-2222"})
    assert done.status_code == 302
    again = client.post(f"/events/{event.pk}/enter/", {"agree": "on", "mobile": "010-1111-2222"})
    assert again.status_code == 400 and "한 번만" in again.content.decode()
    assert Entry.objects.filter(member=member).count() == 1


def test_p1_7_closed_events_refuse_entries(member):
    from datetime import timedelta
    event = make_event(open_for=timedelta(seconds=-1))
    with pytest.raises(services.EntryRefused, match="응모 기간"):
        services.enter(member, event, agreed=True)


def test_p1_7_the_list_shows_open_events(client, db):
    make_event(title="열린 이벤트")
    assert "열린 이벤트" in client.get("/events/").content.decode()


def test_p1_7_a_second_request_racing_the_first_is_refused_not_a_500(db, monkeypatch):
    """Two requests pass the eligibility check at once: the unique constraint decides."""
    (fan,) = members(1)
    event = make_event()
    services.enter(fan, event, agreed=True)
    monkeypatch.setattr(services, "_check_eligible", lambda *args: None)
    with pytest.raises(services.EntryRefused, match="한 번만"):
        services.enter(fan, event, agreed=True)
    assert Entry.objects.filter(member=fan).count() == 1


def test_p1_3_p1_7_the_policy_renders_the_event_purpose_items_and_processor(client, db):
    page = client.get("/privacy/").content.decode()
    for text in ("이벤트 응모 및 경품 제공", "경품 수령인 이름", "경품 배송지 주소",
                 "(주)마키물류", "이벤트 경품 배송", "경품 배송 완료 후 3개월"):
        assert text in page, text
