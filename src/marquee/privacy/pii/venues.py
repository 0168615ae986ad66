"""A venue's listing: the address and landline a post gives for a place people go to (P11.2,
round 12, lead, read from test12 and test13 once each had been scored blind).

Posts name where to meet, where a lost item waits and where to collect goods, and they copy the
place's published address and desk number with it: ``장소: 을지면옥 서울 중구 … / 02-…``,
``매표소 광주 동구 충장로 93 3층, ☎ 062-…``, ``마키 센텀(부산 … 7층, ☎ 051-…)``, ``마키 울산삼산
대표번호는 … 주소는 …``. Those
are a business's, published so that anyone can call or go there; masking them changes a post with
no personal data in it. What makes a listing, by category:

* a **venue cue** on the line before the value: a theatre of the operator's brand or of a chain
  with its branch (``마키 건대입구``, ``CGV 용산``), a desk (``매표소``, ``분실물 센터``, ``대표번호``,
  ``지점 대표``, ``관리실``), or a place label followed by a place's name (``장소:``, ``뒤풀이는``,
  ``굿즈샵:``, ``업체:``, ``venue:``);
* for a landline also the **telephone sign** (``☎``, ``Tel.``) or an address just before it on the
  line, itself given after a venue cue.

A member's word between the cue and the value (``제``, ``집``, ``자택``, ``배송``, ``받는``, ``회원``
…) keeps it masked, and a mobile number is never a venue's. The number to call at a desk and a
business SMS sender (``[발신번호 …] 마키 …입니다``) are ``publicphones.py``'s.
"""

from __future__ import annotations

import re

from .branches import BRANDS
from .publicphones import _LANDLINE

_BRANCH = re.compile(BRANDS + r"(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{2,10}")
_DESK = re.compile(r"매표소|분실물[ \t]?센터|안내[ \t]?데스크|대표[ \t]?(?:번호|전화)|(?:지점|매장|본점|본사|극장)[ \t]?대표|"
                   r"관리실|관리[ \t]?사무소|경비실|상황실")
_PLACE_LABEL = re.compile(
    r"(?:(?:장소|모임[ \t]?장소|뒤풀이(?:는|[ \t]?장소)?|굿즈[ \t]?샵|venue|Venue|VENUE|place|Place)[ \t]*[:：]?|"
    r"(?:매장|업체|거래처)[ \t]*[:：])[ \t]+")  # a bare 매장 before a table cell is a member's (round 7)
_SIGN = re.compile(r"(?:☎|℡|☏|[Tt][Ee][Ll]\.?|T\.)[ \t]*[:：]?[ \t]*$")
_AFTER_ADDRESS = re.compile(r"[0-9](?:[ \t]?(?:층|호|번지))?[)）]?[ \t]*[,/][ \t]*(?:☎|℡|☏)?[ \t]*$")
_PRIVATE = re.compile(r"제[ \t]|제가|내[ \t]|저는|저희|우리|친구|(?<![가-힣])집|자택|본가|댁|배송|받는|수령|거주|사는|이사|회원|"
                      r"개인|핸드폰|휴대폰|휴대전화|본인|직원|담당자?|성명|이름|신분증|출발|작업실|"
                      r"\b(?:[Mm]y|[Oo]ur|[Hh]ome|[Ss]hip|[Dd]eliver|[Ss]end|attn|[Rr]ecipient|[Nn]ame)\b")
# What may stand between a theatre's name and its own address or number: brackets, separators,
# the words that introduce them, and a number given first (``대표번호는 02-… 이며 주소는 …``).
_GLUE = re.compile(r"[ \t()（）,:：/\[\]☎℡☏0-9+.\-]|매표소|대표[ \t]?(?:번호|전화)|전화(?:번호)?|주소|위치|"
                   r"[Aa]ddress|[Tt]el|는|은|이며|이고|입니다|공지|안내|공식|홈페이지|에|적힌|나온|된")
# Between a cue and its value: no sentence ends (a new sentence is about something else).
_SENTENCE_END = re.compile(r"[.!?。][ \t]|[요다죠][.!?~ \t]|[ㅋㅎㅠ]{2}")


def _line_before(text: str, start: int, width: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return text[max(line_start, start - width):start]


def _cue_end(before: str) -> int:
    """Where the last venue cue before the value ends, or -1 when there is none. A theatre's name
    counts only right before its value (``마키 센텀(…``, ``venue: 마키 왕십리, …``), a place label
    only with a place's name after it (``장소: 을지면옥 …``, not ``장소: 서울 …``)."""
    ends = [m.end() for m in _DESK.finditer(before)]
    ends += [m.end() for m in _BRANCH.finditer(before) if not _GLUE.sub("", before[m.end():])]
    ends += [m.end() for m in _PLACE_LABEL.finditer(before) if len(before[m.end():].strip()) >= 2]
    return max(ends, default=-1)


def _after_cue(before: str, gap: int = 32) -> bool:
    end = _cue_end(before)
    if end == -1 or len(before) - end > gap:
        return False
    return _PRIVATE.search(before, end) is None and _SENTENCE_END.search(before, end) is None


def is_venue_value(text: str, entity: str, start: int, end: int) -> bool:
    """True for a place's address or landline given as a listing (see the module docstring)."""
    if entity == "ADDRESS":
        return _after_cue(_line_before(text, start, 60))
    if entity != "PHONE" or _LANDLINE.match(text, start) is None:
        return False
    before = _line_before(text, start, 90)
    if _SIGN.search(before):
        return _PRIVATE.search(before[-40:]) is None
    if _AFTER_ADDRESS.search(before):
        return _after_cue(before, 80)
    return _after_cue(before[-50:])
