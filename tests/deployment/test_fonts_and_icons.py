"""Local Korean web fonts and app icons (issue 15): Pretendard's subset woff2 files and
their OFL licence ship in static, are declared with ``font-display: swap`` and preloaded
from every page (no CDN); the web app manifest names 192 and 512 px PNG icons that are
those sizes, and every page links it and the apple-touch-icon."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

FONTS = ("marquee/fonts/Pretendard-Regular.subset.woff2", "marquee/fonts/Pretendard-Bold.subset.woff2")


def static_text(name: str) -> str:
    path = finders.find(name)
    assert path, f"{name} is not a static file"
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def test_i15_the_korean_font_files_and_their_licence_are_local():
    for name in FONTS:
        path = finders.find(name)
        assert path and open(path, "rb").read(4) == b"wOF2"
    assert "SIL Open Font License, Version 1.1" in static_text("marquee/fonts/Pretendard-LICENSE.txt")
    css = static_text("marquee/fonts.css")
    faces = re.findall(r"@font-face\s*{([^}]*)}", css)
    assert len(faces) == 2 and all("font-display: swap" in face for face in faces)
    assert "//" not in re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # no remote URL
    assert static_text("marquee/base.css").count('font-family: "Pretendard"') == 1


def test_i15_the_manifest_icons_exist_at_their_stated_sizes():
    manifest = json.loads(static_text("marquee/manifest.webmanifest"))
    assert manifest["lang"] == "ko" and manifest["start_url"] == "/"
    pngs = {icon["sizes"]: icon["src"] for icon in manifest["icons"] if icon["type"] == "image/png"}
    assert set(pngs) == {"192x192", "512x512"}
    for sizes, src in pngs.items():
        with Image.open(finders.find(f"marquee/{src}")) as image:
            assert f"{image.width}x{image.height}" == sizes


@pytest.mark.django_db
def test_i15_every_page_preloads_the_font_and_links_the_icons(client):
    html = client.get("/").content.decode()
    assert re.search(r'<link rel="preload" href="/static/marquee/fonts/Pretendard-Regular'
                     r'[^"]*\.woff2" as="font" type="font/woff2" crossorigin>', html)
    assert re.search(r'<link rel="manifest" href="/static/marquee/manifest[^"]*\.webmanifest">', html)
    assert 'rel="apple-touch-icon"' in html and "fonts.css" in html
