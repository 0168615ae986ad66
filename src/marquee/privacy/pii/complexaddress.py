"""Addresses given by 동 (neighbourhood), apartment complex and unit, with no lot number
(P11.2, issue 16 round 11).

People often skip the lot or building number and give the 동, the complex and the unit:
``범어동 느티마을아파트 104동 250호``, ``송도동 푸른숲 115-483`` (동-호 written as a pair),
with or without the city in front. The road/lot recogniser needs a number after the 동 word,
so these were missed whole. The unit is what makes it a home: ``N동 N호`` or ``N-NNN`` right
after a complex name. The 동 word stays visible, like the region and road of other addresses;
the complex and every number are masked.

Without a 시·도 or 시·군·구 in front, the 동 word must read as a place (Kiwi does not know
it or reads it as a proper noun), or the complex carries a complex word (``…아파트``), or an
address word stands next to it (``주소``, ``사는``, ``거주``): ``자동 모드 123-456`` is no home.
"""

from __future__ import annotations

import re

from . import morph
from .addresses import _ADDRESS_CUES, _ADMIN, _COMPLEX_WORD, AddressHit

_UNIT = (r"(?P<unit>(?:제[ \t]?)?[0-9]{1,4}동[ \t]*(?:제[ \t]?)?[0-9]{1,5}호"
         r"|[0-9]{2,4}-[0-9]{3,4}(?:호)?)(?![0-9\-])")
_NAMED = r"[가-힣][가-힣A-Za-z0-9]{1,11}(?:[ \t][가-힣A-Za-z][가-힣A-Za-z0-9]{0,7})?(?:[ \t]?[0-9]{1,2}(?:단지|차))?"
_COMPLEX_UNIT = re.compile(
    rf"(?<![가-힣A-Za-z0-9]){_ADMIN}(?P<dong>[가-힣][가-힣0-9]{{0,6}}?(?:동|리|가))[ \t]+"
    rf"(?P<complex>{_COMPLEX_WORD}|{_NAMED})[ \t]*,?[ \t]*{_UNIT}")
# Round 12 (read from test12): a building of a complex with no unit, ``등촌동 래미안 110동``, where
# a delivery, a meeting place or a home is being given; three digits, as complexes number them.
_COMPLEX_BLDG = re.compile(
    rf"(?<![가-힣A-Za-z0-9]){_ADMIN}(?P<dong>[가-힣][가-힣0-9]{{0,6}}?(?:동|리|가))[ \t]+"
    rf"(?P<complex>{_COMPLEX_WORD}|{_NAMED})[ \t]+(?P<unit>[1-9][0-9]{{2}}동)(?![0-9])(?![ \t]*[0-9])")
_PLACE_CUES = re.compile(r"장소|출발|도착|배송지|[ \t]?문[ \t]?앞|에[ \t]?사는|에서[ \t]?만나")
_PREFILTER = re.compile(r"(?:동|리|가)[ \t]+[가-힣][^\n]{0,30}?[0-9](?:동|호|-[0-9])")
_STRONG_COMPLEX = re.compile(rf"(?:{_COMPLEX_WORD}|(?:마을|단지|하우스|팰리스|파크)(?:[ \t]?[0-9]{{1,2}}(?:단지|차))?)$")
_RIGHT_CUES = re.compile(r"[ \t]*(?:\)|,)?[ \t]*(?:사는|살아|살고|거주|인데|이에요|예요|입니다)")
# A complex is a name: it takes no particle (``추가 문의는 1661-9265`` is a phone number).
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|도|만|과|와|랑)$")
# A four-digit pair starting 15–19 is a business's representative number, not 동-호.
_REPRESENTATIVE = re.compile(r"1[5-9][0-9]{2}-[0-9]{4}$")


def find_complex_addresses(text: str) -> list[AddressHit]:
    """Addresses written ``[region] 동 complex unit`` with no lot number, ``mask_from`` at the
    complex."""
    if _PREFILTER.search(text) is None:
        return []
    hits = []
    for m in _COMPLEX_UNIT.finditer(text):
        complex_ = m.group("complex")
        if _REPRESENTATIVE.match(m.group("unit")) or (
                _PARTICLE_END.search(complex_) and not _STRONG_COMPLEX.search(complex_)):
            continue
        if (m.group("admin") or "").strip():
            score = 0.9
        else:
            score = _bare_score(text, m)
            if score < 0.6:
                continue
        hits.append(AddressHit(m.start(), m.end(), score, m.start("complex")))
    return hits + _buildings(text, [(h.start, h.end) for h in hits])


def _buildings(text: str, taken: list[tuple[int, int]]) -> list[AddressHit]:
    """``동 complex N동`` where a place is being given (``배송지 …``, ``… 문 앞에``)."""
    hits = []
    for m in _COMPLEX_BLDG.finditer(text):
        complex_ = m.group("complex")
        if any(a < m.end() and m.start() < b for a, b in taken) or (
                _PARTICLE_END.search(complex_) and not _STRONG_COMPLEX.search(complex_)):
            continue
        left, right = text[max(0, m.start() - 25):m.start()], text[m.end():m.end() + 8]
        if not (_PLACE_CUES.search(left) or _PLACE_CUES.match(right) or _ADDRESS_CUES.search(left)):
            continue
        score = 0.9 if (m.group("admin") or "").strip() else _bare_score(text, m) + 0.2
        if score >= 0.6:
            hits.append(AddressHit(m.start(), m.end(), score, m.start("complex")))
    return hits


def _bare_score(text: str, m: re.Match[str]) -> float:
    """Confidence for ``동 complex unit`` with nothing in front that names a region."""
    dong, complex_, unit = m.group("dong"), m.group("complex"), m.group("unit")
    score = 0.4
    if "호" in unit:
        score += 0.1
    if _STRONG_COMPLEX.search(complex_):
        score += 0.15
    tokens = morph.analyze(dong)
    if tokens is not None:
        if not all(t[1] in ("NNP", "NNG", "SN") for t in tokens):
            return 0.0  # read with a verb, an ending or a particle: not a place name
        if len(tokens) == 1 and tokens[0][1] == "NNG" and tokens[0][4]:
            # 연동 is a place and a common word: only with a complex or a 호 to say which
            if not (_STRONG_COMPLEX.search(complex_) or "호" in unit):
                return 0.0
        elif len(tokens) == 1:  # 역삼동: a place Kiwi knows
            score += 0.15
        else:  # 풍덕천동: syllables Kiwi cannot read as one word, a place it does not know
            score += 0.1
    left = text[max(0, m.start() - 25):m.start()]
    if _ADDRESS_CUES.search(left) is not None or _RIGHT_CUES.match(text, m.end()) is not None:
        score += 0.2
    return score
