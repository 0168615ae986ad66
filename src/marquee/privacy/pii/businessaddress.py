"""A business's published address in the layouts ``publicvalues`` leaves masked (P11.2, round 12).

``publicvalues`` takes an address right after a shop's or cinema's name and a bracket or colon.
Businesses give their address in other sentence frames too, and an address there is where a
shop, a cinema, a café, a hospital or a public office is, not where a member lives:

* **the business's own sentence**: ``<지점> 대표번호는 …이며 주소는 <주소>``, ``<극장> 공지에 적힌
  주소(<주소>)``, ``병원 홈페이지 주소: …``: ``주소`` right before the address, and earlier in the same
  sentence a word only a business's sentence holds (a cinema chain or the service's brand, a
  main number ``대표번호``, a customer centre, a ticket office, a notice or an official page; a
  branch ``…점`` or a café alone is not enough, read sets give members' addresses after
  ``생일카페 … 주소`` and ``…시점: … 경품 주소``);
* **a venue named, then its address**: ``venue: <극장 지점>, <주소>``, ``CGV 용산, <주소>``;
* **a kind of business, its name, then the address in brackets**: ``씨네카페 느린필름(<주소>)``,
  ``연세치과 (…)``, ``마포구청(…)``: a category word (카페, 서점, 병원, 약국, 구청, 도서관 …) and a
  name of at most one more word.

Round 13: the answer to where a branch is, and a receipt's registration block
(``businessblocks.py``).

What keeps a member's address masked: a home, a delivery or a person in the same sentence
(``집``, ``댁``, ``자택``, ``배송``, ``받는``, ``거주``, ``사는``, ``회원``, ``고객님``, ``말씀하신``,
``제``/``저희``/``우리``, ``my``, ``recipient``) wins, and only the sentence is read, never the line
(``… 님 댁(…)에서 해요. … 굿즈샵 을지로점(…)``: the first address is a home, the second a shop).
"""

from __future__ import annotations

import re

from .branches import BRANDS
from .businessblocks import (
    answers_where,
    branch_listing,
    in_registration_block,
    labelled_public,
    meeting_or_box_office,
)

_BRANDS = BRANDS
_CATEGORY = (r"(?:카페|커피|식당|서점|문고|샵|숍|공방|베이커리|레스토랑|호텔|극장|영화관|시네마|병원|의원|치과|"
             r"한의원|약국|구청|시청|군청|도청|주민센터|행정복지센터|우체국|도서관|미술관|박물관|경찰서|소방서|"
             r"센터|빌딩|타워|몰|마트|백화점)")
# Before ``주소``: a word only a business's own sentence holds (a branch or a café alone is not
# enough: ``생일카페 … 주소 <a member's flat>``, ``관객시점: … 경품 주소``, ``더샵 …, 새 주소``).
_BUSINESS_WORD = re.compile(rf"{_BRANDS}|대표[ \t]?(?:번호|전화)|고객[ \t]?센터|매표소|공지|공식|홈페이지|안내문")
_ADDRESS_WORD = re.compile(r"주소[ \t]*(?:는|은|가|:|：)?[ \t]*[(（]?[ \t]*$")
_VENUE = re.compile(rf"(?:(?<![A-Za-z])(?:[Vv]enue|[Ll]ocation)[ \t]*[:：][ \t]*[^\n,:：]{{1,24}}|"
                    rf"{_BRANDS}[^\n,:：(（]{{0,16}})[,，][ \t]*$")
_KIND_NAME = re.compile(rf"{_CATEGORY}(?:[ \t]+[가-힣A-Za-z0-9]{{1,10}})?[ \t]*[(（][ \t]*$")
_PRIVATE = re.compile(r"집|댁|자택|본가|배송|받는|수령|거주|사는|살고|이사|새[ \t]?주소|경품|당첨|회원|고객님|말씀|알려[ \t]?주신|적어[ \t]?주신|"
                      r"(?<![가-힣])(?:제|저희|우리|내)(?![가-힣])|(?<![A-Za-z])(?:[Mm]y|[Hh]ome|[Rr]ecipient|"
                      r"[Dd]eliver)")
_SENTENCE_END = re.compile(r"[.!?。\n](?=[ \t\n]|$)|[\n]")


def _sentence_before(text: str, start: int) -> str:
    """The sentence (or line) that the address at ``start`` sits in, up to the address."""
    lo = max(0, start - 120)
    head = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        head = m.end()
    return text[head:start]


def is_business_address(text: str, entity: str, start: int, end: int) -> bool:
    """True for an address a business publishes, in the frames of the module docstring."""
    if entity != "ADDRESS":
        return False
    before = _sentence_before(text, start)
    line = text[text.rfind("\n", 0, start) + 1:start]
    if (answers_where(text, start) or in_registration_block(text, start)) and not _PRIVATE.search(line):
        return True  # round 13 (businessblocks.py)
    if branch_listing(text, start, "주소") or labelled_public(text, start) or meeting_or_box_office(text, start, end):
        return True  # piiclean15 (businessblocks.py): a branch's card or table, a meeting place, a box office
    for frame in (_VENUE.search(before), _KIND_NAME.search(before)):
        if frame is not None and not _PRIVATE.search(frame.group()):
            return True
    m = _ADDRESS_WORD.search(before)
    if m is None:
        return False
    words = list(_BUSINESS_WORD.finditer(before, 0, m.start()))
    return bool(words) and not _PRIVATE.search(before, words[-1].start())  # from the nearest one on
