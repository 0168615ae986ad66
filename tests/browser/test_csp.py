"""The Content-Security-Policy is on and nothing breaks (P12.13): the seat map's own
script and htmx's live refresh, the checkout countdown, the delete confirmation and the
back office log-in work, and chromium reports no violation on any page visited."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.booking.conftest import hold, make_showtime
from tests.conftest import make_identity, sign_up

from .test_booking_flow import POLL_WAIT_MS, log_in, seat, tick_with_keyboard

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Playwright adds this before any page script runs (through DevTools, not the page, so
# the policy does not apply to it): it records every violation the page would report.
WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(autouse=True)
def _no_sandbox_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


@pytest.fixture
def watched(new_context):
    """A page whose console and violation events are collected; asserts none at the end."""
    context = new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    console = []
    page.on("console", lambda msg: console.append(msg.text)
            if "Content Security Policy" in msg.text else None)
    seen = []

    def violations():
        seen.extend(page.evaluate("window.__csp || []"))
        return seen + console

    page.violations = violations
    yield page
    assert violations() == []


def policy_of(response) -> str:
    return response.headers.get("content-security-policy", "")


def test_p12_13_seat_map_htmx_and_checkout_work_under_the_policy(watched):
    page = watched
    sign_up(login_id="gildong90", email="gildong@example.com")
    other = sign_up(identity=make_identity(name="김영희", birthdate=datetime.date(1995, 3, 3),
                                           gender="female", mobile="010-5555-1234"),
                    login_id="younghee95", email="younghee@example.com")
    showtime = make_showtime()
    log_in(page, "gildong90")

    response = page.goto(f"/booking/showtimes/{showtime.pk}/")
    assert "default-src 'self'" in policy_of(response)
    assert "'unsafe-inline'" not in policy_of(response)
    # The page's own script runs (it writes the summary) ...
    tick_with_keyboard(page, "C7")
    page.locator("#id_tickets_adult").fill("1")
    expect(page.locator("#seat-summary")).to_contain_text("C7 (1석) · 인원 1명")
    # ... and htmx refreshes the map: a seat held elsewhere turns disabled, no reload.
    hold(other, showtime, "E5")
    expect(seat(page, "E5")).to_be_disabled(timeout=POLL_WAIT_MS)
    expect(seat(page, "C7")).to_be_checked()
    assert page.violations() == []

    page.get_by_role("button", name="좌석 선택 완료").click()
    expect(page).to_have_url(re.compile(r"/booking/bookings/[\w-]+/checkout/$"))
    expect(page.locator("#hold-countdown")).to_have_text(re.compile(r"^\d+분 \d\d초$"))


def test_p12_13_pages_without_scripts_and_the_back_office_report_nothing(watched):
    page = watched
    for path in ("/", "/members/login/", "/members/signup/", "/privacy/", "/notices/",
                 "/booking/", "/admin/login/"):
        response = page.goto(path)
        assert response.status == 200, path
        assert "default-src 'self'" in policy_of(response), path
