"""The warning before a seat hold runs out (issue 19, WCAG 2.2.1 Timing Adjustable), in
Chromium: the checkout opens a modal dialog with focus on its extension button, a polite
live region (present before it speaks) says how long is left, and the one extension
works from the keyboard; after it the dialog offers no second one. axe stays clean
with the dialog open."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from marquee.booking.models import Booking
from tests.booking.conftest import hold, make_showtime
from tests.conftest import sign_up

from .accessibility import AXE_JS, audit
from .pagecheck import screenshot
from .test_booking_flow import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_i19_b2_the_hold_warning_takes_focus_and_extends_once(page: Page, settings):
    # The whole 10-minute hold is inside the warning window: the dialog opens at once.
    settings.MARQUEE_HOLD_WARNING_MINUTES = 10
    member = sign_up(login_id="gildong90")
    booking = hold(member, make_showtime(), "C5")
    if AXE_JS.exists():
        page.context.add_init_script(path=str(AXE_JS))
    log_in(page, "gildong90")
    page.goto(f"/booking/bookings/{booking.number}/checkout/")
    dialog = page.locator("#hold-warning")
    expect(dialog).to_be_visible()
    expect(page.locator("#hold-extend")).to_be_focused()
    expect(page.locator("#hold-live")).to_contain_text("남았습니다. 연장할 수 있습니다.")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "hold-warning", "phone")
    if AXE_JS.exists():
        assert audit(page) == []

    page.keyboard.press("Enter")  # the extension, from the keyboard
    expect(page.get_by_text("좌석 선점 시간을")).to_contain_text("연장했습니다")
    booking.refresh_from_db()
    assert booking.hold_extended_at is not None and booking.status == Booking.Status.HELD
    # Still in the window: the dialog returns, with no second extension, focus on 닫기.
    expect(dialog).to_be_visible()
    expect(page.locator("#hold-extend")).to_have_count(0)
    expect(page.locator("#hold-warning-close")).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator("#pay-button")).to_be_focused()
