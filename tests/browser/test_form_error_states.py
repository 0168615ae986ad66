"""The error states the form walk (``formwalk.py``) cannot reach, at 390 px and 1280 px
(issue 19): forms behind a hold, a one-time link, a refused request, an answered inquiry,
a post, a withdrawn consent, or a staff role's intake and answer pages.
Each is opened with the state that shows it, sent empty or wrong, and must come back
with the error summary shown, focused and named in the title ("오류:"), every summary
link landing on a control, no reference to a missing ID, and no critical or serious axe
finding. One context per role and width; ``sqlite_only`` like the other whole-site
audits (axe reads nothing the database engine changes)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from marquee.booking.models import Theatre
from marquee.community import services as community
from marquee.community.defaults import ensure_default_boards
from marquee.community.models import Board
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.models import RightsRequest
from marquee.members.services import change_consents
from marquee.support import services as support
from tests.booking.conftest import hold, make_showtime
from tests.conftest import create_staff, otp_session, sign_up
from tests.support.conftest import ask

from .accessibility import WIDTHS, Auditor
from .test_accessibility import DANGLING, SEND_EMPTY, SUMMARY_FOCUSED, SUMMARY_LINKS

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only, pytest.mark.django_db(transaction=True)]



class ErrorStates:
    """Audits error states in one browser context (one role at one width)."""

    def __init__(self, browser, site, width: dict, session: str = ""):
        self.context = browser.new_context(base_url=site.url, locale="ko-KR",
                                           timezone_id="Asia/Seoul", viewport=width)
        self.context.set_default_timeout(15_000)
        if session:
            self.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session,
                                       "url": site.url}])
        self.audit = Auditor(self.context)
        self.width = width["width"]
        self.problems: list[str] = []

    def send(self, path: str, selector: str, fills: dict | None = None) -> None:
        page = self.audit.page
        page.goto(path)
        with page.expect_navigation():
            page.evaluate(SEND_EMPTY, [selector, 0, fills or {}])
        label = f"{self.width}px {path} ({selector})"
        summary = page.evaluate(SUMMARY_FOCUSED)
        if not (summary["shown"] and summary["focused"] and summary["items"]
                and summary["title"].startswith("오류: ")):
            self.problems.append(f"{label}: error summary {summary}")
        self.problems += [f"{label}: summary link to no control: {link}"
                          for link in page.evaluate(SUMMARY_LINKS)]
        self.problems += [f"{label}: {ref} names no element" for ref in page.evaluate(DANGLING)]
        self.audit.check(label)

    def close(self) -> list[str]:
        self.context.close()
        return self.problems + self.audit.findings


def session_of(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def width(request):
    return WIDTHS[request.param]


def test_i19_member_forms_the_walk_cannot_reach(browser, site, width):
    """Checkout with a hold, favourites without the optional item's consent, a comment, a follow-up
    to an answered inquiry, an appeal against a refused rights request."""
    ensure_default_boards()
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime(starts_in=datetime.timedelta(days=1))
    held = hold(member, showtime, "C5")
    post = community.create_post(member, Board.objects.get(slug="talk"), title="조조 후기",
                                 body="조용해서 좋았습니다.")
    inquiry = ask(member)
    support.answer(inquiry, "취소해 드렸습니다.", by=create_staff("cs_agent"))
    refused = rights.submit(member, "deletion", items=["email"])
    rights.decide(refused, RightsRequest.Status.REFUSED, reason="연락 수단이 필요합니다.")
    client = Client()
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    theatre = str(Theatre.objects.first().pk)
    states = ErrorStates(browser, site, width, session_of(client))
    states.send(f"/booking/bookings/{held.number}/checkout/", "main form:has([name=method])")
    # Favourites are an optional item: without its consent, saving one is refused.
    change_consents(member, {"optional_profile": False})
    states.send("/booking/favourites/", "main form[method=post]", {"rank_1": theatre})
    states.send(f"/community/posts/{post.pk}/", f"form[action$='/posts/{post.pk}/comments/']")
    states.send(f"/support/inquiries/{inquiry.number}/", "main form[method=post]")
    states.send(f"/privacy/rights/{refused.pk}/appeal/", "main form[method=post]")
    problems = states.close()
    assert not problems, "\n".join(problems)


def test_i19_guest_forms_the_walk_cannot_reach(browser, site, width):
    """A password-reset link with two different new passwords; the signup details
    (consents and identity done) sent empty."""
    from tests.members.test_views_signup import start_signup

    member = sign_up(login_id="gildong90", email="gildong@example.com")
    link = (f"/members/password-reset/{urlsafe_base64_encode(force_bytes(member.pk))}/"
            f"{default_token_generator.make_token(member)}/")
    states = ErrorStates(browser, site, width)
    states.send(link, "main form[method=post]")
    problems = states.close()
    signup = Client()
    start_signup(signup, name="김영희", mobile="010-2345-6789", birthdate="1992-03-04")
    states = ErrorStates(browser, site, width, session_of(signup))
    states.send("/members/signup/details/", "main form[method=post]")
    problems += states.close()
    assert not problems, "\n".join(problems)


def test_i19_staff_intake_answer_and_incident_forms(browser, site, width):
    """The staff forms with no link the page walk follows to an error: a CS agent's
    inquiry intake and answer, the privacy handler's rights intake for a member, the
    CPO's incident response step."""
    from tests.support.test_incidents import _incident

    member = sign_up(login_id="gildong90", email="gildong@example.com")
    inquiry = ask(member)
    incident = _incident()
    forms = {"cs_agent": ["/admin/support/inquiry/intake/",
                          f"/admin/support/inquiry/{inquiry.pk}/handle/"],
             "privacy_handler": [f"/admin/rights/rightsrequest/intake/{member.pk}/"],
             "cpo": [f"/admin/support/incident/{incident.pk}/respond/"]}
    problems = []
    for role, paths in forms.items():
        client = otp_session(Client(), create_staff(role))
        states = ErrorStates(browser, site, width, session_of(client))
        for path in paths:
            states.send(path, "#content-main form[method=post]")
        problems += states.close()
    assert not problems, "\n".join(problems)


