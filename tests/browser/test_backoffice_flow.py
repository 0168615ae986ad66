"""A staff member logs in with password and TOTP, finds a member by exact e-mail, reveals
one field with a reason, and the member sees that access on My Page
(P12.3, L3.2, L3.3, P8.1) — in a real headless chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from marquee.backoffice.models import Reveal, SealedTOTPDevice, StaffAccessLog
from tests.backoffice.conftest import STAFF_PASSWORD, create_staff, current_token
from tests.conftest import sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER_PASSWORD = "Cinema!Seat2024"


def test_p12_3_l3_2_p8_1_staff_reveals_one_field_with_totp_and_member_sees_it(new_context):
    member = sign_up()  # 홍길동, 010-1234-5678, gildong@example.com
    staff = create_staff("cs_agent", login_id="cs_browser")
    device = SealedTOTPDevice.objects.get(user=staff)

    page: Page = new_context().new_page()
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label("아이디").fill("cs_browser")
    page.get_by_label("비밀번호").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="로그인").click()
    expect(page).to_have_url(re.compile(r"/admin/otp/"))
    expect(page.locator("h1")).to_contain_text("2단계 인증")
    page.get_by_label("인증 코드(6자리)").fill(current_token(device))
    page.get_by_role("button", name="인증").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("#staff-status")).to_contain_text("고객상담(CS) 담당자")

    page.goto("/admin/members/member/")
    page.locator("#searchbar").fill("gildong@example.com")
    page.locator("#searchbar").press("Enter")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("홍*동")
    expect(rows.first).to_contain_text("010-****-5678")
    expect(page.locator("body")).not_to_contain_text("010-1234-5678")
    rows.first.locator("a").first.click()
    expect(page).to_have_url(re.compile(rf"/admin/members/member/{member.pk}/change/"))
    mobile = page.locator('span.masked[data-field="mobile"]')
    expect(mobile).to_have_text("010-****-5678")

    page.locator('a.reveal-link[href$="/reveal/mobile/"]').click()
    expect(page.locator("#reveal-form")).to_be_visible()
    page.get_by_role("button", name="사유 기재 후 마스킹 해제").click()  # no reason yet
    expect(page.locator("#reveal-form")).to_be_visible()
    page.get_by_label("열람 사유").select_option("inquiry")
    page.get_by_label("문의·요청 번호").fill("Q-2026-00123")
    page.get_by_role("button", name="사유 기재 후 마스킹 해제").click()
    expect(page).to_have_url(re.compile(rf"/admin/members/member/{member.pk}/change/"))
    expect(page.locator('span.revealed[data-field="mobile"]')).to_have_text("010-1234-5678")
    expect(page.locator('span.masked[data-field="name"]')).to_have_text("홍*동")
    expect(page.locator('span.masked[data-field="email"]')).to_have_text("g***@example.com")

    reveal = Reveal.objects.get()
    assert (reveal.staff_id, reveal.field, reveal.member_number) == (staff.pk, "mobile", member.pk)
    assert StaffAccessLog.objects.filter(action="reveal", subjects=str(member.pk)).count() == 1

    # The member, on their own phone, sees the access: role and reason, no staff name.
    phone: Page = new_context().new_page()
    phone.goto("/members/login/")
    phone.locator("#id_login_id").fill("gildong90")
    phone.locator("#id_password").fill(MEMBER_PASSWORD)
    phone.locator("main").get_by_role("button", name="로그인").click()
    expect(phone).to_have_url(re.compile(r"/members/mypage/"))
    access = phone.locator("#my-staff-access")
    reveal_row = access.locator("tr", has_text="마스킹 해제 열람")
    expect(reveal_row).to_contain_text("고객상담(CS) 담당자")
    expect(reveal_row).to_contain_text("고객 문의 처리")
    expect(access).to_contain_text("상세 조회")
    expect(access).not_to_contain_text("cs_browser")
