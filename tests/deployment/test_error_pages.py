"""The error pages (issue 19): 400, 403 (also a refused CSRF check), 404 and 500 each
carry what every page does: the Korean language, the viewport, a meta description, the
favicon, the site's stylesheet and a ``main`` landmark. 500 is rendered without a
request (Django's ``server_error``), so it is checked through that view, also with
production's hashed static storage."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.test import Client, RequestFactory
from django.views import defaults

from .test_static_and_compression import collected  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


def assert_whole_page(html: str, heading: str) -> None:
    assert '<html lang="ko">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)
    assert re.search(r'<link rel="icon" href="/static/marquee/favicon[^"]*\.svg" type="image/svg\+xml">', html)
    assert re.search(r'<link rel="icon" href="/static/marquee/favicon-32[^"]*\.png"', html)
    assert re.search(r'<link rel="stylesheet" href="/static/marquee/base[^"]*\.css">', html)
    assert '<main id="main"' in html
    assert f"<h1>{heading}</h1>" in html


def test_i19_500_page_has_icon_description_and_stylesheet():
    response = defaults.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert_whole_page(response.content.decode(), "일시적인 오류가 발생했습니다")


def test_i19_500_page_renders_with_production_static_storage(collected):  # noqa: F811
    html = defaults.server_error(RequestFactory().get("/")).content.decode()
    assert re.search(r'href="/static/marquee/favicon\.[0-9a-f]{12}\.svg"', html), html


def test_i19_400_403_404_pages_have_icon_description_and_stylesheet(client):
    for view, exc, status, heading in (
            (defaults.bad_request, SuspiciousOperation(), 400, "잘못된 요청입니다"),
            (defaults.permission_denied, PermissionDenied(), 403, "접근할 수 없습니다")):
        # Through a real request (the base template's context processors need one).
        response = view(client.get("/").wsgi_request, exc)
        assert response.status_code == status
        assert_whole_page(response.content.decode(), heading)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_whole_page(response.content.decode(), "페이지를 찾을 수 없습니다")


def test_i19_a_refused_csrf_check_shows_the_sites_own_403_page():
    response = Client(enforce_csrf_checks=True).post("/members/login/", {"login_id": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert_whole_page(html, "접근할 수 없습니다")
    assert "CSRF verification failed" not in html
