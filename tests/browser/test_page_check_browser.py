"""The page check in Chromium (issues 15 and 19): every page a guest, a member and each
staff role can reach (the routes of ``tests/page_routes.py``, plus the back office's
index, changelists and first change forms for staff), at 390 px and 1280 px. A page
fails on: horizontal overflow, a table cell narrower than two characters of its font
while it has text, an English word in the visible text outside the allowed terms
(``tests/backoffice/korean_labels.py`` and ``pagewalk.UI_ALLOWED``; the world's own data
values, such as a login ID or an e-mail address, are taken out first), an ISO
timestamp, an amount without separators, a 4xx/5xx answer, a console error, or a
critical/serious axe finding. Error states (forms sent empty or wrong, the summary
shown) are ``test_accessibility.py``'s.

A page is reachable when the role's test client gets it as HTML with 2xx/3xx; the
development-only /dev/ pages (DEBUG only, never in production) are not visited. A page
whose HTML (redirects followed, CSRF tokens and nonces aside) is the same as one already
planned is the same page: it is visited once per width, not once per role or per path
(the storefront looks the same to a guest and to most staff roles; a member-only path
sends a guest to the same log-in page as every other). The policy
shown is the one the declarations render now, published as in force in the test's own
snapshot folder (what ``policy publish`` then ``sync`` gives production).

The walk (``pagewalk.py``) runs several pages at once. It is marked ``sqlite_only``: it
reads nothing the database engine changes, so bin/test runs it on the SQLite pass only.
Problems are also written to ``var/pagecheck-problems.txt``."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from marquee.backoffice.roles import ROLES
from marquee.compliance.policy import published
from marquee.members.models import Member
from tests.page_routes import admin_pages, build_world, clients, paths

from .accessibility import axe_script
from .pagewalk import WIDTHS, Job, Walk

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only,
              pytest.mark.django_db(transaction=True)]

PROBLEMS_FILE = Path(settings.VAR_DIR) / "pagecheck-problems.txt"
# Per-response values that do not change the page: CSRF tokens and CSP nonces.
VOLATILE = re.compile(r'(nonce|data-csrf-token|name="csrfmiddlewaretoken" value)="[^"]*"')


def fingerprint(response) -> str:
    return hashlib.sha256(VOLATILE.sub("", response.content.decode()).encode()).hexdigest()


def reachable(client, candidates: list[str], seen: set[str]) -> list[str]:
    """The HTML pages the client gets with 2xx/3xx (a 403/404/405 is a page the role
    cannot reach; a download or JSON answer is not a page), less those whose page (after
    redirects) is already in ``seen``."""
    found = []
    for path in candidates:
        if path.startswith("/dev/"):
            continue
        first = client.get(path)
        if first.status_code < 300 and "text/html" not in first.get("Content-Type", ""):
            continue
        if 400 <= first.status_code < 500:
            continue
        final = client.get(path, follow=True) if 300 <= first.status_code < 400 else first
        key = fingerprint(final)
        if first.status_code >= 500 or key not in seen:
            seen.add(key)
            found.append(path)
    return found


def data_values(world) -> list[str]:
    """Values of the records shown (login IDs, e-mail addresses, numbers): data."""
    people = [(m.login_id, m.email) for m in Member.objects.all()]
    values = [v for pair in people for v in pair] + [world["booking"].number,
                                                     world["showtime"].movie.title]
    return sorted({v for v in values if v}, key=len, reverse=True)


def publish_current_policy() -> None:
    """The policy as the declarations render it now, in force (the test's own snapshot
    folder starts empty, so only the operator's legacy text would be there)."""
    published.write_next(timezone.localdate(), by="page check")
    call_command("policy", "sync", verbosity=0)


def plan(world) -> tuple[dict[str, str], list[Job]]:
    candidates = paths(world)
    sessions, jobs, seen = {}, [], set()
    for who, client in clients(world):
        pages = reachable(client, candidates, seen)
        if who not in {"guest", "member"}:
            pages += [p for p in admin_pages(client) if p not in pages]
        session = client.cookies.get(settings.SESSION_COOKIE_NAME)
        sessions[who] = session.value if session else ""
        jobs += [Job(who, width, path) for width in WIDTHS for path in pages]
    return sessions, jobs


def test_i15_i19_every_page_for_every_role_in_chromium(browser, site):
    publish_current_policy()
    world = build_world()
    sessions, jobs = plan(world)
    walk = Walk(base_url=site.url, axe_js=axe_script().read_text(encoding="utf-8"),
                sessions=sessions, cookie_name=settings.SESSION_COOKIE_NAME,
                data=data_values(world), jobs=jobs)
    walk.run()
    PROBLEMS_FILE.parent.mkdir(parents=True, exist_ok=True)
    PROBLEMS_FILE.write_text("\n".join(walk.problems) + "\n", encoding="utf-8")
    assert len(sessions) == len(ROLES) + 2
    assert walk.visited == len(jobs) > 2 * 100, walk.visited
    assert not walk.problems, (f"{len(walk.problems)} problems on {walk.visited} "
                               "page visits:\n" + "\n".join(walk.problems))
