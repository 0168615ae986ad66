"""The pages every role can reach (issue 15), shared by the two page checks: the client
one (``tests/test_page_check.py``: status and label language of every route) and the
browser one (``tests/browser/test_page_check_browser.py``: layout, text, console and axe).

The URL resolver is walked (admin excepted), each route's parameters filled from one
small world (a film, a showtime, the member's booking, a post and a comment, a notice,
the published policy). Routes whose parameters are one-time tokens are listed in
``SKIPPED`` so that a new route cannot go unchecked silently."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver

from marquee.backoffice.roles import ROLES
from marquee.booking import services as booking
from marquee.community import services as community
from marquee.community.defaults import ensure_default_boards
from marquee.community.models import Board
from marquee.marketing import optout
from marquee.notices.models import Notice
from tests.booking.conftest import hold, make_showtime
from tests.conftest import create_staff, otp_session, sign_up
from tests.events.conftest import make_event

# Routes whose parameters only a message or a gateway gives (one-time tokens, signed
# IDs): reaching them is the flows' tests' job.
SKIPPED = {
    "members/guardian/<str:token>/", "members/guardian/<str:token>/consent/",
    "members/password-reset/<str:uidb64>/<str:token>/", "privacy/rights/guardian/<str:token>/",
    "payments/webhooks/<str:gateway>/", "payments/sandbox/<str:payment_id>/",
    "support/received/<str:number>/", "privacy/rights/<int:pk>/appeal/",
    # A gate exists only in Redis while a showtime is gated; the seat map's redirect
    # names it (tests/waitingroom covers the queue pages).
    "queue/<str:gate>/", "queue/<str:gate>/status",
}
PARAM = re.compile(r"<(?:\w+:)?(\w+)>")
MEMBER_BACKEND = "marquee.members.auth.MemberBackend"


def routes(patterns=None, prefix="") -> Iterator[str]:
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            yield from routes(p.url_patterns, prefix + str(p.pattern))
        else:
            yield prefix + str(p.pattern)


def build_world() -> dict:
    """One member with a confirmed booking, a post with a comment, a notice, an open
    event with a partner (sponsor) link."""
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
              "number": world["booking"].number, "slug": "talk"}
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
    if route.startswith("marketing/unsubscribe/"):  # the link of a marketing message
        values["token"] = optout.token(world["member"].pk, "email")
    path = PARAM.sub(lambda m: str(values[m.group(1)]), route)
    return "/" + path.replace("^", "").replace("$", "")


def paths(world) -> list[str]:
    """Every non-admin page, parameters filled (skipped routes left out)."""
    return [p for p in (fill(r, world) for r in routes()) if p]


def clients(world) -> Iterator[tuple[str, Client]]:
    """A test client per role: a guest, the world's member, one staff member per role
    (second factor passed)."""
    yield "guest", Client()
    member = Client()
    member.force_login(world["member"], backend=MEMBER_BACKEND)
    yield "member", member
    for role in ROLES:
        yield role.key, otp_session(Client(), create_staff(role.key))


ADMIN_LINK = re.compile(r'href="(/admin/[\w-]+/[\w-]+/)"')
CHANGE_LINK = re.compile(r'href="(/admin/[\w-]+/[\w-]+/[^/"]+/change/)[^"]*"')


def admin_pages(client: Client) -> list[str]:
    """The back-office pages a staff client can open: the index, each changelist the
    index links to, and the change form of each changelist's first row."""
    index = client.get("/admin/")
    if index.status_code != 200:
        return []
    found = ["/admin/"]
    for changelist in dict.fromkeys(ADMIN_LINK.findall(index.content.decode())):
        response = client.get(changelist)
        if response.status_code != 200:
            continue
        found.append(changelist)
        first = CHANGE_LINK.search(response.content.decode())
        if first:
            found.append(first.group(1))
    return found
