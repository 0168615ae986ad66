"""My Page redesigned for a phone first (issue 15, P8.1): grouped cards, identity as
"본인확인 완료 (통신사, 일시)", times in KST in Korean, Korean labels for coded values,
amounts with separators, no horizontal overflow at 390 px."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page, expect

from marquee.payments import sandbox
from marquee.payments.models import Payment
from tests.booking.conftest import hold, make_showtime
from tests.conftest import sign_up

from .pagecheck import WIDTHS, check_page, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Cinema!Seat2024"  # tests.conftest.signup_data's


def paid_booking(member, showtime, seat: str, *, cancel: bool = False) -> str:
    """A booking paid by card through the pages (and cancelled for a refund if asked)."""
    booking = hold(member, showtime, seat)
    client = Client()
    client.force_login(member)
    client.post(reverse("booking:checkout", args=[booking.number]), {"method": "card"})
    payment = Payment.objects.get(booking=booking)
    sandbox.approve(payment.payment_id, method="card", card_number="4242424242424242")
    client.get(reverse("booking:payment_return", args=[booking.number])
               + f"?paymentId={payment.payment_id}")
    if cancel:
        client.post(reverse("booking:cancel", args=[booking.number]), {"bank": ""})
    return booking.number


@pytest.fixture
def moviegoer(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
    member = sign_up(pen_name="영화광", landline="02-312-3456")
    showtime = make_showtime(title="서울의 밤")
    paid_booking(member, showtime, "C5")
    paid_booking(member, showtime, "C6", cancel=True)
    return member


def log_in(page: Page) -> None:
    page.goto("/members/login/")
    page.locator("#id_login_id").fill("gildong90")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="로그인").click()
    expect(page).to_have_url(re.compile(r"/members/mypage/$"))


@pytest.mark.parametrize("width", WIDTHS)
def test_p8_1_mypage_reads_as_cards_on_a_phone_and_a_desktop(page: Page, moviegoer, width):
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    log_in(page)
    screenshot(page, "mypage", width)
    check_page(page)

    for heading in ("기본 정보", "본인확인", "동의", "예매·구매 내역", "결제·환불 내역",
                    "내 게시물", "최근 접속 기록", "직원의 내 정보 접근 기록",
                    "탈퇴 시 보관되는 정보"):
        expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible()
    items = page.locator("#my-items")
    expect(items.locator('[data-item="gender"] dd').first).to_have_text("남성")
    expect(items.locator('[data-item="nationality"]')).to_have_count(0)
    expect(items.locator('[data-item="birthdate"] dd').first).to_have_text("1990년 5월 17일 (목)")
    expect(items.locator('[data-item="mobile"] dd').first).to_have_text("010-1234-5678 (SKT)")
    summary = page.locator("#identity-summary")
    expect(summary).to_have_text(re.compile(
        r"^본인확인 완료 \(SKT, \d{4}년 \d{1,2}월 \d{1,2}일 \([월화수목금토일]\) \d\d:\d\d\)$"))
    content = page.content()
    assert moviegoer.ci not in content and moviegoer.di not in content  # download only
    expect(page.locator("#my-payments")).to_contain_text("14,000원")
    expect(page.locator("#my-refunds")).to_contain_text("14,000원")
    expect(page.locator("#my-access li").first).to_contain_text("년")


def test_p8_1_mypage_on_a_phone_is_short_enough_to_read_top_to_bottom(page: Page, moviegoer):
    """The issue measured 10,920 px for a new member; cards and folded details keep the
    whole page within a few screens."""
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 9000, height
    expect(page.locator("#consent-history")).to_be_hidden()  # folded until asked for
    page.get_by_text(re.compile(r"^동의 이력 \d+건$")).click()
    expect(page.locator("#consent-history li").first).to_be_visible()
