"""Homes given by the complex and the unit alone: ``한빛빌라 203동 1102호`` (P11.2, issue 16
round 13, read from test14).

Among friends and on delivery forms people often drop the region, the road and even the 동
word and write only the complex and ``N동 N호``: ``나 이사했어 주공3단지 108동 1601호``,
``배송지 … 꿈에그린 101동 1203호``, ``댁(한신빌라 115동 101호)``. The other recognisers need a
road, a lot number or a 동 word in front, so these stayed visible whole.

A building number of two to four digits with 동 and a unit of three or four digits with 호 is
how Korean apartment complexes number homes; it counts when the word before it is a complex
(``…아파트``, ``…빌라``, ``주공``, ``…단지``, a brand) or an address word stands before it or
a living word after it (``주소``, ``댁``, ``이사``, ``배송지`` … ``살아요``). A lettered building
(``A동 301호``) is an office block's and stays out. Convention as elsewhere: the complex and
every number are masked (``***** ****  *****``), the words around stay.
"""

from __future__ import annotations

import re

from .addresses import AddressHit

_BRAND = (r"아파트|APT|빌라|맨션|오피스텔|타워|하이츠|캐슬|자이|푸르지오|힐스테이트|래미안|아이파크|더샵|"
          r"주공|빌리지|타운|빌|그린|파크|마을|단지|하우스|팰리스|스위트|닷홈|리센츠|엘스|트리지움|"
          r"e편한세상|편한세상|위브|써밋|센트럴|시티|스카이|포레|베르디움|데시앙|꿈에그린|휴먼시아|LH")
_UNIT_ADDRESS = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<complex>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})"
    r"(?:[ \t]+(?P<part>[0-9]{1,2}(?:단지|차)|[A-Z]?[0-9]{1,2}블록))?[ \t]*,?[ \t]*"
    r"(?P<unit>[0-9]{2,4}동[ \t]*[0-9]{3,4}호)(?![0-9가-힣]*(?:점|선|기))")
_STRONG = re.compile(rf"(?:{_BRAND})(?:[ \t]?[0-9]{{1,2}}(?:단지|차))?$")
_LEFT_CUES = re.compile(r"주소|배송지|배달|택배|송장|수령지|자택|집|댁|이사|거주|사는|살아|살고|우편|보내")
_RIGHT_CUES = re.compile(r"[ \t]*\)?[ \t]*(?:[으로에]{0,2}[ \t]?(?:이사|사는|살아|살고|거주)|이에요|예요|입니다|까지|로|으로)")
# A particle or an ending on the word before the unit makes it no complex (사무실은 …, 같은 …).
_PARTICLE_END = re.compile(r"(?:은|는|을|를|의|에|에서|도|만|과|와|랑|하고|했어|해요|한)$")


def find_unit_addresses(text: str, taken: list[tuple[int, int]]) -> list[AddressHit]:
    """``complex N동 N호`` with nothing else of the address, ``mask_from`` at the complex;
    none inside an address found whole (``taken``)."""
    if "호" not in text or "동" not in text:
        return []
    hits = []
    for m in _UNIT_ADDRESS.finditer(text):
        complex_ = m.group("complex")
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        strong = _STRONG.search(complex_) is not None
        if _PARTICLE_END.search(complex_) and not strong:
            continue
        left = text[max(0, m.start() - 20):m.start()]
        cue = _LEFT_CUES.search(left) is not None or _RIGHT_CUES.match(text, m.end()) is not None
        if not (strong or cue):
            continue
        score = 0.65 + (0.1 if strong else 0.0) + (0.1 if cue else 0.0)
        hits.append(AddressHit(m.start(), m.end(), score, m.start()))
    return hits
