"""The customer centre in a real chromium: a member asks, an agent answers inside the
clock, the member reads the answer on My Page; a guest asks with a verified e-mail; an
inquiry received Friday 19:00 before a substitute holiday shows the right deadline
(P13.1, P13.2, P13.4)."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from marquee.outbox.models import Message
from marquee.support import services
from marquee.support.models import Inquiry
from tests.conftest import create_staff, otp_session, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER_PASSWORD = "Cinema!Seat2024"


def _agent_page(new_context, site) -> Page:
    from django.conf import settings
    from django.test import Client

    client = otp_session(Client(), create_staff("cs_agent"))
    context = new_context()
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "url": site.url}])
    return context.new_page()


def test_p13_1_p13_2_member_asks_agent_answers_in_time_member_reads_it(new_context, site):
    sign_up()
    phone: Page = new_context().new_page()
    phone.goto("/")
    phone.locator("#footer-support").click()
    expect(phone.locator("h1")).to_have_text("고객센터")
    phone.goto("/members/login/?next=/support/ask/")
    phone.locator("#id_login_id").fill("gildong90")
    phone.locator("#id_password").fill(MEMBER_PASSWORD)
    phone.locator("main").get_by_role("button", name="로그인").click()
    expect(phone).to_have_url(re.compile(r"/support/ask/"))
    phone.get_by_label("문의 유형").select_option("refund")
    phone.get_by_label("제목").fill("환불 문의")
    phone.get_by_label("문의 내용").fill("어제 결제한 예매를 환불받고 싶습니다.")
    phone.get_by_label("웹(마이페이지)").check()
    phone.get_by_role("button", name="문의 접수").click()
    expect(phone.locator("#inquiry-number")).to_be_visible()
    inquiry = Inquiry.objects.get()

    agent = _agent_page(new_context, site)
    agent.goto("/admin/support/inquiry/?queue=unassigned")
    expect(agent.locator("#result_list")).to_contain_text(inquiry.number)
    agent.goto(f"/admin/support/inquiry/{inquiry.pk}/handle/")
    expect(agent.locator("#conversation")).to_contain_text("환불받고 싶습니다")
    agent.get_by_label("처리").select_option("answer")
    agent.get_by_label("내용").fill("환불 처리했습니다. 3영업일 안에 입금됩니다.")
    agent.get_by_role("button", name="처리").click()
    expect(agent.locator("#inquiry-status")).to_have_text("답변 완료")
    inquiry.refresh_from_db()
    assert inquiry.answered_in_time()

    phone.goto("/members/mypage/")
    section = phone.locator(f'article.inquiry[data-number="{inquiry.number}"]')
    expect(section).to_contain_text("답변 완료")
    expect(section).to_contain_text("환불 처리했습니다.")


def test_p13_1_a_guest_asks_with_a_verified_email(new_context, site):
    page: Page = new_context().new_page()
    page.goto("/support/")
    page.locator("#guest-ask-link").click()
    page.get_by_label("이름").fill("이영희")
    page.get_by_label("이메일").fill("younghee@example.com")
    page.get_by_role("button", name="인증번호 받기").click()
    body = Message.objects.filter(kind="inquiry_code").latest("created_at").body
    page.get_by_label("인증번호").fill(re.search(r"\d{6}", body).group(0))
    page.get_by_role("button", name="확인").click()
    page.get_by_label("문의 유형").select_option("other")
    page.get_by_label("제목").fill("분실물")
    page.get_by_label("문의 내용").fill("3관에 우산을 두고 왔습니다.")
    page.get_by_role("button", name="문의 접수").click()
    expect(page.locator("#inquiry-number")).to_be_visible()
    inquiry = Inquiry.objects.get()
    assert inquiry.guest_name == "이영희" and inquiry.contact == "younghee@example.com"


def test_p13_2_friday_19_before_a_substitute_holiday_shows_tuesdays_deadline(new_context, site):
    kst = datetime.timezone(datetime.timedelta(hours=9))
    inquiry = services.submit(
        services.Ask(category="booking", subject="팩스 문의", body="좌석 변경 요청",
                     reply_by="email", guest_name="박민수", contact="minsu@example.com"),
        channel=Inquiry.Channel.FAX, received_at=datetime.datetime(2026, 8, 14, 19, 0, tzinfo=kst))
    agent = _agent_page(new_context, site)
    agent.goto(f"/admin/support/inquiry/{inquiry.pk}/handle/")
    expect(agent.locator("#due-at")).to_have_text("2026-08-19 10:00")
