"""The friend who came along: a full name right after ``같이 간``/``같이 본`` (P11.2, issue 16 round 12).

Read from test13's misses: a review or a fan post names the person the writer went with
(``같이 본 X는 엔딩에서 울었어요``, ``같이 간 X 이메일로 사진 보내줌``). ``rosters.py`` reads
``같이 간 사람: A, B`` and comma lists closed by a count; ``predframes.py`` reads a name before a
person-only predicate. A full name alone after the verb, followed by a particle or by a contact
word, was left to the general name recogniser, which wants a cue it does not find there.

Only a surname and two given syllables (compound surnames too) count, so relatives and common
nouns (``같이 본 남편이``, ``같이 간 조카가``) stay: ``fieldvalues.can_be_name`` refuses
dictionary words and places (``같이 본 영화는``). What follows must be a particle a companion
takes, or a space and a contact or honorific word; a public figure (``같이 본 송강호 영화``) is
followed by a noun that is none of these, and the catalogue's allow-list keeps the cast.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .familiar import find_familiar_names
from .fieldvalues import can_be_name, free_hits
from .givenframes import find_given_frames
from .names import NameHit

_AFTER = (r"(?:(?:(?:이)?(?:는|가|도|랑|하고|한테|랑도|하고도)|은|이|을|를|의)(?![가-힣])"
          r"|[ \t]+(?:이메일|메일|번호|연락처|폰|님|씨|덕분|말로는)|[ \t]*[,.!)(]|[ \t]*$)")
_COMPANION = re.compile(rf"같이[ \t]?(?:간|본|온|갔던|봤던)[ \t]+([가-힣]{{3,4}}?)(?={_AFTER})", re.M)


def _full_name(word: str) -> bool:
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES and len(word) == 4 else 1
    return len(word) - sl == 2 and can_be_name(word, sl)


def find_companions(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Full names right after ``같이 간``/``같이 본`` (module docstring), then given names alone in
    a person's frame (``givenframes.py``) or with the familiar 이 (``familiar.py``), not
    overlapping ``taken``."""
    if not morph.enabled():
        return []
    spans = [m.span(1) for m in _COMPANION.finditer(text) if _full_name(m.group(1))] if "같이" in text else []
    hits = free_hits(spans, taken, allowed, 0.7)
    hits += find_given_frames(text, taken + [(h.start, h.end) for h in hits], allowed)
    return hits + find_familiar_names(text, taken + [(h.start, h.end) for h in hits], allowed)
