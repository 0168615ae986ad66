"""The policy pages in a real browser (P15.2, L7.1): from the footer to the policy in
force, to a previous version and its diff, and to the notice that announced it."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from marquee.compliance.policy import services as policy
from marquee.privacy.inventory import inventory, months

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LEGACY = Path(policy.__file__).parent / "legacy" / "2024-03-07.ko.txt"


def day(offset: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=offset)


def ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def three_versions(monkeypatch):
    """The operator's 2024 policy (history, number 0), the first generated one, and a
    retention change."""
    v1 = policy.import_legacy(LEGACY.read_text(encoding="utf-8"), datetime.date(2024, 3, 7),
                              by="cpo")
    v2 = policy.publish(day(-15), by="cpo", now=ago(50))
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        inventory.rules["access_logs"], period=months(6)))
    v3 = policy.publish(day(-1), by="cpo", now=ago(10))
    return v1, v2, v3


def test_p15_2_l7_1_policy_page_links_to_a_previous_version_that_shows_the_diff(
        page, three_versions):
    v1, v2, v3 = three_versions
    page.goto("/")
    page.locator("footer").get_by_role("link", name="개인정보 처리방침").click()
    expect(page).to_have_url(re.compile(r"/privacy/$"))
    expect(page.locator("#policy-title")).to_have_text("개인정보 처리방침")
    expect(page.locator("#effective-date")).to_have_text(
        f"{v3.effective_on.year}년 {v3.effective_on.month}월 {v3.effective_on.day}일")
    expect(page.locator("#s-retention")).to_contain_text("기록 생성일로부터 6개월")

    history = page.locator("#versions")
    # Three versions; two notices (the imported 2024 policy was announced before the system).
    expect(history.get_by_role("link")).to_have_count(5)
    # By keyboard: the sections above the history render as they scroll into view
    # (content-visibility), so a pointer click aimed while they settle can land beside
    # the link on a slow machine; Enter on the focused link cannot.
    history.get_by_role("link", name=re.compile(r"^제1판")).focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/privacy/versions/1/$"))
    expect(page.locator("#version-status")).to_have_text("이전 버전")
    changes = page.locator("#changes")
    expect(changes).to_contain_text("종전 처리방침 2024-03-07 시행본 대비")
    expect(changes).to_contain_text("중요 변경")
    expect(changes.locator("del").first).to_be_visible()
    expect(changes.locator("[data-section=items]")).to_contain_text("처리하는 개인정보 항목")
    expect(page.locator("#s-retention")).to_contain_text("기록 생성일로부터 3개월")

    page.get_by_role("link", name="제2판 →").click()
    expect(page).to_have_url(re.compile(r"/privacy/versions/2/$"))
    expect(page.locator("#version-status")).to_have_text("시행 중")
    expect(page.locator("#changes del", has_text="3개월").first).to_be_visible()
    expect(page.locator("#changes ins", has_text="6개월").first).to_be_visible()
    page.get_by_role("link", name="공지", exact=True).first.click()
    expect(page.locator("h1")).to_contain_text("개인정보 처리방침 변경 안내")
    page.get_by_role("link", name="변경 내용 보기").click()
    expect(page).to_have_url(re.compile(r"/privacy/versions/2/#changes$"))


def test_p15_2_the_printable_version_has_the_policy_and_its_effective_date(page,
                                                                          three_versions):
    page.goto("/privacy/")
    page.get_by_role("link", name="인쇄용 보기").click()
    expect(page).to_have_url(re.compile(r"/privacy/print/$"))
    expect(page.locator("#policy-title")).to_have_text("개인정보 처리방침")
    expect(page.locator("body")).to_contain_text("부터 시행됩니다")
    expect(page.locator("header")).to_have_count(0)  # no site navigation on paper
