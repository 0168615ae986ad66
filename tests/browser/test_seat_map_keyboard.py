"""The seat map by keyboard alone (issue 19, WCAG 2.1.1, 2.2.2, 4.1.3): one Tab stop,
arrow keys and row letters move, Space and Enter toggle and never submit, focus and the
ticks survive the 5-second refresh (which replaces the map only when a seat changed),
the live summary speaks only when its text changes,
the refresh can be paused, and the booking goes on by keyboard through the checkout and
the payment window (where a mistyped card number is announced: the error summary takes
focus, its link leads to the field) to the ticket."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from marquee.booking.models import Booking
from tests.booking.conftest import hold, make_showtime
from tests.conftest import make_identity, sign_up

from .accessibility import audit, axe_script
from .test_booking_flow import POLL_WAIT_MS, log_in, seat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Counts the map's polls, its swaps and the summary's changes (installed before any page script).
WATCH = """
window.__swaps = 0; window.__spoken = 0; window.__polls = 0;
document.addEventListener("htmx:load", function (e) {
  if (e.target && e.target.id === "seat-map") { window.__swaps += 1; }
});
document.addEventListener("htmx:afterRequest", function (e) {
  if (e.detail.elt && e.detail.elt.id === "seat-map") { window.__polls += 1; }
});
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("seat-summary");
  if (!summary) { return; }
  new MutationObserver(function () { window.__spoken += 1; })
    .observe(summary, {childList: true, characterData: true, subtree: true});
});
"""


def focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def tab_until(page: Page, element_id: str, limit: int = 40) -> int:
    """Press Tab until ``element_id`` has focus; how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if focused_id(page) == element_id:
            return presses
    raise AssertionError(f"#{element_id} not reached in {limit} Tab presses (at #{focused_id(page)})")


# The focused element's name as a screen reader hears it: its label's text, or its own.
FOCUSED_NAME = """() => {
  const e = document.activeElement;
  if (!e) { return ""; }
  const label = e.labels && e.labels[0];
  return (label ? label.textContent : e.textContent || "").trim();
}"""


