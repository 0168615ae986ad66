"""Phone-first header (issue 15): below 600 px the menu folds behind one button and
no menu word breaks across lines; pages load with a favicon (no 404)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import sign_up

from .pagecheck import check_page, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ONE_LINE_JS = """
() => Array.from(document.querySelectorAll('header nav a, header nav button'))
  .filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height >
               1.9 * parseFloat(getComputedStyle(e).lineHeight || 20))
  .map(e => e.innerText)
"""


def log_in(page: Page) -> None:
    page.goto("/members/login/")
    page.locator("#id_login_id").fill("gildong90")
    page.locator("#id_password").fill("Cinema!Seat2024")
    page.locator("main").get_by_role("button", name="로그인").click()
    expect(page).to_have_url(__import__("re").compile(r"/members/mypage/$"))


def test_b1_phone_header_folds_into_a_menu_and_breaks_no_word(page: Page):
    sign_up()
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page)
    header = page.locator("header")
    nav = header.locator("nav")
    expect(nav).to_be_hidden()
    assert header.bounding_box()["height"] < 70
    header.get_by_role("button", name="메뉴").click()
    expect(header.get_by_role("button", name="메뉴")).to_have_attribute("aria-expanded", "true")
    for name in ("예매", "커뮤니티", "예매 내역", "마이페이지"):
        expect(nav.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="로그아웃")).to_be_visible()
    assert page.evaluate(ONE_LINE_JS) == []
    screenshot(page, "header-menu", "phone")
    check_page(page)
    assert not failed, failed  # the favicon included


def test_b1_desktop_header_shows_the_menu_in_one_line(page: Page):
    sign_up()
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page)
    expect(page.locator("header").get_by_role("button", name="메뉴")).to_be_hidden()
    expect(page.locator("header nav")).to_be_visible()
    assert page.evaluate(ONE_LINE_JS) == []
