"""The storefront (issue 15, B1): home poster grid, film pages and the showtime finder
with its date strip, theatre and film filters and seats left, at 390 px and 1280 px."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from marquee.booking import services
from marquee.booking.models import Movie, Screen, Theatre
from tests.booking.conftest import LAYOUT, hold, make_showtime
from tests.conftest import sign_up

from .pagecheck import WIDTHS, check_page, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = datetime.timedelta(days=1)


def at_kst(days: int, hour: int) -> datetime.timedelta:
    """How far from now a showtime ``days`` ahead at ``hour``:00 KST is."""
    now = timezone.localtime()
    moment = (now + datetime.timedelta(days=days)).replace(hour=hour, minute=0, second=0,
                                                           microsecond=0)
    return moment - now


@pytest.fixture
def catalogue():
    night = make_showtime(title="서울의 밤", starts_in=at_kst(1, 19))
    make_showtime(title="서울의 밤 2", starts_in=at_kst(1, 20), rating=Movie.Rating.AGE_15)
    busan = Theatre.objects.create(code="BUSAN1", name="마키 해운대", region="부산")
    screen = Screen(theatre=busan, name="1관")
    services.save_screen_layout(screen, LAYOUT)
    far = make_showtime(title="바다의 노래", starts_in=at_kst(2, 14), screen=screen,
                        rating=Movie.Rating.ALL)
    Movie.objects.filter(pk=far.movie_id).update(
        synopsis="해운대에서 벌어지는 여름 이야기.", credits="감독 김바다\n배우 이파도, 최모래")
    Movie.objects.create(title="다음 달의 영화", rating=Movie.Rating.AGE_12, running_minutes=100,
                         opens_on=timezone.localdate() + 30 * DAY)
    hold(sign_up(), night, "C5")
    return {"night": night, "far": far, "busan": busan}


@pytest.mark.parametrize("width", WIDTHS)
def test_b1_home_film_page_and_finder_fit_phone_and_desktop(page: Page, catalogue, width):
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    page.goto("/")
    grid = page.locator("#now-showing + .poster-grid")
    expect(grid.locator(".poster-card")).to_have_count(3)
    expect(page.locator("#coming-soon + .poster-grid")).to_contain_text("다음 달의 영화")
    page.wait_for_function("() => Array.from(document.images).every(i => i.complete"
                           " && i.naturalWidth > 0)")
    screenshot(page, "home", width)
    check_page(page)

    grid.get_by_role("link", name=re.compile("바다의 노래")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("바다의 노래")
    expect(page.locator(".facts")).to_contain_text("전체 관람가")
    expect(page.locator(".credits")).to_contain_text("이파도")
    expect(page.locator(f'a.slot[data-showtime="{catalogue["far"].pk}"]')).to_contain_text(
        "마키 해운대")
    screenshot(page, "film", width)
    check_page(page)

    page.goto("/booking/")
    expect(page.locator(".day-chip")).to_have_count(14)
    screenshot(page, "showtimes", width)
    check_page(page)


def test_b1_member_finds_a_showtime_by_date_theatre_and_film_and_shares_the_url(
        page: Page, catalogue):
    night, far = catalogue["night"], catalogue["far"]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/booking/")  # opens on the first day with a showtime: tomorrow
    tomorrow = (timezone.localdate() + DAY).isoformat()
    in_two = (timezone.localdate() + 2 * DAY).isoformat()
    expect(page.locator(f'.day-chip:has(input[value="{tomorrow}"])')).to_have_class(
        re.compile("selected"))
    page.locator(f'.day-chip:has(input[value="{in_two}"])').click()
    expect(page).to_have_url(re.compile(rf"date={in_two}"))
    expect(page.locator(f'a.slot[data-showtime="{far.pk}"]')).to_be_visible()
    expect(page.locator(f'a.slot[data-showtime="{night.pk}"]')).to_have_count(0)

    page.locator(f'.day-chip:has(input[value="{tomorrow}"])').click()
    expect(page).to_have_url(re.compile(rf"date={tomorrow}"))
    slot = page.locator(f'a.slot[data-showtime="{night.pk}"]')
    expect(slot).to_contain_text("19:00")
    expect(slot).to_contain_text("57/58석")  # one seat held of 58 sellable (two blocked)
    expect(page.locator(f'a.slot[data-showtime="{far.pk}"]')).to_have_count(0)

    page.get_by_label("영화").select_option(label="서울의 밤")
    expect(page.locator("a.slot")).to_have_count(1)
    expect(page).to_have_url(re.compile(rf"movie={night.movie_id}"))

    # The URL is the search: opened elsewhere it shows the same results.
    page.goto(f"/booking/?date={in_two}&theatre={catalogue['busan'].pk}")
    expect(page.get_by_label("극장")).to_have_value(str(catalogue["busan"].pk))
    expect(page.locator("a.slot")).to_have_count(1)
    page.locator(f'a.slot[data-showtime="{far.pk}"]').click()
    expect(page).to_have_url(re.compile(rf"/booking/showtimes/{far.pk}/$"))
