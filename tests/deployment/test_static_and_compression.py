"""Light over the wire (issue 19): WhiteNoise serves hashed, precompressed static files
with a long immutable cache; HTML is gzipped only where a view says it has no secret
(BREACH), which includes the seat map's 5-second fragment; every page names its icon
and carries a meta description."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from django.core.management import call_command
from django.test import Client

from tests.booking.conftest import make_showtime
from tests.conftest import sign_up

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def collected(settings, tmp_path):
    """Production's static storage: collectstatic into a fresh STATIC_ROOT."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "marquee.deployment.storage.StaticStorage"}}
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    settings.DEBUG = False
    call_command("collectstatic", "--noinput", verbosity=0)
    return settings.STATIC_ROOT


@pytest.mark.django_db
def test_i19_static_files_hashed_compressed_and_cached_for_a_year(collected):
    from django.templatetags.static import static

    url = static("marquee/seatmap.js")
    assert re.search(r"/seatmap\.[0-9a-f]{12}\.js$", url), url
    assert (collected / url.removeprefix("/static/")).with_suffix(".js.gz").exists()
    response = Client().get(url, **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 365 * 24 * 3600
    # The page links the hashed names, so a new deployment is fetched at once.
    page = Client().get("/privacy/").content.decode()
    assert re.search(r"/static/marquee/base\.[0-9a-f]{12}\.js", page) and re.search(r"/static/marquee/tokens\.[0-9a-f]{12}\.css", page)


@pytest.mark.django_db
def test_i19_the_web_app_manifest_names_the_hashed_icons(collected):
    """Its icons are cached for a year like every hashed file, and fetched once."""
    from django.templatetags.static import static

    url = static("marquee/manifest.webmanifest")
    manifest = json.loads((collected / url.removeprefix("/static/")).read_text(encoding="utf-8"))
    sources = [icon["src"] for icon in manifest["icons"]]
    assert len(sources) == 3
    for src in sources:
        assert re.fullmatch(r"(icon-192|icon-512|favicon)\.[0-9a-f]{12}\.(png|svg)", src), src
        assert (collected / "marquee" / src).exists()


@pytest.mark.django_db
def test_i19_seat_map_poll_is_gzipped(client):
    showtime = make_showtime()
    response = client.get(f"/booking/showtimes/{showtime.pk}/", HTTP_HX_REQUEST="true", **GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    body = gzip.decompress(response.content)
    assert b'id="seat-map"' in body and len(response.content) < len(body) / 4


@pytest.mark.django_db
def test_i19_the_showtime_finder_is_gzipped_and_echoes_no_typed_text(client):
    """Free of secrets (BREACH): catalogue data, and its filters are parsed, not echoed."""
    make_showtime()
    probe = "breachprobe"
    response = client.get(f"/booking/?theatre={probe}&movie={probe}&date={probe}", **GZIP)
    assert response.status_code == 200 and response["Content-Encoding"] == "gzip"
    body = gzip.decompress(response.content)
    assert b"<main" in body and probe.encode() not in body


@pytest.mark.django_db
def test_i19_pages_with_personal_data_are_not_compressed(client):
    """BREACH: My Page shows the member's own data next to whatever they typed."""
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    response = client.get("/members/mypage/", **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/booking/", "/members/login/", "/privacy/"])
def test_i19_every_page_has_icon_description_and_skip_link(client, path):
    page = client.get(path).content.decode()
    assert re.search(r'<link rel="icon" href="/static/marquee/favicon[^"]*\.svg"', page)
    assert re.search(r'<meta name="description" content="[^"]{20,}">', page)
    assert '<a class="skip-link" href="#main">본문 바로가기</a>' in page
    assert '<main id="main"' in page
