"""Colour tokens (issue 19): every colour is chosen once, in ``marquee/tokens.css``, and
the pairs the pages use pass WCAG 2.1 AA: 4.5:1 for text, 3:1 for non-text (borders,
seat fills against the dark panel, focus rings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "marquee"
TOKENS = SRC / "static" / "marquee" / "tokens.css"
# A hex colour in CSS: after ":", a space, "(" or ","; not an in-page link ("#main").
HEX = re.compile(r"(?<=[:\s(,])#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")
FUNCTIONAL = re.compile(r"\b(?:rgba?|hsla?)\(")

TEXT = [  # (foreground, background): 4.5:1
    ("ink", "surface"), ("ink", "bg"), ("muted", "surface"), ("muted", "bg"),
    ("muted", "surface-muted"), ("accent", "surface"), ("accent", "bg"),
    ("on-dark", "accent"), ("on-dark", "secondary"), ("on-dark", "header"),
    ("accent", "error-bg"), ("ink", "info-bg"), ("ink", "warn-bg"), ("ok-ink", "ok-bg"),
    ("warn-ink", "warn-bg"), ("neutral-ink", "neutral-bg"), ("star", "surface"),
    ("on-dark", "rating-all"), ("on-dark", "rating-12"), ("on-dark", "rating-15"),
    ("on-dark", "rating-19"), ("panel-ink", "panel"), ("panel-muted", "panel"),
    ("seat-ink", "seat"), ("seat-couple-ink", "seat-couple"), ("on-dark", "seat-wheelchair"),
    ("seat-companion-ink", "seat-companion"), ("seat-unavailable-ink", "seat-unavailable-fill"),
    ("warn-ink", "highlight-bg"), ("print-ink", "surface"),
]
NON_TEXT = [  # 3:1
    ("line-strong", "surface"), ("header-line", "header"), ("focus", "panel"),
    ("focus", "header"), ("focus-light", "surface"), ("focus-light", "bg"),
    ("seat", "panel"), ("seat-couple", "panel"), ("seat-wheelchair", "panel"),
    ("seat-companion", "panel"), ("seat-unavailable", "panel"), ("accent-light", "panel"),
    ("error-line", "surface"), ("warn-line", "surface"), ("ok-line", "surface"),
]


def tokens() -> dict[str, str]:
    return dict(re.findall(r"--mq-([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})", TOKENS.read_text()))


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_i19_every_colour_is_chosen_once_in_the_token_file():
    found = []
    for path in [*SRC.rglob("*.html"), *SRC.rglob("*.css")]:
        if path == TOKENS:
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(SRC)}: {m}" for m in HEX.findall(text) + FUNCTIONAL.findall(text)]
    assert not found, "colours outside tokens.css (use var(--mq-…)):\n" + "\n".join(found)


def test_i19_every_token_used_is_defined():
    defined = set(tokens())
    used = set()
    for path in [*SRC.rglob("*.html"), *SRC.rglob("*.css")]:
        used |= set(re.findall(r"var\(--mq-([a-z0-9-]+)", path.read_text(encoding="utf-8")))
    assert used - defined == set()


@pytest.mark.parametrize(("pairs", "minimum"), [(TEXT, 4.5), (NON_TEXT, 3.0)], ids=["text", "non-text"])
def test_i19_token_pairs_meet_wcag_aa_contrast(pairs, minimum):
    palette = tokens()
    low = [f"{fg} on {bg}: {ratio(palette[fg], palette[bg]):.2f}:1"
           for fg, bg in pairs if ratio(palette[fg], palette[bg]) < minimum]
    assert not low, f"below {minimum}:1: " + "; ".join(low)


@pytest.mark.parametrize("rating", ["all", "12", "15", "19"])
def test_i19_poster_rating_badge_uses_the_tokens_and_passes_4_5(rating):
    """The drawn posters carry the rating badge as an image of text (WCAG 1.4.3): its
    fill and ink are the rating tokens', not a copy (the copy had white on #e08a00,
    2.69:1, and 전체 at 3.43:1)."""
    from marquee.booking.posters import poster_svg

    palette = tokens()
    svg = poster_svg("서울의 밤", rating)
    fill = re.search(r'<circle cx="176" cy="32" r="18" fill="(#[0-9a-fA-F]{6})"/>', svg).group(1)
    ink = re.search(r'<text x="176" y="38"[^>]* fill="(#[0-9a-fA-F]{6})"', svg).group(1)
    assert fill == palette[f"rating-{rating}"] and ink == palette["on-dark"]
    assert ratio(ink, fill) >= 4.5


# Drawn by the system's fonts, not the site's own (Pretendard has neither): present in
# the fonts every platform ships for symbols (DejaVu Sans on Linux, Segoe UI Symbol,
# Apple Symbols, Noto Sans Symbols on Android).
SYSTEM_SYMBOLS = {"♿", "✕"}
SEAT_STATES = ["selected", "sold", "held", "couple", "wheelchair", "companion", "blocked"]


def font_codepoints() -> set[int]:
    """Every code point the site's own font slices cover (fonts.css unicode-range)."""
    css = (SRC / "static" / "marquee" / "fonts.css").read_text(encoding="utf-8")
    found = set()
    for first, last in re.findall(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?", css):
        found |= set(range(int(first, 16), int(last or first, 16) + 1))
    return found


def test_i19_every_seat_state_has_its_own_symbol_that_the_fonts_can_draw():
    """Colour is never the only difference (WCAG 1.4.1): each seat state the legend
    names carries a symbol of its own, one the site's font or every platform's symbol
    fonts draw (the held seats' ⏳ is emoji only: no glyph in Debian's Chromium)."""
    css = (SRC / "static" / "marquee" / "booking.css").read_text(encoding="utf-8")
    legend = (SRC / "templates" / "booking" / "seat_map.html").read_text(encoding="utf-8")
    covered = font_codepoints()
    symbols = {}
    for state in SEAT_STATES:
        assert f'class="seat {state}"' in legend, f"the legend does not show {state}"
        after = re.search(rf'\.seat\.{state}::after \{{ content:"([^"]+)"', css)
        shown = re.search(rf'class="seat {state}" aria-hidden="true">([^<]+)<', legend)
        symbols[state] = (after or shown).group(1) if (after or shown) else None
    assert None not in symbols.values(), symbols
    assert len(set(symbols.values())) == len(symbols), f"two states share a symbol: {symbols}"
    undrawable = {s: c for s, c in symbols.items()
                  if c not in SYSTEM_SYMBOLS and not all(ord(ch) in covered for ch in c)}
    assert not undrawable, f"symbols outside the site's font: {undrawable}"
