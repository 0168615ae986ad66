"""axe-core on the error states a guest, a member and each staff role meet, at 390 px and
1280 px (issue 19, KWCAG 2.2 / WCAG 2.1 AA): no critical or serious finding, and the
error summary shown, focused and named in the title. Every page in its normal state is
axe-checked by the page check (``test_page_check_browser.py``: every route for every
role, both widths), so it is not visited again here. The helper (``accessibility.py``)
says how axe is injected. Like the page check, this is ``sqlite_only``: axe reads
nothing the database engine changes."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.test import Client

from marquee.backoffice.roles import ROLES
from marquee.community.defaults import ensure_default_boards
from tests.booking.conftest import make_showtime
from tests.conftest import create_staff, otp_session, sign_up

from .accessibility import WIDTHS, Auditor
from .test_booking_flow import log_in

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only, pytest.mark.django_db(transaction=True)]

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
    """A showtime and the default boards: what the error states are reached through."""
    ensure_default_boards()
    return {"showtime": make_showtime(starts_in=datetime.timedelta(days=1))}


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


def test_i19_axe_guest_error_states(auditor, world):
    audit = auditor()
    # A wrong password.
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


def test_i19_axe_member_error_states(auditor, world):
    sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = world["showtime"]
    audit = auditor()
    log_in(audit.page, "gildong90")
    # An empty post, a seat map submitted with seats and people that differ.
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


def test_i19_axe_back_office_add_form_errors_for_each_staff_role(auditor, world):
    """The admin's error state: for each role that may add records, its first add form
    sent empty."""
    sent = []
    for role in ROLES:
        client = otp_session(Client(), create_staff(role.key))
        audit = auditor(session=client.cookies[settings.SESSION_COOKIE_NAME].value)
        audit.page.goto("/admin/")
        adds = audit.page.locator("#content-main a[href$='/add/']").evaluate_all(
            "(links) => links.map((a) => a.getAttribute('href'))")
        if adds:
            audit.page.goto(adds[0])
            audit.page.locator("input[name=_save]").click()
            audit.page.wait_for_load_state("load")
            assert audit.page.locator(".errornote").count(), f"{role.key}: {adds[0]} showed no error"
            audit.check(f"{role.key}: {adds[0]} sent empty")
            audit.assert_clean()
            sent.append(role.key)
    assert sent, "no staff role may add anything: the admin's error state went unchecked"


# Blank the chosen form as formwalk.sent_empty does (nothing typed, ticked or chosen),
# fill what ``fills`` names (a value the server refuses, for the forms that accept an
# empty answer), switch off the browser's own checks (the server's answer is what is
# audited) and press its first submit button. The form: the index-th match of the selector.
SEND_EMPTY = """([selector, index, fills]) => {
  const form = document.querySelectorAll(selector)[index];
  form.noValidate = true;
  form.querySelectorAll('input, textarea, select').forEach((e) => {
    if (e.type === 'hidden' || e.type === 'submit' || e.type === 'button') { return; }
    if (e.type === 'checkbox' || e.type === 'radio') { e.checked = false; }
    else if (e.tagName === 'SELECT') { e.selectedIndex = -1; }
    else { e.value = ''; }
  });
  Object.entries(fills).forEach(([name, value]) => {
    form.querySelectorAll('[name="' + name + '"]').forEach((e) => { e.value = value; });
  });
  form.requestSubmit(form.querySelector('button:not([type=button]), input[type=submit]'));
}"""

# Each link of the summary leads to a control that is there and can take focus.
SUMMARY_LINKS = """() => Array.from(document.querySelectorAll('[data-error-summary] a[href^="#"]'))
  .filter((a) => { const t = document.getElementById(a.getAttribute('href').slice(1));
                   return !t || t.disabled || t.type === 'hidden'; })
  .map((a) => a.getAttribute('href') + ' ' + a.textContent.trim())"""


# ARIA and label references to IDs the page lacks (Django names ``<id>_helptext`` and
# ``<id>_error`` in every field's aria-describedby: the template must carry those IDs).
DANGLING = """() => Array.from(document.querySelectorAll(
    '[aria-describedby], [aria-labelledby], [aria-controls], [aria-errormessage], label[for]'))
  .flatMap((e) => ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'for']
    .flatMap((a) => (e.getAttribute(a) || '').split(/\\s+/).filter((id) => id && !document.getElementById(id))
      .map((id) => e.tagName.toLowerCase() + '[' + a + '=' + id + ']')))"""


def test_i19_axe_every_form_sent_empty_by_each_role(browser, site):
    """Every form found on every page of every role (``formwalk.py``), sent empty at
    both widths: the error summary shown, focused and in the title, each of its links
    landing on a control, no reference to a missing ID, and no critical or serious axe
    finding."""
    from tests.page_routes import build_world

    from .formwalk import error_states

    states = error_states(build_world())
    assert len(states) >= 10, [s.action for s, _ in states]
    audits, problems = [], []
    for width in WIDTHS.values():
        for state, client in states:
            context = browser.new_context(base_url=site.url, locale="ko-KR",
                                          timezone_id="Asia/Seoul", viewport=width)
            context.set_default_timeout(15_000)
            session = client.cookies.get(settings.SESSION_COOKIE_NAME)
            if session:
                context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                                      "value": session.value, "url": site.url}])
            audit = Auditor(context)
            audit.page.goto(state.path)
            with audit.page.expect_navigation():
                audit.page.evaluate(SEND_EMPTY, ["main form[method=post]", state.index, {}])
            label = f"{state.who} {width['width']}px {state.action} sent empty"
            summary = audit.page.evaluate(SUMMARY_FOCUSED)
            if not (summary["shown"] and summary["focused"] and summary["title"].startswith("오류: ")):
                problems.append(f"{label}: error summary {summary}")
            problems += [f"{label}: summary link to no control: {link}"
                         for link in audit.page.evaluate(SUMMARY_LINKS)]
            problems += [f"{label}: {ref} names no element" for ref in audit.page.evaluate(DANGLING)]
            audit.check(label)
            problems += audit.findings
            audits.append(label)
            context.close()
    assert not problems, f"{len(problems)} problems in {len(audits)} error states:\n" + "\n".join(problems)
