"""Cookies and links (P9, P10): every public and member page, visited as a guest and as
a logged-in member, sets only cookies declared as necessary (the declarations the
policy's §9 renders from, ``marquee.privacy.privacy.COOKIES``); and every link to another
site on those pages goes through the partner notice saying the other site's policy
applies (or points at a public authority the policy names)."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from marquee.privacy.api import CookieCategory, inventory, resolve
from tests.events.conftest import make_event

SKIP_PREFIXES = ("admin/", "backoffice/", "api/", "health/", "static/")
HREF = re.compile(r'<a\b[^>]*\bhref="(https?://[^"]+)"', re.I)


def _walk(patterns, prefix=""):
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, route)
        elif isinstance(p, URLPattern):
            yield route


def pages(event_id: int) -> list[str]:
    """Every GET-able path of the site outside the back office, with the event's id
    for the event pages; other routes that need an object's id are left out."""
    found = []
    for route in _walk(get_resolver().url_patterns):
        route = route.replace("^", "").replace("$", "")
        if route.startswith(SKIP_PREFIXES):
            continue
        if route.startswith("events/"):
            route = route.replace("<int:pk>", str(event_id))
        if "<" in route or "(" in route:
            continue
        found.append("/" + route)
    return sorted(set(found))


def authorities() -> set[str]:
    """The complaint bodies the policy names (§14, ``MARQUEE_COMPLAINT_BODIES``): public
    authorities, not partner sites."""
    return {urlsplit(body["url"]).hostname for body in settings.MARQUEE_COMPLAINT_BODIES}


def necessary_cookie_names() -> set[str]:
    return {resolve(c.name) for c in inventory.cookies.values()
            if c.category == CookieCategory.NECESSARY}


def _visit(client, paths, seen: set):
    problems = []
    for path in paths:
        response = client.get(path)
        seen.update(response.cookies)
        undeclared = set(response.cookies) - necessary_cookie_names()
        if undeclared:
            problems.append(f"{path} sets {sorted(undeclared)}")
        if "html" in response.get("Content-Type", "") and response.status_code == 200:
            for href in HREF.findall(response.content.decode()):
                host = urlsplit(href).hostname or ""
                if host not in ("testserver", "localhost") and host not in authorities() \
                        and not path.endswith("/partner/"):
                    problems.append(f"{path} links straight to {href}")
    return problems


@pytest.fixture
def site(db):
    return make_event(sponsor_url="https://studio-byeolbit.example/")


def test_p9_every_page_sets_only_declared_necessary_cookies_and_p10_links(client, site, member):
    paths = pages(site.pk)
    assert "/events/" in paths and f"/events/{site.pk}/" in paths and "/privacy/" in paths
    seen: set = set()
    problems = _visit(client, paths, seen)
    client.force_login(member)
    problems += _visit(client, paths, seen)
    assert problems == []
    assert settings.CSRF_COOKIE_NAME in seen  # the crawl did reach pages that set cookies


def test_p9_the_check_catches_an_undeclared_cookie(db):
    """The crawl fails on a cookie nobody declared (here a language cookie, set by Django
    when a view changes the language): it cannot pass by accident."""
    from django.http import HttpResponse

    response = HttpResponse("x")
    response.set_cookie("django_language", "ko")
    response.set_cookie(settings.SESSION_COOKIE_NAME, "s")
    assert set(response.cookies) - necessary_cookie_names() == {"django_language"}


def test_p10_a_partner_link_shows_the_notice_first(client, site):
    page = client.get(f"/events/{site.pk}/").content.decode()
    assert f'href="/events/{site.pk}/partner/"' in page
    assert "https://studio-byeolbit.example/" not in page
    notice = client.get(f"/events/{site.pk}/partner/").content.decode()
    assert "해당 사이트의 개인정보 처리방침이 적용됩니다" in notice
    assert 'href="https://studio-byeolbit.example/"' in notice and 'rel="noopener noreferrer"' in notice
    plain = make_event(title="후원 없는 이벤트")
    assert client.get(f"/events/{plain.pk}/partner/").status_code == 404


def test_p9_the_policy_lists_the_necessary_cookies(client, db):
    page = html.unescape(client.get("/privacy/").content.decode())  # mq_pass_<대기열>
    for name in necessary_cookie_names():
        assert name in page
