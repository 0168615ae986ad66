"""A romanised Korean given name standing alone (P11.2, issue 16 round 12).

Romanised Korean given names are written with a hyphen between the two syllables (``Min-ji``,
``Seo-yun``, ``Do-yoon``): passports and school forms spell them so, and members use the same
spelling for friends in mixed posts (``Da-hye 땡큐``, ``나 Hye-jin인데``, ``Si-woo한테도``).
``romanised`` takes them with a family name beside them; alone, the shape is cue enough when
each half is one romanised given-name syllable (``romanised.KO_SYLLABLES``) and the whole is
no English or loan word written with a hyphen (``Wi-fi``, ``K-pop``, ``Ha-ha``). A capital is
required, so lower-case text (``re-do``, ``co-op``) is left to the other recognisers.
"""

from __future__ import annotations

import re

from .fieldvalues import free_hits
from .names import NameHit
from .romanised import KO_SYLLABLES

# Alone: no Latin word just before it or a capitalised one just after (``Lee Sang-geun``, ``Seo-yun
# Choi`` are full names, the full-name recognisers' and the public-name vetoes' business).
_HYPHENED = re.compile(r"(?<![A-Za-z0-9@./\-])(?<![A-Za-z][ \t])([A-Z][a-z]{0,4})-([a-z]{1,5})"
                       r"(?![A-Za-z0-9@\-])(?![ \t][A-Z])")
_PAIR = re.compile(r"[A-Za-z]-[a-z]")
_NOT_NAMES = frozenset("""
ha-ha ho-ho hi-hi he-he yo-yo go-go no-no so-so bye-bye na-na la-la ta-da da-da hu-hu
wi-fi hi-fi lo-fi sci-fi k-pop k-drama e-mail co-op re-do x-ray t-shirt ye-ye
""".split())


def find_hyphen_given(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Hyphenated romanised given names, not overlapping ``taken``."""
    if "-" not in text or _PAIR.search(text) is None:
        return []  # exact pre-check: a letter, a hyphen, a lower-case letter (phone numbers have none)
    spans = []
    for m in _HYPHENED.finditer(text):
        first, second = m.group(1).lower(), m.group(2)
        if f"{first}-{second}" not in _NOT_NAMES and first in KO_SYLLABLES and second in KO_SYLLABLES:
            spans.append((m.start(), m.end()))
    return free_hits(spans, taken, allowed, 0.7)
