"""Inquiries: taking them, masking, answering by the inquirer's channel, My Page and the
download, retention 3 years after closure, withdrawal (P13.1, P13.2, P13.4, P3)."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from marquee.members import withdrawal
from marquee.privacy import providers, retention
from marquee.privacy.archive.models import ArchivedRecord
from marquee.privacy.models import DestructionRecord
from marquee.support import services
from marquee.support.errors import InquiryRefused
from marquee.support.models import Event, Inquiry, Message
from tests.conftest import create_staff, make_identity, sign_up
from tests.support.conftest import ask


def _raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def test_p13_4_inquiry_text_is_sealed_under_its_own_key(member):
    inquiry = ask(member)
    assert _raw("support_inquiry", "subject", inquiry.pk).startswith("v1.")
    message = inquiry.messages.get()
    assert _raw("support_message", "body", message.pk).startswith("v1.")
    assert inquiry.data_key_id != member.data_key_id
    assert Message.objects.get(pk=message.pk).body == "어제 예매한 표를 취소하고 싶어요."


def test_p13_4_other_peoples_data_is_masked_before_an_agent_sees_it(member):
    inquiry = ask(member, body="친구 김철수 010-9876-5432 번호로 예매했어요.")
    body = inquiry.messages.get().body
    assert "010-9876-5432" not in body and "010-****-5432" in body


def test_p13_2_the_deadline_is_stored_and_every_step_is_recorded(member):
    received = datetime.datetime(2026, 8, 14, 19, 0, tzinfo=datetime.UTC) - datetime.timedelta(hours=9)
    inquiry = services.submit(services.Ask(category="booking", subject="s", body="b"),
                              member=member, received_at=received)
    assert timezone.localtime(inquiry.due_at).isoformat() == "2026-08-19T10:00:00+09:00"
    agent = create_staff("cs_agent")
    services.assign(inquiry, agent, by=agent)
    services.answer(inquiry, "답변드립니다.", by=agent)
    services.close(inquiry, by=agent)
    assert [e.action for e in Event.objects.filter(inquiry=inquiry)] == ["접수", "배정", "답변", "종결"]
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CLOSED and inquiry.closed_at is not None


def test_p13_1_answers_go_out_by_the_channel_the_inquirer_chose(member, outbox):
    inquiry = ask(member, reply_by=Inquiry.ReplyBy.EMAIL)
    assert inquiry.contact == member.email
    agent = create_staff("cs_agent")
    services.answer(inquiry, "환불 처리했습니다.", by=agent)
    sent = outbox("inquiry_answer")
    assert len(sent) == 1 and sent[0].channel == "email" and sent[0].recipient == member.email
    assert inquiry.number in sent[0].subject and "환불 처리했습니다." in sent[0].body
    web = ask(member)
    services.answer(web, "웹 답변", by=agent)
    assert len(outbox("inquiry_answer")) == 1  # web answers are read on My Page


def test_p13_1_only_the_members_own_booking_may_be_attached(member):
    from marquee.booking.models import Booking

    other = sign_up(make_identity(name="김영희", mobile="010-2222-3333"), login_id="other77",
                    email="o@example.com")
    booking = Booking(member=other, number="X1")
    with pytest.raises(InquiryRefused):
        ask(member, booking=booking)


def test_p13_1_a_guest_needs_a_name_and_a_contact(db):
    with pytest.raises(InquiryRefused):
        services.submit(services.Ask(category="other", subject="s", body="b",
                                     reply_by=Inquiry.ReplyBy.EMAIL))


def test_p8_1_my_page_and_download_show_inquiries_without_internal_notes(member):
    inquiry = ask(member)
    agent = create_staff("cs_agent")
    services.note(inquiry, "VIP 고객", by=agent)
    services.answer(inquiry, "취소해 드렸습니다.", by=agent)
    data = providers.export(member)["inquiries"]
    assert data[0]["number"] == inquiry.number
    bodies = [m["body"] for m in data[0]["messages"]]
    assert "취소해 드렸습니다." in bodies and "VIP 고객" not in bodies
    section = next(s for s in providers.mypage_sections(member)
                   if s["template"] == "support/_mypage_inquiries.html")
    assert section["inquiries"][0]["status"] == "답변 완료"


def test_p3_p13_4_closed_inquiries_are_destroyed_three_years_after_closure(member):
    inquiry = ask(member)
    agent = create_staff("cs_agent")
    services.close(inquiry, by=agent)
    open_one = ask(member)
    key = inquiry.data_key
    early = retention.sweep(now=timezone.now() + datetime.timedelta(days=365 * 3 - 2))
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    assert not DestructionRecord.objects.filter(run=early, rule="complaint_records").exists()
    run = retention.sweep(now=timezone.now() + datetime.timedelta(days=365 * 3 + 2))
    assert not Inquiry.objects.filter(pk=inquiry.pk).exists()
    assert not Message.objects.filter(inquiry_id=inquiry.pk).exists()
    record = DestructionRecord.objects.get(run=run, rule="complaint_records")
    assert record.count == 1
    key.refresh_from_db()
    assert key.destroyed
    assert Inquiry.objects.filter(pk=open_one.pk).exists()  # never closed: still handled


def test_p13_4_a_guests_contact_goes_with_the_inquiry(db):
    inquiry = services.submit(services.Ask(category="other", subject="s", body="b",
                                           reply_by=Inquiry.ReplyBy.EMAIL, guest_name="이영희",
                                           contact="guest@example.com"))
    services.close(inquiry, by=None)
    retention.sweep(now=timezone.now() + datetime.timedelta(days=365 * 3 + 2))
    assert not Inquiry.objects.filter(pk=inquiry.pk).exists()


def test_p4_1_withdrawal_keeps_inquiries_in_the_separate_store(member):
    closed = ask(member)
    services.close(closed, by=None)
    open_one = ask(member, subject="열린 문의")
    withdrawal.withdraw(member)
    assert not Inquiry.objects.filter(pk__in=[closed.pk, open_one.pk]).exists()
    kept = ArchivedRecord.objects.filter(rule="complaint_records", kind="inquiry")
    assert {r.reference for r in kept} == {closed.number, open_one.number}


def test_p13_2_overdue_inquiries_alert_the_cs_lead_and_the_cpo_once(member, outbox, settings):
    inquiry = ask(member)
    later = inquiry.due_at + datetime.timedelta(minutes=1)
    assert services.alert_overdue(now=later) == 1
    alerts = outbox(services.OVERDUE_KIND)
    assert {m.recipient for m in alerts} == {settings.MARQUEE_CS_LEAD_EMAIL,
                                             settings.MARQUEE_PRIVACY_OFFICER["email"]}
    assert services.alert_overdue(now=later) == 0
