"""The customer-centre pages, a member's and a guest's inquiry, and the agents' masked,
logged queue (P13.1, P13.3, P13.4, P11.2 masking, L3.3 access log)."""

from __future__ import annotations

import re

from django.urls import reverse

from marquee.backoffice.models import StaffAccessLog
from marquee.support import services
from marquee.support.models import Inquiry
from tests.conftest import create_staff, otp_session
from tests.support.conftest import ask


def test_p13_3_centre_page_lists_hours_contacts_and_external_bodies(client, settings, db):
    page = client.get(reverse("support:centre")).content.decode()
    centre = settings.MARQUEE_CUSTOMER_CENTRE
    for value in (centre["hours"], centre["phone"], centre["email"], centre["fax"]):
        assert value in page
    for body in settings.MARQUEE_COMPLAINT_BODIES:
        assert body["name"] in page and body["phone"] in page


def test_p13_1_footer_links_to_the_customer_centre(client, db):
    page = client.get(reverse("notices:list")).content.decode()
    assert f'href="{reverse("support:centre")}"' in page


def test_p13_1_a_member_asks_from_the_web_form(client, member):
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    response = client.post(reverse("support:ask"), {
        "category": "refund", "subject": "환불 문의", "body": "환불은 언제 되나요?",
        "reply_by": "web"})
    inquiry = Inquiry.objects.get(member=member)
    assert response.status_code == 302 and inquiry.number in response.url
    assert inquiry.channel == "web" and inquiry.category == "refund"
    page = client.get(reverse("members:mypage")).content.decode()
    assert "환불은 언제 되나요?" in page and inquiry.number in page


def test_p13_1_a_guest_asks_after_verifying_their_email(client, outbox, db):
    url = reverse("support:guest")
    client.post(url, {"name": "이영희", "email": "younghee@example.com", "mobile": ""})
    code = re.search(r"\d{6}", outbox("inquiry_code")[-1].body).group(0)
    wrong = client.post(url, {"code": "000000" if code != "000000" else "111111"})
    assert "인증번호가 맞지 않습니다." in wrong.content.decode()
    client.post(url, {"code": code})
    response = client.post(url, {"category": "other", "subject": "분실물", "body": "우산을 두고 왔어요",
                                 "reply_by": "email"})
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.member is None and inquiry.guest_name == "이영희"
    assert inquiry.contact == "younghee@example.com" and inquiry.reply_by == "email"
    # The code was sent under the inquiry's own key: it goes with the inquiry.
    assert outbox("inquiry_code")[-1].data_key_id == inquiry.data_key_id


def test_p13_4_agents_see_the_inquirer_masked_and_every_read_is_logged(agent_client, db):
    client, agent = agent_client
    inquiry = services.submit(services.Ask(
        category="other", subject="문의", body="제 친구 010-9876-5432에게 연락 부탁해요",
        reply_by="email", guest_name="이영희", contact="younghee@example.com"))
    listing = client.get(reverse("admin:support_inquiry_changelist")).content.decode()
    assert inquiry.number in listing and "이영희" not in listing
    detail = client.get(reverse("admin:support_inquiry_change", args=[inquiry.pk])).content.decode()
    assert "younghee@example.com" not in detail and "이영희" not in detail
    assert "마스킹 해제" in detail
    handle = client.get(reverse("admin:support_inquiry_handle", args=[inquiry.pk])).content.decode()
    assert "010-9876-5432" not in handle and "010-****-5432" in handle
    actions = set(StaffAccessLog.objects.filter(target="support.Inquiry")
                  .values_list("action", flat=True))
    assert {"list", "read"} <= actions


def test_p13_2_an_agent_answers_and_the_queue_filters(agent_client, member):
    client, agent = agent_client
    inquiry = ask(member)
    queue = reverse("admin:support_inquiry_changelist")
    assert inquiry.number in client.get(queue + "?queue=unassigned").content.decode()
    url = reverse("admin:support_inquiry_handle", args=[inquiry.pk])
    client.post(url, {"action": "assign"})
    assert inquiry.number in client.get(queue + "?queue=mine").content.decode()
    assert inquiry.number not in client.get(queue + "?queue=overdue").content.decode()
    client.post(url, {"action": "answer", "body": "취소해 드렸습니다."})
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.answered_in_time()
    # The in-time statistics are the CS lead's page (and the CPO's), not an agent's.
    assert client.get(reverse("admin:support_inquiry_stats")).status_code == 403
    client.logout()
    otp_session(client, create_staff("cs_lead"))
    stats = client.get(reverse("admin:support_inquiry_stats")).content.decode()
    assert "1 / 1" in stats


def test_p13_1_staff_register_a_fax_inquiry_with_its_channel_and_clock(agent_client, db):
    client, agent = agent_client
    response = client.post(reverse("admin:support_inquiry_intake"), {
        "channel": "fax", "received_at": "2026-08-14 19:00", "category": "booking",
        "name": "박민수", "reply_by": "email", "contact": "minsu@example.com",
        "subject": "좌석 변경", "body": "팩스로 보낸 좌석 변경 요청"})
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.channel == "fax" and inquiry.guest_name == "박민수"
    assert f"{inquiry.due_at.astimezone(services.sla.KST):%Y-%m-%d %H:%M}" == "2026-08-19 10:00"
    assert StaffAccessLog.objects.filter(target="support.Inquiry", action="change").exists()
