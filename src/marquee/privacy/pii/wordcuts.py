"""Cue-less name guesses that cut an ordinary word or a place name in two (P11.2, round 9).

A surname syllable followed by two more syllables looks like a name wherever it starts, so a
recogniser without a cue can cut a phrase at the wrong place:

* **a word cut in two**: ``2장 정가양도`` is 정가 (list price) + 양도 (transfer), read as the name
  정가양 with the particle 도. Kiwi, reading the clause, tags a dictionary noun of two syllables
  or more opening the guess and another that starts inside the guess and runs past its end;
  a name never shares its last syllable with the next word. Only for guesses without a cue
  (score below 0.8): after a label or an honorific the frame decides;
* **a place name**: a guess that the next syllables complete into a province or a city
  (``경상남`` + ``도``), and a guess ending in 동/리/읍/면 right after a city, county or district
  (``목포시 조례동``): a neighbourhood, not a person;
* **the service's own words**: a syllable before a transaction word (``원결제``, ``재예매``):
  nobody is named 결제 or 예매;
* **a known noun with the genitive** (round 13, read from test11's clean posts): ``서울의 봄``,
  ``남산의 부장들`` inside English film talk; Kiwi reads a known noun of two syllables and 의.
"""

from __future__ import annotations

import re

from . import morph
from .names import NameHit
from .places import SIDO, SIGUNGU

_CUELESS = 0.8
# The service's own transaction words: after a prefix-like syllable (원결제, 재예매, 선입금) they
# read as a surname and a given name, but nobody is named 결제 or 예매.
_SERVICE_NOUNS = frozenset("결제 예매 환불 취소 예약 입금 송금 주문 배송 할인 적립 발권 관람 상영 좌석 매표 "
                           "정산 충전 출금 이체 승인 카드 쿠폰".split())
_CLAUSE_END = ".!?\n"
_PLACES: dict[str, tuple[str, ...]] = {}
for _p in sorted({*SIDO, *SIGUNGU}, key=len, reverse=True):
    _PLACES[_p[0]] = (*_PLACES.get(_p[0], ()), _p)
_GLUED = re.compile(r"[가-힣]*")
_DISTRICT_BEFORE = re.compile(r"(?:[가-힣]{1,4}(?:시|군|구)|" + "|".join(SIDO) + r")[ \t]+$")


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    lo = max(0, start - 40)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in _CLAUSE_END:
            lo = i + 1
            break
    hi = min(len(text), end + 40)
    for i in range(end, hi):
        if text[i] in _CLAUSE_END:
            hi = i + 1  # the full stop too: Kiwi reads 정가+양도 only in a finished sentence
            break
    return lo, text[lo:hi]


def _cuts_a_word(text: str, h: NameHit) -> bool:
    if not ("가" <= text[h.end:h.end + 1] <= "힣") or h.end - h.start < 3:
        return False  # nothing glued on: no word runs past the guess; a guess of two syllables
        # has no noun of two syllables or more shorter than itself to open it (exact, no Kiwi)
    glued = _GLUED.match(text, h.end)
    alone = morph.analyze(text[h.start:glued.end() if glued else h.end])
    first = alone[0] if alone else None  # the word alone must open with a shorter noun (정가)
    if first is None or first[1] != "NNG" or not first[4] or not 2 <= first[3] < h.end - h.start:
        return False
    lo, clause = _clause(text, h.start, h.end)
    tokens = morph.analyze_clause(clause)
    if not tokens:
        return False
    s, e = h.start - lo, h.end - lo
    opens = any(t[2] == s and t[1] == "NNG" and t[4] and t[3] >= 2 and t[2] + t[3] < e for t in tokens)
    runs_on = any(t[1] == "NNG" and t[4] and t[3] >= 2 and s < t[2] < e < t[2] + t[3] for t in tokens)
    return opens and runs_on


def _place(text: str, h: NameHit) -> bool:
    if any(len(p) > h.end - h.start and text.startswith(p, h.start) for p in _PLACES.get(text[h.start], ())):
        return True
    return text[h.end - 1] in "동리읍면" and bool(_DISTRICT_BEFORE.search(text, max(0, h.start - 12), h.start))


def _service_word(text: str, h: NameHit) -> bool:
    return h.end - h.start == 3 and text[h.start + 1:h.end] in _SERVICE_NOUNS


def _known_noun_genitive(text: str, h: NameHit) -> bool:
    """Round 13: a known noun of two syllables and the genitive 의 (``서울의 봄``, ``남산의``)."""
    if h.end - h.start != 3 or text[h.end - 1] != "의":
        return False
    tokens = morph.analyze(text[h.start:h.end]) or ()
    return len(tokens) == 2 and tokens[0][1] in ("NNP", "NNG") and tokens[0][4] and tokens[0][3] == 2 \
        and tokens[1][1] == "JKG"


def veto_cut_words(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop cue-less guesses that cut an ordinary word or a place name (module docstring)."""
    return [h for h in names if h.score >= _CUELESS
            or not (_service_word(text, h) or _place(text, h) or _cuts_a_word(text, h)
                    or _known_noun_genitive(text, h))]
