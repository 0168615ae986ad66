"""The seat map scaled to the screen (issue 15): where a 16-seat row can fit (a small
tablet) the seats shrink until it does, with SCREEN in view; where it cannot without
seats closer than 24 px apart (WCAG 2.5.8; a 390 px phone) the panel scrolls sideways
with a hint, SCREEN stays in view while scrolled, and "좌석 크게 보기" gives the full
size. The page itself never overflows. Screenshots: var/screenshots/seat-map-*.png."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from marquee.booking import services
from marquee.booking.models import Screen, Theatre
from tests.booking.conftest import make_showtime

from .pagecheck import SCREENSHOTS, overflow, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIXTEEN = "\n".join(f"{row}: nnnn..nnnnnnnn..nnnn" for row in "ABCDEFGH")

INSIDE_JS = """([selector]) => {
  const panel = document.querySelector('.theatre-panel').getBoundingClientRect();
  return Array.from(document.querySelectorAll(selector)).every(e => {
    const r = e.getBoundingClientRect();
    return r.left >= panel.left - 0.5 && r.right <= panel.right + 0.5;
  });
}"""


def showtime_with(layout: str):
    theatre, _ = Theatre.objects.get_or_create(
        code="FIT1", defaults={"name": "마키 강남", "region": "서울", "address": "서울특별시 강남구"})
    screen = services.save_screen_layout(Screen(theatre=theatre, name=f"{Screen.objects.count() + 1}관"),
                                         layout)
    return make_showtime(screen=screen)


def seat_width(page: Page) -> float:
    return page.evaluate("() => document.querySelector('#seat-map .cell:not(.wide)')"
                         ".getBoundingClientRect().width")


def test_i15_a_sixteen_seat_row_shrinks_to_fit_a_small_tablet(page: Page):
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto(f"/booking/showtimes/{showtime_with(SIXTEEN).pk}/")
    expect(page.locator("#seat-map")).to_be_visible()
    assert page.evaluate(INSIDE_JS, ["#seat-map .cell, #seat-map .screen"])
    assert 20 <= seat_width(page) < 30  # shrunk from 1.9rem, not below 20 px
    expect(page.locator("#seat-scroll-hint")).to_be_hidden()
    assert overflow(page) <= 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "seat-map-fit-700.png"), full_page=True)


def test_i15_on_a_phone_the_map_scrolls_with_a_hint_and_screen_stays_in_view(page: Page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/booking/showtimes/{showtime_with(SIXTEEN).pk}/")
    expect(page.locator("#seat-scroll-hint")).to_be_visible()
    assert seat_width(page) >= 20 and overflow(page) <= 0
    panel = page.locator(".theatre-panel")
    panel.evaluate("p => { p.scrollLeft = p.scrollWidth; }")
    assert page.evaluate(INSIDE_JS, ["#seat-map .screen"])  # sticky: still in view
    screenshot(page, "seat-map-scrolled", "phone")
    fitted = seat_width(page)
    zoom = page.get_by_role("button", name="좌석 크게 보기")
    zoom.click()
    expect(zoom).to_have_attribute("aria-pressed", "true")
    assert seat_width(page) > fitted
    # The 5-second refresh replaces the map; the size holds.
    page.wait_for_timeout(6_000)
    assert seat_width(page) > fitted and overflow(page) <= 0


@pytest.mark.parametrize(("width", "scrolls"), [(700, False), (390, True)])
def test_i19_the_map_fits_at_first_layout_without_any_script(browser, site, width, scrolls):
    """The fitting is CSS (marquee.booking.seatfit): with JavaScript off the seats shrink
    and the hint shows just the same, so no script lays the map out a second time."""
    context = browser.new_context(base_url=site.url, java_script_enabled=False,
                                  viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"/booking/showtimes/{showtime_with(SIXTEEN).pk}/")
        assert 20 <= seat_width(page) < 30
        assert overflow(page) <= 0
        hint = page.locator("#seat-scroll-hint")
        expect(hint).to_be_visible() if scrolls else expect(hint).to_be_hidden()
        if not scrolls:
            assert page.evaluate(INSIDE_JS, ["#seat-map .cell, #seat-map .screen"])
    finally:
        context.close()
