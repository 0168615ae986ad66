"""axe-core on every page a guest, a member and each staff role reach, at 390 px and
1280 px, in normal and error states (issue 19, KWCAG 2.2 / WCAG 2.1 AA): no critical or
serious finding anywhere. The helper (``accessibility.py``) says how axe is injected."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client

from marquee.backoffice.roles import ROLES
from marquee.booking import services
from marquee.community.defaults import ensure_default_boards
from marquee.notices.models import Notice
from tests.booking.conftest import hold, make_showtime
from tests.conftest import create_staff, otp_session, sign_up
from tests.events.conftest import make_event

from .accessibility import WIDTHS, Auditor
from .test_booking_flow import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GUEST_PAGES = ["/", "/booking/", "/community/", "/community/b/talk/", "/privacy/",
               "/privacy/print/", "/notices/", "/members/login/", "/members/signup/",
               "/members/password-reset/", "/members/terms/", "/events/", "/no-such-page/"]
MEMBER_PAGES = ["/members/mypage/", "/members/mypage/edit/", "/members/mypage/consents/",
                "/members/mypage/withdraw/", "/booking/bookings/", "/booking/favourites/",
                "/community/b/talk/write/", "/community/b/reviews/write/",
                "/privacy/rights/new/"]


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def auditor(request, browser, site):
    """An Auditor in a fresh context at one of the two widths (its own cookie jar)."""
    def make(session: str = ""):
        context = browser.new_context(base_url=site.url, locale="ko-KR", timezone_id="Asia/Seoul",
                                      viewport=WIDTHS[request.param])
        context.set_default_timeout(15_000)
        contexts.append(context)
        if session:
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session,
                                  "url": site.url}])
        return Auditor(context)

    contexts = []
    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def world(db):
    """A showtime, a notice, the default boards: enough that every page has content."""
    ensure_default_boards()
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    notice = Notice.objects.create(title="설 연휴 운영 안내", body="1층 매표소는 10시에 엽니다.\n주차는 3시간 무료입니다.")
    event = make_event(sponsor_url="https://studio.example/")
    return {"showtime": showtime, "notice": notice, "event": event}


SUMMARY_FOCUSED = """() => {
  const summary = document.querySelector('[data-error-summary]');
  return {shown: !!summary && summary.offsetParent !== null,
          focused: !!summary && summary.contains(document.activeElement),
          items: summary ? summary.querySelectorAll('li').length : 0,
          title: document.title};
}"""


def send_empty(audit, path: str, button: str, label: str) -> None:
    """Open ``path``, send its form as it is (nothing typed or ticked), and audit the
    page it comes back with: the error summary shown with its items and focused,
    "오류:" in the title (issue 19, error handling a screen reader follows)."""
    audit.visit(path)
    audit.page.locator("main").get_by_role("button", name=button).click()
    audit.page.wait_for_load_state("load")
    state = audit.page.evaluate(SUMMARY_FOCUSED)
    assert state["shown"] and state["focused"] and state["items"] > 0, (label, state)
    assert state["title"].startswith("오류: "), (label, state)
    audit.check(label)


def test_i19_axe_guest_pages_and_error_states(auditor, world):
    audit = auditor()
    for path in [*GUEST_PAGES, f"/booking/showtimes/{world['showtime'].pk}/",
                 f"/notices/{world['notice'].pk}/", f"/events/{world['event'].pk}/",
                 f"/events/{world['event'].pk}/draw/", f"/events/{world['event'].pk}/partner/"]:
        audit.visit(path)
    # Error state: a wrong password.
    audit.visit("/members/login/")
    audit.page.locator("#id_login_id").fill("nobody")
    audit.page.locator("#id_password").fill("wrong-password")
    audit.page.locator("main").get_by_role("button", name="로그인").click()
    audit.page.wait_for_load_state("load")
    audit.check("login error")
    # Signup with no consent ticked; a guest's inquiry with nothing filled in.
    send_empty(audit, "/members/signup/", "다음: 본인확인", "signup consents sent empty")
    send_empty(audit, "/support/guest/", "인증번호 받기", "guest inquiry sent empty")
    audit.assert_clean()


def test_i19_axe_member_pages_and_error_states(auditor, world):
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = world["showtime"]
    with transaction.atomic():
        sold = hold(member, showtime, "B3")
        services.confirm(sold)
    held = hold(member, showtime, "C5", "C6")
    audit = auditor()
    log_in(audit.page, "gildong90")
    for path in [*MEMBER_PAGES, f"/booking/bookings/{held.number}/checkout/",
                 f"/booking/bookings/{sold.number}/ticket/"]:
        audit.visit(path)
    # Error states: an empty post, a seat map submitted with seats and people that differ.
    audit.visit("/community/b/talk/write/")
    audit.page.locator("main form button[type=submit]").last.click()
    audit.page.wait_for_load_state("load")
    audit.check("community write error")
    audit.visit(f"/booking/showtimes/{showtime.pk}/")
    audit.page.locator("#seat-C7").focus()
    audit.page.keyboard.press("Space")
    audit.page.get_by_role("button", name="좌석 선택 완료").click()
    audit.page.wait_for_load_state("load")
    audit.check("seat map error")
    send_empty(audit, "/support/ask/", "문의 접수", "member inquiry sent empty")
    audit.assert_clean()


@pytest.mark.parametrize("role", [r.key for r in ROLES])
def test_i19_axe_back_office_for_each_staff_role(auditor, world, role):
    """Each role's admin index, every change list its menu offers, change forms and an
    add form's error state."""
    client = otp_session(Client(), create_staff(role))
    audit = auditor(session=client.cookies[settings.SESSION_COOKIE_NAME].value)
    audit.visit("/admin/")
    links = audit.page.locator("#content-main a[href$='/']").evaluate_all(
        "(links) => [...new Set(links.map((a) => a.getAttribute('href')))]")
    lists = [h for h in links if h.startswith("/admin/") and not h.endswith("/add/")][:12]
    adds = [h for h in links if h.startswith("/admin/") and h.endswith("/add/")]
    forms = []
    for href in lists:
        audit.visit(href)
        first = audit.page.locator("#result_list tbody tr a[href*='/change/']").first
        if first.count():
            forms.append(first.get_attribute("href"))
    # Change forms (the first record of each list) and, where the role may add, an add
    # form sent empty: the admin's error state (issue 19).
    for href in forms[:6]:
        audit.visit(href)
    if adds:
        audit.visit(adds[0])
        audit.page.locator("input[name=_save]").click()
        audit.page.wait_for_load_state("load")
        audit.check(f"{adds[0]} sent empty")
    audit.assert_clean()
