"""A page check over every page for every role (issue 15): every non-admin route
(``tests/page_routes.py`` walks the resolver and fills the parameters; admin excepted:
``tests/backoffice/test_admin_korean.py`` walks it) is fetched as a guest, a member and
each staff role. It fails on a 5xx, on an English word in the page's own labels
(title, headings, labels, buttons, table headers; allowed terms in
``tests/backoffice/korean_labels.py``; the development-only /dev/ pages are not read),
on a page without a meta description, an icon, or (when a header or menu comes
before the main content) a skip link to that content, and on an ARIA or label reference
to an ID the page does not have (issue 19).
Layout, visible text, console errors and axe at 390 px and 1280 px are the browser
page check's (``tests/browser/test_page_check_browser.py``)."""

from __future__ import annotations

import re

import pytest

from tests.backoffice.korean_labels import english_words
from tests.page_routes import build_world, clients
from tests.page_routes import paths as all_paths

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def test_i15_every_page_for_every_role_answers_without_5xx_in_korean(world, settings):
    from django.core.management import call_command

    call_command("policy", "sync", verbosity=0)
    paths = all_paths(world)
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
            page = response.content.decode()
            words = english_words(page)
            if words:
                problems.append(f"{who} {path}: English {sorted(words)}")
            if response.status_code == 200:  # a page, not a redirect or a refusal
                problems += [f"{who} {path}: {p}"
                             for p in head_problems(page) + dangling_references(page)]
    assert not problems, "\n".join(problems)


# The site's own, or the Django admin's (the back office pages that extend it).
SKIP_LINK = re.compile(r'<a class="skip-link" href="#([\w-]+)">본문 바로가기</a>'
                       r'|<a href="#([\w-]+)" class="skip-to-content-link">')


def head_problems(page: str) -> list[str]:
    """What every page carries (issue 19): a description (SEO, and what a search result
    shows), the site's icon, and a first link past the header to the main content."""
    problems = []
    if not re.search(r'<meta name="description" content="[^"]{20,}">', page):
        problems.append("no meta description")
    if not re.search(r'<link rel="icon" href="[^"]+"', page):
        problems.append("no icon")
    before_main = page.split("<main", 1)[0]
    if "<main" in page and ("<header" in before_main or "<nav" in before_main):
        skip = SKIP_LINK.search(before_main)
        if not skip or f'id="{skip.group(1) or skip.group(2)}"' not in page:
            problems.append("no skip link to the main content")
    return problems


REFERENCE = re.compile(r'\b(aria-describedby|aria-labelledby|aria-controls|aria-errormessage|for)="([^"]*)"')


def dangling_references(page: str) -> list[str]:
    """ID references that lead nowhere (issue 19: the community form's aria-describedby
    named IDs that did not exist; Django adds ``<id>_helptext`` and ``<id>_error`` to
    every field with help text or errors, so a template must give them those IDs)."""
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    return [f"{attr}={ref!r} names no element" for attr, value in REFERENCE.findall(page)
            for ref in value.split() if ref not in ids]

