"""Foreign names in Hangul, two words, in a person frame (P11.2, issue 16 round 13).

Read from test14's misses (``아버지 루카스 마르탱 명의로``, ``보호자 X``) and test10's (``X Y님한테
물어볼게요``, ``야간조 X Y씨``): ``romanised.py`` wants one part from its list of distinctive
parts, and these names have none in it.

Two Hangul words of two to four syllables each, after a person cue (``이름은``, ``성함은``,
``보호자``, a parent or spouse word) or before ``님``/``씨``/``명의로``. Each word must be one Kiwi
does not know or knows only as a proper noun (``foreigncues._reading``: ``name``, ``proper``,
``proper3``), so a word with a particle glued on (``작품은 파묘입니다``, ``번이면 강퇴``), a
dictionary word, a relation word, a cinema brand (``마키 센텀 님``) or a Korean name shape stays.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .branches import BRANDS
from .fieldvalues import free_hits
from .foreigncues import _reading
from .names import NameHit

_PAIR = r"([가-힣]{2,4}[ \t][가-힣]{2,4}?)"
_BEFORE = re.compile(r"(?<![가-힣])(?:이름은|성함은|보호자|아버지|어머니|아빠|엄마|남편|와이프|아내)[ \t]+"
                     rf"{_PAIR}(?=[ \t]*(?:님|씨|명의|$|[\n,(/)]))", re.M)
_AFTER = re.compile(rf"(?<![가-힣]){_PAIR}[ \t]?(?:님(?:한테|과|이|께|은|도)?|씨|명의로)(?![가-힣])")
_BRAND = re.compile(BRANDS)
_READINGS = ("name", "proper", "proper3")


def _foreign_pair(pair: str) -> bool:
    parts = pair.split()
    if len(parts) != 2 or any(p in L.RELATION_WORDS or p in L.NOT_NAMES for p in parts) \
            or _BRAND.fullmatch(parts[0]):
        return False
    return all(_reading(p) in _READINGS for p in parts)


def find_foreign_framed(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Two-word Hangul foreign names in the frames of the module docstring."""
    if not morph.enabled():
        return []
    spans = [m.span(1) for pattern in (_BEFORE, _AFTER) for m in pattern.finditer(text)
             if _foreign_pair(m.group(1).replace("\t", " "))]
    return free_hits(spans, taken, allowed, 0.7)
