"""Members add to their inquiry on the web (P13.1, P13.2): an unanswered inquiry keeps
its clock; an answered one, or one closed within the reopening window, is taken up again
with a new clock and the earlier deadline recorded; later than that, a new inquiry."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from marquee.support import services, sla
from marquee.support.errors import InquiryRefused
from marquee.support.models import Event, Inquiry
from tests.conftest import create_staff
from tests.support.conftest import ask

MEMBER_BACKEND = "marquee.members.auth.MemberBackend"
KST = sla.KST


def _kst(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=KST)


def test_p13_2_a_follow_up_before_the_answer_keeps_the_first_clock(member):
    inquiry = services.submit(services.Ask(category="booking", subject="s", body="b"),
                              member=member, received_at=_kst(2026, 8, 10, 11, 0))
    due = inquiry.due_at
    services.follow_up(inquiry, "예매 번호를 빠뜨렸어요.", now=_kst(2026, 8, 10, 15, 0))
    inquiry.refresh_from_db()
    assert inquiry.due_at == due and inquiry.status == Inquiry.Status.RECEIVED
    assert list(inquiry.events.values_list("action", flat=True)) == ["접수", "추가 문의"]


def test_p13_2_a_follow_up_after_the_answer_reopens_with_a_new_clock(member):
    agent = create_staff("cs_agent")
    inquiry = services.submit(services.Ask(category="booking", subject="s", body="b"),
                              member=member, received_at=_kst(2026, 8, 10, 11, 0))
    services.answer(inquiry, "답변드립니다.", by=agent)
    inquiry.refresh_from_db()
    first_due = inquiry.due_at
    # Friday 19:00, before the 2026-08-17 substitute holiday: due Wednesday 10:00.
    services.follow_up(inquiry, "아직 해결되지 않았어요.", now=_kst(2026, 8, 14, 19, 0))
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.IN_PROGRESS and inquiry.answered_at is None
    assert timezone.localtime(inquiry.due_at, KST) == _kst(2026, 8, 19, 10, 0)
    event = inquiry.events.get(action="답변 후 추가 문의(재접수)")
    assert f"이전 기한 {timezone.localtime(first_due):%Y-%m-%d %H:%M}" in event.detail
    assert "첫 답변 " in event.detail and "없음" not in event.detail


def test_p13_2_a_closed_inquiry_reopens_within_the_window_only(member, settings):
    settings.MARQUEE_INQUIRY_REOPEN_DAYS = 14
    inquiry = ask(member)
    services.close(inquiry, by=None)
    inquiry.refresh_from_db()
    closed_at = inquiry.closed_at
    with pytest.raises(InquiryRefused, match="새 문의"):
        services.follow_up(inquiry, "늦었지만", now=closed_at + datetime.timedelta(days=15))
    services.follow_up(inquiry, "다시 문의드려요", now=closed_at + datetime.timedelta(days=13))
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.IN_PROGRESS and inquiry.closed_at is None
    assert Event.objects.filter(inquiry=inquiry, action="종결 후 추가 문의(재접수)").exists()


def test_p13_1_a_member_adds_to_their_inquiry_from_my_page(client, member):
    agent = create_staff("cs_agent")
    inquiry = ask(member)
    services.answer(inquiry, "취소해 드렸습니다.", by=agent)
    client.force_login(member, backend=MEMBER_BACKEND)
    mypage = client.get(reverse("members:mypage")).content.decode()
    url = reverse("support:inquiry", args=[inquiry.number])
    assert url in mypage
    page = client.get(url).content.decode()
    assert "취소해 드렸습니다." in page and "추가 문의 보내기" in page
    response = client.post(url, {"body": "환불은 언제 되나요? 친구 010-9876-5432"})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    last = inquiry.messages.last()
    assert last.author == "inquirer" and "010-****-5432" in last.body  # masked (P11.2)
    assert inquiry.status == Inquiry.Status.IN_PROGRESS
    assert inquiry.due_at == sla.deadline_for(last.created_at)[1]
    # Bad input is a form error, not a 500; an inquiry closed too long ago says so.
    assert client.post(url, {"body": ""}).status_code == 200
    services.close(inquiry, by=agent)
    Inquiry.objects.filter(pk=inquiry.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=30))
    page = client.post(url, {"body": "또 문의"})
    assert page.status_code == 200 and "새 문의 남기기" in page.content.decode()
    assert inquiry.messages.count() == 3  # question, answer, one follow-up


def test_p13_1_internal_notes_stay_off_the_members_page(client, member):
    agent = create_staff("cs_agent")
    inquiry = ask(member)
    services.note(inquiry, "VIP 고객 메모", by=agent)
    client.force_login(member, backend=MEMBER_BACKEND)
    page = client.get(reverse("support:inquiry", args=[inquiry.number])).content.decode()
    assert "VIP 고객 메모" not in page and "어제 예매한 표" in page
