"""Local Korean web fonts and app icons (issue 15): Pretendard's KS X 1001 subset and its
OFL licence ship in static as woff2 files, declared with ``font-display: swap`` (no CDN),
cut into unicode-range slices so that a page fetches only the slices its text needs
(issue 19); the base slice of each weight is preloaded from every page. The web app
manifest names 192 and 512 px PNG icons that are those sizes, and every page links it and
the apple-touch-icon."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

WEIGHTS = {"400": "Regular", "700": "Bold"}


def static_text(name: str) -> str:
    path = finders.find(name)
    assert path, f"{name} is not a static file"
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def font_faces() -> list[dict[str, str]]:
    """Each @font-face of fonts.css as {property: value}."""
    css = static_text("marquee/fonts.css")
    return [dict((k.strip(), v.strip()) for k, v in (d.split(":", 1) for d in body.split(";")
                                                     if d.strip()))
            for body in re.findall(r"@font-face\s*{([^}]*)}", css)]


def codepoints(unicode_range: str) -> set[int]:
    out: set[int] = set()
    for part in unicode_range.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        out.update(range(int(first, 16), int(last or first, 16) + 1))
    return out


def test_i15_the_korean_font_files_and_their_licence_are_local():
    assert "SIL Open Font License, Version 1.1" in static_text("marquee/fonts/Pretendard-LICENSE.txt")
    faces = font_faces()
    assert {f["font-weight"] for f in faces} == set(WEIGHTS)
    for face in faces:
        assert face["font-family"] == '"Pretendard"' and face["font-display"] == "swap"
        name = re.fullmatch(r'url\("(fonts/[^"]+\.woff2)"\) format\("woff2"\)', face["src"]).group(1)
        assert WEIGHTS[face["font-weight"]] in name
        path = finders.find(f"marquee/{name}")
        assert path and open(path, "rb").read(4) == b"wOF2"
    css = static_text("marquee/fonts.css")
    assert "//" not in re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # no remote URL
    assert static_text("marquee/base.css").count('font-family: "Pretendard"') == 1


def test_i19_each_weight_covers_ks_x_1001_once_across_its_slices():
    """The slices of a weight never overlap, and together they hold every Hangul syllable
    of KS X 1001 (2,350, the EUC-KR set) and printable ASCII: slicing dropped nothing."""
    ks_x_1001 = {c for c in range(0xAC00, 0xD7A4) if len(chr(c).encode("euc-kr", "ignore")) == 2}
    assert len(ks_x_1001) == 2350
    for weight in WEIGHTS:
        ranges = [codepoints(f["unicode-range"]) for f in font_faces() if f["font-weight"] == weight]
        assert len(ranges) > 1
        assert sum(map(len, ranges)) == len(set().union(*ranges))  # disjoint
        assert ks_x_1001 | set(range(0x20, 0x7F)) <= set().union(*ranges)
        base = ranges[0]  # the slice every page of the site's own text needs
        assert set(range(0x20, 0x7F)) <= base and {ord(c) for c in "마키시네마예매좌석"} <= base


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
    for weight in WEIGHTS.values():
        assert re.search(rf'<link rel="preload" href="/static/marquee/fonts/Pretendard-{weight}'
                         r'\.base[^"]*\.woff2" as="font" type="font/woff2" crossorigin>', html)
    assert re.search(r'<link rel="manifest" href="/static/marquee/manifest[^"]*\.webmanifest">', html)
    assert 'rel="apple-touch-icon"' in html and "fonts.css" in html
