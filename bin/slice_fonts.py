#!/usr/bin/env python
"""Slice Pretendard's KS X 1001 subset into unicode-range files and write fonts.css (issue 19).

The browser downloads a ``@font-face`` slice only when the page has a character in its
``unicode-range``. The first slice ("base") holds Latin, general punctuation, the symbols
and the Hangul syllables the site's own text uses (templates, the Korean catalogue, the
policy and demo texts: about 780 syllables), so a page of the site's own text needs one
file per weight (about 70 KB instead of 267 KB). The other syllables of the subset and the
remaining symbols follow in smaller slices, fetched only by a page that shows one of them
(a post, a name). Nothing is dropped: every character of the source files is in exactly
one slice.

Not a project dependency: it needs fontTools and brotli, e.g.

    python3 -m venv /tmp/fonts && /tmp/fonts/bin/pip install fonttools==4.69.1 brotli==1.2.1
    /tmp/fonts/bin/python bin/slice_fonts.py Pretendard-Regular.subset.woff2 \
        Pretendard-Bold.subset.woff2

with the two files of pretendard@1.3.9 on npm (dist/web/static/woff2-subset). It writes
``src/marquee/static/marquee/fonts/Pretendard-<Weight>.<slice>.woff2`` and
``src/marquee/static/marquee/fonts.css``; run it again after adding UI text with new
syllables (a missing one only costs the page one more slice).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "marquee" / "static" / "marquee"
TEXT_SUFFIXES = {".py", ".html", ".po", ".txt", ".md", ".json", ".js", ".css"}
HANGUL = range(0xAC00, 0xD7A4)
REST_HANGUL_SLICES = 3
WEIGHTS = {"Regular": 400, "Bold": 700}
HEADER = """/* Pretendard (SIL Open Font License 1.1: fonts/Pretendard-LICENSE.txt), served from this
   site, never a CDN (issue 15): the KS X 1001 subset (2,350 Hangul syllables and more, Latin,
   punctuation) of pretendard@1.3.9 on npm, dist/web/static/woff2-subset, cut into
   unicode-range slices by bin/slice_fonts.py (issue 19): a browser fetches a slice only
   when the page shows one of its characters, so a page of the site's own text loads the
   "base" slice of each weight it uses. Text shows at once in the fallback font and swaps
   when the file arrives. Generated: edit bin/slice_fonts.py, not this file. */
"""


def site_characters() -> set[int]:
    """Every character outside ASCII that the site's own sources and catalogue contain."""
    found: set[int] = set()
    paths = [*(ROOT / "src" / "marquee").rglob("*"), *(ROOT / "locale").rglob("*.po")]
    for path in paths:
        if path.suffix in TEXT_SUFFIXES and "migrations" not in path.parts and path.is_file():
            found.update(ord(ch) for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7E)
    return found


def slices(cmap: set[int]) -> dict[str, list[int]]:
    """The characters of each slice, the base first; together exactly ``cmap``."""
    used = site_characters()
    latin = {c for c in cmap if c <= 0xFF or 0x2000 <= c <= 0x206F}
    base = latin | (used & cmap)
    hangul_rest = sorted(c for c in cmap - base if c in HANGUL)
    symbols = sorted(cmap - base - set(hangul_rest))
    out = {"base": sorted(base), "symbols": symbols}
    size = -(-len(hangul_rest) // REST_HANGUL_SLICES)
    for i in range(REST_HANGUL_SLICES):
        out[f"hangul{i + 1}"] = hangul_rest[i * size:(i + 1) * size]
    return out


def unicode_range(codepoints: list[int]) -> str:
    """``U+20-7E, U+AC00, …``: consecutive code points folded into ranges."""
    ranges: list[list[int]] = []
    for c in codepoints:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in ranges)


def write_slice(source: Path, codepoints: list[int], target: Path) -> int:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False  # TrueType hints do nothing for Hangul on today's screens
    options.glyph_names = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)
    return target.stat().st_size


def main(sources: list[str]) -> None:
    faces = []
    for source in map(Path, sources):
        weight_name = re.match(r"Pretendard-(\w+)", source.name).group(1)
        cmap = set(TTFont(source).getBestCmap())
        for name, codepoints in slices(cmap).items():
            if not codepoints:
                continue
            target = STATIC / "fonts" / f"Pretendard-{weight_name}.{name}.woff2"
            size = write_slice(source, codepoints, target)
            print(f"{target.relative_to(ROOT)}: {len(codepoints)} characters, {size} bytes")
            faces.append(f'@font-face {{\n  font-family: "Pretendard";\n  font-style: normal;\n'
                         f"  font-weight: {WEIGHTS[weight_name]};\n  font-display: swap;\n"
                         f'  src: url("fonts/{target.name}") format("woff2");\n'
                         f"  unicode-range: {unicode_range(codepoints)};\n}}\n")
    (STATIC / "fonts.css").write_text(HEADER + "".join(faces), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
