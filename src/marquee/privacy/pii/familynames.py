"""Children and relatives named by their given name alone (P11.2, issue 16 round 12).

Parents, grandparents and friends name a child or a relative by the given name only, in
frames that hold nothing but people:

* after a word for a child or younger relative, bare or with a particle, and on along a list
  (``큰애 X, 작은애 Y``, ``막내 X까지``, ``외손주 X 데리고``, ``조카 X랑 Y 데리고``);
* before the parent it identifies (``X 엄마예요``, ``같은 반 X 어머님``, ``X이네 엄마``);
* in a self-introduction by message (``나 X인데``, ``나 X이야``).

Fans speak of actors the same way, so two frames are left alone: a given name called and
spoken to (``X아 니 와 이래 잘생깄노``) and ``우리 X이`` (``우리 X이 드디어 후보에 올랐다``); and
only words for a child or a younger relative stand before a bare given name (``엄마 X 얘기만``
names an actress).

``kinframes`` takes names with a particle glued on after the commoner relation words; this
module adds the bare given name, the child words it lacks, and the frames around parents.
The two syllables must read as a given name alone (``fieldvalues.can_be_given``); a pair
Kiwi reads as an adjective or verb form (``아린`` as 아리+ᆫ, ``다온``) counts too when the
post-name ``이`` follows it, which no verb form takes (``아린이가``). A pair Kiwi knows as one
dictionary noun never counts here (``사진이``, ``선물로``): nothing in these frames tells a
name from a noun, so the frame is only believed for a word that reads as a name.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_given, free_hits
from .names import NameHit
from .wordscore import _PLACE_FINALS, _PLACES

_CHILD = ("큰애", "작은애", "막내", "첫째", "둘째", "셋째", "외손주", "손주", "외손녀", "외손자", "아들내미",
          "딸내미", "큰딸", "작은딸", "큰아들", "작은아들", "손녀", "손자", "조카", "딸", "아들", "동생")
_AFTER_KIN = re.compile(rf"(?<![가-힣])(?:{'|'.join(_CHILD)})[ \t]+([가-힣]{{2,5}})(?![가-힣])")
# What a given name may carry in these frames: the post-name 이, then a particle, or nothing.
_REST = re.compile(r"(이)?(?:가|는|도|를|랑|하고|한테|까지|의|만|네)?|(이)?(?:랑|하고)")
_LINK = re.compile(r"(?:이랑|랑|하고)$|^$")
_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)(?:(?:" + "|".join(_CHILD) + r")[ \t]+)?([가-힣]{2,5})(?![가-힣])")
_PARENT = re.compile(r"(?<![가-힣])([가-힣]{2})(이네)?[ \t]?(?:엄마|아빠|어머님|아버님|어머니|아버지)")
_SELF = re.compile(r"(?<![가-힣])나[ \t]+([가-힣]{2})(이야|이에요|이라고|인데|야|에요|예요|라고)(?![가-힣])")
# A word one of the three frames needs (exact pre-check: without one, no frame matches; speed).
_CUE = re.compile(rf"(?:{'|'.join(_CHILD)})[ \t]|엄마|아빠|어머[님니]|아버[님지]|나[ \t]")


def _has_final(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _given(pair: str, suffix_i: bool) -> bool:
    """``pair`` reads as a given name; with the post-name ``이`` after it, a pair Kiwi reads
    as a verb form counts too (아리+ᆫ), never one it knows as a noun."""
    if can_be_given(pair):
        return True
    if not suffix_i or not _has_final(pair[1]) or not all(c in GIVEN for c in pair) \
            or pair in L.NOT_NAMES or pair in _PLACES or pair[-1] in _PLACE_FINALS:
        return False
    tokens = morph.analyze(pair) or ()
    return any(t[1][0] in "VE" for t in tokens) and not any(t[1] in ("MAG", "NR", "MM", "NP") for t in tokens)


def _word(word: str) -> tuple[int, bool]:
    """The given name's length at the start of ``word`` (0: none) and whether a list may go on."""
    m = _REST.fullmatch(word[2:])
    if not m or not _given(word[:2], bool(m.group(1) or m.group(2))):
        return 0, False
    return 2, bool(_LINK.search(word[2:]))


def _after_kin(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _AFTER_KIN.finditer(text):
        start, word = m.start(1), m.group(1)
        while True:
            n, goes_on = _word(word)
            if not n:
                break
            spans.append((start, start + n))
            nxt = _NEXT.match(text, start + len(word)) if goes_on else None
            if nxt is None:
                break
            start, word = nxt.start(1), nxt.group(1)
    return spans


def _framed(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    spans = []
    for m in pattern.finditer(text):
        pair = m.group(1)
        if _given(pair, bool(m.group(2)) and m.group(2)[0] in "이인"):  # 이네, or the copula's 이
            spans.append((m.start(1), m.end(1)))
    return spans


def find_family_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Given names in the frames of the module docstring, not overlapping ``taken``."""
    if _CUE.search(text) is None or not morph.enabled():
        return []
    spans = _after_kin(text) + _framed(_PARENT, text) + _framed(_SELF, text)
    return free_hits(spans, taken, allowed, 0.7)