def test_i19_guardian_consent_sent_without_the_required_consent(browser, site, width):
    """The guardian, verified, approves the child's signup without ticking the terms."""
    from marquee.members.models import Member
    from tests.conftest import guardian_token
    from tests.members.test_views_signup import (
        DETAILS,
        child_identity,
        details_post,
        start_signup,
        verify,
    )

    child = Client()
    start_signup(child, **child_identity())
    child.post(DETAILS, details_post(login_id="gildongkid", guardian_name="홍길동",
                                     guardian_mobile="01012345678"))
    token = guardian_token(Member.objects.get())
    guardian = Client()
    guardian.get(f"/members/guardian/{token}/")
    verify(guardian, "guardian", name="홍길동", birthdate="1982-03-02", mobile="010-1234-5678")
    states = ErrorStates(browser, site, width, session_of(guardian))
    states.send(f"/members/guardian/{token}/consent/", "main form[method=post]")
    problems = states.close()
    assert not problems, "\n".join(problems)


# Django's own add and change forms: their error note, "오류:" in the title (Django's
# change_form), focus on the note (base.js), no dangling ID, axe.
ADMIN_ERROR = """() => ({note: !!document.querySelector('form[id$="_form"] .errornote'),
  focused: !!document.activeElement && document.activeElement.matches('.errornote'),
  title: document.title})"""


def test_i19_every_staff_add_and_change_form_sent_empty(browser, site, width):
    """Each back-office add form and each changelist's first change form a staff role
    can open (``page_routes.admin_pages`` plus the index's add links), sent empty once
    (the first role that reaches it): an error note, focused, and "오류:" in the title;
    a form that saves empty (every field optional) is skipped."""
    from tests.page_routes import admin_pages, build_world, clients

    world = build_world()
    seen, problems, sent = set(), [], 0
    for who, client in list(clients(world))[2:]:
        index = client.get("/admin/").content.decode()
        adds = re.findall(r'href="(/admin/[\w-]+/[\w-]+/add/)"', index)
        forms = [p for p in dict.fromkeys(adds + admin_pages(client))
                 if p.endswith(("/add/", "/change/")) and p not in seen]
        seen.update(forms)
        states = ErrorStates(browser, site, width, session_of(client))
        page = states.audit.page
        for path in forms:
            page.goto(path)
            form = page.locator('#content-main form[id$="_form"]')
            if not form.count() or not form.locator("input[name=_save]").count():
                continue  # a view-only change page
            with page.expect_navigation():
                page.evaluate(SEND_EMPTY, ['#content-main form[id$="_form"]', 0, {}])
            state = page.evaluate(ADMIN_ERROR)
            if not state["note"]:
                continue  # saved empty: no error state
            sent += 1
            label = f"{who} {width['width']}px {path} sent empty"
            if not (state["focused"] and state["title"].startswith("오류:")):
                states.problems.append(f"{label}: error note {state}")
            states.problems += [f"{label}: {ref} names no element" for ref in page.evaluate(DANGLING)]
            states.audit.check(label)
        problems += states.close()
    assert sent >= 5, sent
    assert not problems, f"{len(problems)} problems in {sent} forms:\n" + "\n".join(problems)
