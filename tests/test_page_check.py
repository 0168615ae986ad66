"""A page check over every page for every role (issue 15): the URL resolver is walked
(admin excepted: ``tests/backoffice/test_admin_korean.py`` walks it), each route's
parameters filled from one small world (a film, a showtime, the member's booking, a
post and a comment, a notice, the published policy), and every page is fetched as a
guest, a member and each staff role. It fails on a 5xx and on an English word in the
page's own labels (title, headings, labels, buttons, table headers; allowed terms in
``tests/backoffice/korean_labels.py``; the development-only /dev/ pages are not
read). Routes whose parameters are one-time tokens
are listed in ``SKIPPED`` so that a new route cannot go unchecked silently. Overflow at
390 px and axe findings are the browser suites' (``tests/browser``)."""

from __future__ import annotations

import re

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver

from marquee.backoffice.roles import ROLES
from marquee.booking import services as booking
from marquee.community import services as community
from marquee.community.defaults import ensure_default_boards
from marquee.community.models import Board
from marquee.notices.models import Notice
from tests.backoffice.korean_labels import english_words
from tests.booking.conftest import hold, make_showtime
from tests.conftest import create_staff, otp_session, sign_up
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

# Routes whose parameters only a message or a gateway gives (one-time tokens, signed
# IDs): reaching them is the flows' tests' job.
SKIPPED = {
    "members/guardian/<str:token>/", "members/guardian/<str:token>/consent/",
    "members/password-reset/<str:uidb64>/<str:token>/", "privacy/rights/guardian/<str:token>/",
    "payments/webhooks/<str:gateway>/", "payments/sandbox/<str:payment_id>/",
    "support/received/<str:number>/", "privacy/rights/<int:pk>/appeal/",
    "marketing/unsubscribe/<str:token>/",
}
PARAM = re.compile(r"<(?:\w+:)?(\w+)>")


def routes(patterns=None, prefix=""):
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            yield from routes(p.url_patterns, prefix + str(p.pattern))
        else:
            yield prefix + str(p.pattern)


@pytest.fixture
def world(db):
    ensure_default_boards()
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime()
    with transaction.atomic():
        sold = hold(member, showtime, "B3")
        booking.confirm(sold)
    post = community.create_post(member, Board.objects.get(slug="talk"), title="주말 조조 후기",
                                 body="조용해서 좋았습니다.")
    comment = community.add_comment(post, member, "저도 가 봐야겠어요.")
    notice = Notice.objects.create(title="설 연휴 운영 안내", body="1층 매표소는 10시에 엽니다.")
    event = make_event(sponsor_url="https://sponsor.example/")
    return {"member": member, "showtime": showtime, "booking": sold, "post": post,
            "comment": comment, "notice": notice, "event": event}


def fill(route: str, world) -> str | None:
    """The route with its parameters filled, or None when it is skipped."""
    if route in SKIPPED or route.startswith("admin/"):
        return None
    values = {"movie_id": world["showtime"].movie_id, "showtime_id": world["showtime"].pk,
              "number": world["booking"].number, "slug": "talk",
              "gate": "no-such-gate"}  # a gate that is not open: the queue page says so
    if "comments/<int:pk>" in route:
        values["pk"] = world["comment"].pk
    elif route.startswith("notices/"):
        values["pk"] = world["notice"].pk
    elif route.startswith("events/"):
        values["pk"] = world["event"].pk
    else:
        values["pk"] = world["post"].pk
    if route.startswith("privacy/versions/"):
        values["number"] = 1
    path = PARAM.sub(lambda m: str(values[m.group(1)]), route)
    return "/" + path.replace("^", "").replace("$", "")


def clients(world):
    yield "guest", Client()
    member = Client()
    member.force_login(world["member"], backend="marquee.members.auth.MemberBackend")
    yield "member", member
    for role in ROLES:
        yield role.key, otp_session(Client(), create_staff(role.key))


def test_i15_every_page_for_every_role_answers_without_5xx_in_korean(world, settings):
    from django.core.management import call_command

    call_command("policy", "sync", verbosity=0)
    paths = [p for p in (fill(r, world) for r in routes()) if p]
    assert len(paths) > 50
    problems = []
    for who, client in clients(world):
        for path in paths:
            response = client.get(path)
            if response.status_code >= 500:
                problems.append(f"{who} {path}: {response.status_code}")
                continue
            # /dev/ pages exist only with DEBUG (never in production) and name settings.
            if "text/html" not in response.get("Content-Type", "") or path.startswith("/dev/"):
                continue
            words = english_words(response.content.decode())
            if words:
                problems.append(f"{who} {path}: English {sorted(words)}")
    assert not problems, "\n".join(problems)
