"""Every form a guest, a member and each staff role can send, found and sent empty
(issue 19: error states at 390 px and 1280 px, read by ``test_accessibility.py``).

The forms are found, not listed: each role's test client fetches every page of
``tests/page_routes.py`` and sends each ``method=post`` form inside ``<main>`` with only
what the page itself put there (hidden inputs, the first submit button), the way a
person pressing the button without typing sends it. That post runs inside a transaction
that is rolled back, so a form that acts when sent empty (a delete, a cancellation)
changes nothing the later pages or the browser see. A form whose answer is the page
again with an error (a 200 or 400 that shows an error list, an alert or the error
summary) is an error state the browser must then show accessibly."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.db import transaction

from tests.page_routes import clients, paths

FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
TAG = re.compile(r"<(input|button)\b([^>]*)>", re.S)
ERROR_MARKS = ("data-error-summary", "errorlist", 'role="alert"')


def attribute(name: str, attrs: str) -> str | None:
    found = re.search(rf'\b{name}="([^"]*)"', attrs)
    return html.unescape(found.group(1)) if found else None


@dataclass(frozen=True)
class ErrorState:
    who: str
    path: str
    index: int  # which post form of the page's <main>, in document order
    action: str


def sent_empty(body: str) -> dict[str, str]:
    """What a press of the form's first submit button sends when nothing was typed."""
    data, button = {}, None
    for tag, attrs in TAG.findall(body):
        kind = (attribute("type", attrs) or ("submit" if tag == "button" else "text")).lower()
        name = attribute("name", attrs)
        if tag == "input" and kind == "hidden" and name:
            data[name] = attribute("value", attrs) or ""
        elif kind == "submit" and button is None:
            button = (name, attribute("value", attrs) or "")
    if button and button[0]:
        data[button[0]] = button[1]
    return data


def post_forms(page: str) -> list[tuple[str, str]]:
    main = page.split("<main", 1)[-1].split("</main>", 1)[0]
    return [(attrs, body) for attrs, body in FORM.findall(main)
            if (attribute("method", attrs) or "").lower() == "post"]


def error_states(world) -> list[tuple[ErrorState, object]]:
    """(error state, the client whose session reaches it), each form action once."""
    found, seen = [], set()
    for who, client in clients(world):
        for path in paths(world):
            response = client.get(path)
            if (path.startswith("/dev/") or response.status_code != 200
                    or "text/html" not in response.get("Content-Type", "")):
                continue
            for index, (attrs, body) in enumerate(post_forms(response.content.decode())):
                action = attribute("action", attrs) or path
                if action in seen:
                    continue
                seen.add(action)
                with transaction.atomic():
                    answer = client.post(action, sent_empty(body))
                    transaction.set_rollback(True)
                text = answer.content.decode(errors="replace")
                if answer.status_code in (200, 400) and any(m in text for m in ERROR_MARKS):
                    found.append((ErrorState(who, path, index, action), client))
    return found
