"""Unusual names held by a predicate only a person fills (P11.2, issue 16 round 9).

``predicates.py`` masks ``X 말로는``, ``X 덕분에``, ``X의 생일``, ``X가 흔쾌히`` … when X looks like
a name by its syllables and Kiwi reads no word in it. Names Kiwi reads as words (``구미+이란``,
``국영+자``, ``성하+ㄴ 별``) fail that. Here the predicate decides for a surname and two syllables
(``fieldvalues.can_be_name``), and a surname and one syllable counts only after a word that
opens a companion (``우리 팀``, ``같이 간``, ``옆자리``, a relation word). Still refused: one
syllable before a dictionary word (``정+주행``, ``최+신작``: the sentence is about the thing),
numbers, counters and adverbs (``한+명``). Kiwi's reading of a two-syllable name as a noun with a
contracted particle (``전차+ㄴ`` for ``전찬``) is void before the predicate's own particle.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_name, cores
from .names import NameHit
from .predicates import _PREDICATE, PREDICATE_HINT

_FRAMED = re.compile(rf"(?<![가-힣])([가-힣]{{2,4}})(?={_PREDICATE})")
_OPENERS = re.compile(r"(?:우리[ \t]?팀|같이[ \t](?:간|본|온)|옆자리|" + "|".join(L.RELATION_WORDS) + r")[ \t]+$")
_WHOLE = re.compile("")
_NOT_NAME_TAGS = ("MM", "NR", "NNB", "NP", "MAG", "IC", "SN", "XPN")
_FINAL_PARTICLES = frozenset(("\u11ab", "\u11af"))  # ᆫ, ᆯ: 는, 를 contracted


def _name(word: str) -> bool:
    for core, sl in cores(word, _WHOLE):
        tokens = morph.analyze(core) or ()
        if any(t[1] in _NOT_NAME_TAGS and t[4] for t in tokens):
            return False
        if len(tokens) == 2 and tokens[0][3] == 1 and tokens[1][1] == "NNG" and tokens[1][4] \
                and tokens[1][3] == len(core) - 1 >= 2:
            return False  # 정+주행
        if len(tokens) == 2 and tokens[1][1].startswith("J") and tokens[1][0] in _FINAL_PARTICLES:
            # 전차+ㄴ for 전찬: a particle contracted into the last syllable cannot be followed by
            # the particle the predicate puts after the word, so that reading is void.
            return all(c in GIVEN for c in core[sl:]) and tokens[0][3] == len(core)
        return can_be_name(core, sl)
    return False


def find_predicate_frames(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names before a person-only predicate (module docstring), not overlapping ``taken``."""
    if not morph.enabled():
        return []
    hits = []
    for m in _FRAMED.finditer(text) if PREDICATE_HINT.search(text) else ():
        s, e = m.span(1)
        word = m.group(1)
        sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
        if len(word) - sl < 1 or len(word) - sl > 2:
            continue
        if len(word) - sl == 1 and not _OPENERS.search(text[max(0, s - 12):s]):
            continue
        if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
            continue
        if _name(word):
            hits.append(NameHit(s, e, 0.7))
    return hits
