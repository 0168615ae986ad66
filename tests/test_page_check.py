"""A page check over every page for every role (issue 15): every non-admin route
(``tests/page_routes.py`` walks the resolver and fills the parameters; admin excepted:
``tests/backoffice/test_admin_korean.py`` walks it) is fetched as a guest, a member and
each staff role. It fails on a 5xx and on an English word in the page's own labels
(title, headings, labels, buttons, table headers; allowed terms in
``tests/backoffice/korean_labels.py``; the development-only /dev/ pages are not read).
Layout, visible text, console errors and axe at 390 px and 1280 px are the browser
page check's (``tests/browser/test_page_check_browser.py``)."""

from __future__ import annotations

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
            words = english_words(response.content.decode())
            if words:
                problems.append(f"{who} {path}: English {sorted(words)}")
    assert not problems, "\n".join(problems)
