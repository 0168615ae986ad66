"""Film posters drawn as SVG from the title (issue 15): no external images, no uploads.

The colours come from a hash of the title, so a film keeps its poster across restarts
and machines; the title is wrapped into short lines and escaped. The SVG carries no
script and no external reference, so it is safe under the site's CSP as an <img>.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from xml.sax.saxutils import escape

PALETTES = [("#1b263b", "#e0a458"), ("#3d0c11", "#f2c14e"), ("#0b3954", "#bfd7ea"),
            ("#2d3142", "#ef8354"), ("#1f4037", "#99f2c8"), ("#4a1942", "#f7b267"),
            ("#202c39", "#f29559"), ("#283618", "#fefae0")]
# The rating badge is the pages' rating mark drawn into the image: its colours are the
# design tokens' (issue 19: chosen once, white on each at least 4.5:1), not a copy.
TOKENS = Path(__file__).resolve().parents[1] / "static" / "marquee" / "tokens.css"


def _tokens(*names: str) -> dict[str, str]:
    found = dict(re.findall(r"--mq-([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})", TOKENS.read_text("utf-8")))
    return {name: found[name] for name in names}


_BADGE = _tokens("rating-all", "rating-12", "rating-15", "rating-19", "on-dark")
RATING_COLOURS = {rating: _BADGE[f"rating-{rating}"] for rating in ("all", "12", "15", "19")}
BADGE_INK = _BADGE["on-dark"]
RATING_TEXT = {"all": "전체", "19": "청불"}


def _lines(title: str, width: int = 7) -> list[str]:
    """Break the title into lines of about ``width`` characters, at spaces if possible."""
    lines, current = [], ""
    for word in title.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = f"{current} {word}".strip()
        if len(candidate) > width and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines[:4]


def poster_svg(title: str, rating: str = "") -> str:
    digest = hashlib.sha256(title.encode()).digest()
    background, ink = PALETTES[digest[0] % len(PALETTES)]
    angle = digest[1] % 360
    lines = _lines(title)
    text = "".join(
        f'<text x="20" y="{200 + i * 34}" font-size="30" font-weight="700" fill="{ink}">'
        f"{escape(line)}</text>" for i, line in enumerate(lines))
    badge = ""
    if rating in RATING_COLOURS:
        label = escape(RATING_TEXT.get(rating, rating))
        badge = (f'<circle cx="176" cy="32" r="18" fill="{RATING_COLOURS[rating]}"/>'
                 f'<text x="176" y="38" font-size="14" font-weight="800" fill="{BADGE_INK}" '
                 f'text-anchor="middle">{label}</text>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 300" width="210" '
        'height="300" font-family="\'Noto Sans KR\',\'NanumGothic\',\'Apple SD Gothic Neo\','
        'sans-serif">'
        f'<defs><linearGradient id="g" gradientTransform="rotate({angle} .5 .5)">'
        f'<stop offset="0" stop-color="{background}"/><stop offset="1" stop-color="#000"/>'
        '</linearGradient></defs>'
        '<rect width="210" height="300" fill="url(#g)"/>'
        f'<circle cx="{40 + digest[2] % 130}" cy="{60 + digest[3] % 80}" r="{30 + digest[4] % 40}" '
        f'fill="{ink}" opacity=".18"/>'
        f'<rect x="20" y="150" width="40" height="4" fill="{ink}"/>{text}{badge}'
        f'<text x="20" y="280" font-size="12" letter-spacing="3" fill="{ink}" '
        'opacity=".8">MARQUEE</text></svg>')
