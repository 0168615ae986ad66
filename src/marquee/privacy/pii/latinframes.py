"""Latin-script names in two more frames (P11.2, issue 16 round 8).

* **Companions in an English sentence**: ``Saw <film> with X and Y.``, ``Went to … with X & Y``:
  what follows ``with`` up to the end of the sentence is split at ``and``/``&`` (also glued:
  ``andKIMMINJI``), English words are trimmed off the end of each part (``last night``), and
  each part that is a Latin name is one.
* **A holder label in Korean before a Latin name**: ``명의: X``, ``소유자-X``, ``카드 주인 X``,
  ``예금주) X``: whose card or account it is.

A part is a Latin name when it is ``FAMILY, Given``, a romanised Korean name typed as one word
in capitals (``KIMMINJI``), or two to four words of letters none of which is an English word.
"""

from __future__ import annotations

import re

from .latinlower import _ENGLISH
from .names import NameHit
from .romanised import glued_korean_name

_WITH = re.compile(r"(?<![A-Za-z])[Ww]ith[ \t]*([A-Za-z][^.!?\n]{1,80})")
_JOINER = re.compile(r"[ \t]*(?:&|(?<![A-Za-z])and(?![a-z])|,[ \t]*and(?![a-z]))[ \t]*")
_PARTS = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_HOLDER = re.compile(r"(?:명의|소유자|카드[ \t]?주인|예금주)[ \t]*[:：=)\-]?[ \t]*"
                     r"([A-Za-z][A-Za-z'\-]*(?:,?[ \t][A-Za-z][A-Za-z'\-]*){0,3})")
_INVERTED = re.compile(r"[A-Z][A-Z'\-]+,[ \t][A-Z][a-z'\-]+")
_STOP = _ENGLISH | frozenset("last night yesterday today tonight weekend text call me if".split())


def _trimmed(value: str) -> tuple[int, int]:
    """The span of ``value`` without English words at its end."""
    parts = list(_PARTS.finditer(value))
    while parts and parts[-1].group().lower() in _STOP:
        parts.pop()
    return (parts[0].start(), parts[-1].end()) if parts else (0, 0)


def latin_name(value: str) -> bool:
    if _INVERTED.fullmatch(value):
        return True
    words = [w for w in re.split(r"[ \t,]+", value) if w]
    if len(words) == 1:
        return glued_korean_name(words[0])
    return 2 <= len(words) <= 4 and all(len(w) >= 2 for w in words) \
        and not any(w.lower() in _STOP for w in words)


def find_latin_frames(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Latin names in the frames of the module docstring, not overlapping ``taken``."""
    spans: list[tuple[int, int]] = []
    if "with" in text or "With" in text:
        for m in _WITH.finditer(text):
            pos = m.start(1)
            for piece in _JOINER.split(m.group(1)):
                at = text.index(piece, pos) if piece else pos
                a, b = _trimmed(piece)
                if b > a and latin_name(piece[a:b]):
                    spans.append((at + a, at + b))
                pos = at + len(piece)
    for m in _HOLDER.finditer(text):
        a, b = _trimmed(m.group(1))
        if b > a and latin_name(m.group(1)[a:b]):
            spans.append((m.start(1) + a, m.start(1) + b))
    return [NameHit(s, e, 0.72) for s, e in spans
            if not text[e:e + 1].isalnum()  # with receipt ORD2026…: a code, not a name
            and not any(x < e and s < y for x, y in taken) and not (allowed is not None and allowed(s, e))]