def tab_to_name(page: Page, name: str, limit: int = 40) -> None:
    """Press Tab until the focused element is called ``name``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME) == name:
            return
    raise AssertionError(f"{name!r} not reached in {limit} Tab presses")


def wait_for_poll(page: Page, counter: str = "__swaps") -> None:
    """Wait until htmx has swapped the map once more (``__polls``: until a poll was
    answered, swapped or not). Polled from here: the page's CSP forbids the eval that
    ``wait_for_function`` would need."""
    before = page.evaluate(f"window.{counter}")
    for _ in range(POLL_WAIT_MS // 250):
        page.wait_for_timeout(250)
        if page.evaluate(f"window.{counter}") > before:
            return
    raise AssertionError(f"the seat map was not refreshed ({counter})")


@pytest.fixture(autouse=True)
def _no_sandbox_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


def test_i19_b2_keyboard_only_books_two_seats_with_arrows_and_space(new_context):
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    rival = sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"), login_id="rival")
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    context = new_context()
    context.add_init_script(WATCH)
    context.add_init_script(path=str(axe_script()))
    page = context.new_page()
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")

    # The notice region is in the accessibility tree before it has anything to say.
    assert page.evaluate("getComputedStyle(document.getElementById('seat-notice')).display") != "none"

    # Two adults, typed.
    tab_until(page, "id_tickets_adult")
    page.keyboard.press("Control+a")
    page.keyboard.type("2")

    # The whole map is one Tab stop, right after the skip link and the pause button.
    tab_until(page, "seat-pause")
    page.keyboard.press("Tab")
    expect(seat(page, "A1")).to_be_focused()
    assert page.locator("#seat-map input[name=seat][tabindex='0']").count() == 1

    # Row letter, Home, arrows: to C5; Space ticks it.
    page.keyboard.press("c")
    assert focused_id(page).startswith("seat-C")
    page.keyboard.press("Home")
    expect(seat(page, "C1")).to_be_focused()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    expect(seat(page, "C5")).to_be_focused()
    page.keyboard.press("Space")
    expect(seat(page, "C5")).to_be_checked()

    # Up and down keep the column; Enter toggles and does not submit the form.
    page.keyboard.press("ArrowUp")
    expect(seat(page, "B5")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowRight")
    expect(seat(page, "C6")).to_be_focused()
    url = page.url
    page.keyboard.press("Enter")
    expect(seat(page, "C6")).to_be_checked()
    assert page.url == url and page.locator("#booking-error").count() == 0
    expect(page.locator("#seat-summary")).to_have_text("선택한 좌석: C5, C6 (2석) · 인원 2명")

    # Another member takes a seat: the next poll replaces the map; focus and ticks stay,
    # the summary is not rewritten. Unchanged, the map is not replaced at all (204).
    spoken = page.evaluate("window.__spoken")
    for label in ("E1", "E2"):
        hold(rival, showtime, label)
        wait_for_poll(page)
        expect(seat(page, label)).to_be_disabled()
        expect(seat(page, "C6")).to_be_focused()
        expect(seat(page, "C5")).to_be_checked()
        expect(seat(page, "C6")).to_be_checked()
        assert page.locator("#seat-map input[name=seat][tabindex='0']").count() == 1
    swaps = page.evaluate("window.__swaps")
    wait_for_poll(page, "__polls")
    assert page.evaluate("window.__swaps") == swaps
    expect(seat(page, "C6")).to_be_focused()
    assert page.evaluate("window.__spoken") == spoken

    # Pause (Shift+Tab from the map: the button just before it): no refresh while paused.
    page.keyboard.press("Shift+Tab")
    assert focused_id(page) == "seat-pause"
    page.keyboard.press("Space")
    expect(page.locator("#seat-pause")).to_have_attribute("aria-pressed", "true")
    polls = page.evaluate("window.__polls")
    page.wait_for_timeout(6_000)
    assert page.evaluate("window.__polls") == polls
    page.keyboard.press("Space")
    expect(page.locator("#seat-pause")).to_have_attribute("aria-pressed", "false")
    wait_for_poll(page, "__polls")

    # Back into the map (one Tab stop, on the last seat visited), then on to the button.
    assert focused_id(page) == "seat-pause"
    tab_until(page, "seat-C6", limit=2)
    page.keyboard.press("Tab")
    assert not focused_id(page).startswith("seat-")
    for _ in range(10):
        if page.evaluate("document.activeElement.textContent") == "좌석 선택 완료":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/booking/bookings/[\w-]+/checkout/$"))
    booking = Booking.objects.get(member=member)
    assert sorted(c.seat.label for c in booking.claims.select_related("seat")) == ["C5", "C6"]
    pay_by_keyboard(page, booking)


def pay_by_keyboard(page: Page, booking: Booking) -> None:
    """The checkout and the PG window with Tab, arrows, Space, typing and Enter only."""
    tab_until(page, "id_method_0")
    for _ in range(5):  # a radio group: the arrow keys move and tick
        if page.evaluate(FOCUSED_NAME) == "신용·체크카드":
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.get_by_label("신용·체크카드")).to_be_checked()
    tab_to_name(page, "결제하기")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/payments/sandbox/pay_[\w-]+/$"))

    # A mistyped card number: the summary is focused and titled, its link leads to the field.
    tab_until(page, "id_card_number")
    page.keyboard.type("4242 4242 4242 4241")
    page.keyboard.press("Tab")
    page.keyboard.type("12/29")
    tab_to_name(page, "결제")
    page.keyboard.press("Enter")
    expect(page.locator("[data-error-summary]")).to_be_focused()
    expect(page).to_have_title(re.compile(r"^오류: "))
    expect(page.locator("[data-error-summary]")).to_contain_text("카드번호가 올바르지 않습니다.")
    assert audit(page) == []  # the PG window's error state (not on any page the form walk finds)
    tab_to_name(page, "카드번호: 카드번호가 올바르지 않습니다.", limit=3)
    page.keyboard.press("Enter")
    assert focused_id(page) == "id_card_number"
    page.keyboard.press("Control+a")
    page.keyboard.type("4242 4242 4242 4242")
    page.keyboard.press("Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type("12/29")
    tab_to_name(page, "결제")
    page.keyboard.press("Enter")

    # The ticket.
    expect(page).to_have_url(re.compile(rf"/booking/bookings/{booking.number}/ticket/$"))
    expect(page.get_by_role("status")).to_contain_text("결제가 완료되었습니다")
    assert audit(page) == []
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


def test_i19_seat_map_error_is_focused_and_titled(page: Page):
    """A refused hold reloads the map with the error focused and 오류: in the title."""
    sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")
    seat(page, "C5").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="좌석 선택 완료").click()
    expect(page.locator("#booking-error")).to_be_focused()
    expect(page).to_have_title(re.compile(r"^오류: "))


def test_i19_the_skip_link_passes_the_map(page: Page):
    """One Enter on "좌석 배치도 건너뛰기" (the Tab stop before the map's tools) lands
    on the summary under the map; the next Tab goes on past it, never into the map."""
    sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")
    tab_until(page, "id_tickets_senior")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="좌석 배치도 건너뛰기")).to_be_focused()
    page.keyboard.press("Enter")
    assert focused_id(page) == "seat-summary"
    page.keyboard.press("Tab")
    assert not page.evaluate("document.getElementById('seat-map').contains(document.activeElement)")
    assert page.evaluate(FOCUSED_NAME) == "다음 단계에서 선택 (예매권 사용)"


# The free seats (the map's own definition: enabled seat boxes), of one row or of all.
FREE_IDS = """(row) => Array.from(document.querySelectorAll(
    '#seat-map ' + (row ? '.seat-row[data-row="' + row + '"] ' : '') + 'input[name=seat]:not(:disabled)'))
  .map((box) => box.id)"""


def test_i19_end_ctrl_home_ctrl_end_and_page_keys_on_the_seat_map(page: Page):
    """End goes to the last free seat of the row, Ctrl+End and Ctrl+Home to the map's
    last and first, PageDown and PageUp to the same column in the next and previous row;
    the map's key help names them."""
    sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")
    help_text = page.locator("#seat-help").inner_text()
    assert "Ctrl+Home" in help_text and "Ctrl+End" in help_text and "Page Down" in help_text
    every = page.evaluate(FREE_IDS, "")
    seat(page, "C1").focus()
    page.keyboard.press("End")
    assert focused_id(page) == page.evaluate(FREE_IDS, "C")[-1] != "seat-C1"
    page.keyboard.press("Control+End")
    assert focused_id(page) == every[-1] and not focused_id(page).startswith("seat-C")
    page.keyboard.press("Control+Home")
    assert focused_id(page) == every[0] == "seat-A1"
    # PageDown lands where ArrowDown does (the next row's seat nearest the column).
    seat(page, "C5").focus()
    page.keyboard.press("ArrowDown")
    below = focused_id(page)
    seat(page, "C5").focus()
    url = page.url
    page.keyboard.press("PageDown")
    assert focused_id(page) == below and not below.startswith("seat-C")
    seat(page, "C5").focus()
    page.keyboard.press("PageUp")
    expect(seat(page, "B5")).to_be_focused()
    assert page.url == url and page.locator("#seat-map input[name=seat][tabindex='0']").count() == 1
