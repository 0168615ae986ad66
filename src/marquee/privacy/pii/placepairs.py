"""A place's address and its landline given together (P11.2, round 14, piiclean17).

``placecards`` reads a place by its name (``…본점``, ``…카페``, ``…병원``), its label (``오시는 길``)
or its card (``영업시간``). Members name the places they recommend by what they are called, which
no list of kinds covers (``연남 감성타코``, ``센텀 굿즈샵``, ``씨네큐브 광화문``), so the name cannot be
the cue. What a business's contact looks like, whoever writes it, is the **pair**: a street
address and a landline given side by side (``<주소> / 02-…``, ``(<주소>, 02-…)``), or a landline
bracketed after a name and the place's address given in the same post (``… (02-…) … 위치는 <주소>``).
A private person gives a home with a unit, a mobile, a recipient or a move; a business gives a
street, a floor and a landline.

The pair counts only when the post holds nothing private:

* no home, delivery, move, member, relative or prize word (``placecards.HOME_POST``,
  ``placecards.PRIVATE``), no roster field (``이름``, ``받는``, ``예약자``), no classified
  (``양도``, ``팝니다``);
* no work place nor a contact given as the member's own (``회사``, ``사무실``, ``연락처``, ``본인``);
* no flat's unit in the address (``101동 1203호``) and no mobile number anywhere in the post;
* the number is an area-code landline, an internet line (``070``), a call-forwarding line
  (``0507``) or a nationwide line (``1544-…``), never a mobile;
* the address is a street address (``…로 7``, ``…길 45``), not a lot number alone (``…동 55-9``,
  which is how members give their homes).
"""

from __future__ import annotations

import re

from .placecards import AREA_CODE, CLASSIFIED, HOME_POST, PRIVATE, ROSTER, UNIT

_LANDLINE = AREA_CODE + r"[ \t.\-]?[0-9]{3,4}[ \t.\-][0-9]{4}|1[568][0-9]{2}-[0-9]{4}"
_LANDLINE_AT = re.compile(_LANDLINE)
_MOBILE = re.compile(r"(?<![0-9])01[016789][ \t.\-]?[0-9]{3,4}[ \t.\-]?[0-9]{4}")
# What may stand between an address and its number: a floor, a basement, a building, a separator.
_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:(?:지하[ \t]?)?[0-9]{1,3}[ \t]?층|[Bb][0-9]|[가-힣A-Za-z0-9]{2,12}(?:빌딩|타워|센터|플라자|몰))?"
                      r"(?:[ \t]*(?:(?:지하[ \t]?)?[0-9]{1,3}[ \t]?층|[Bb][0-9]))?[ \t]*[)）]?[ \t]*[,/|·.\-–][ \t]*"
                      r"(?:(?:전화|[Tt][Ee][Ll]\.?|T\.?|☎)[ \t]*[:：]?[ \t]*)?$")
# The reverse order, a number then the address (``02-… / 서울 마포구 …``, ``T. 02-… · 주소 …``).
_THEN_ADDRESS = re.compile(r"[ \t]*[,/|·.\-–][ \t]*(?:주소[ \t]*[:：]?[ \t]*)?[가-힣]{1,6}[ \t][^\n]{0,24}?[가-힣0-9](?:로|길)[ \t]?[0-9]")
# A desk named in brackets right after the number (``02-… (주차관리실)``, ``(고객센터)``), not an office.
_DESK = re.compile(r"[ \t]*[(（][ \t]*[가-힣]{0,8}(?:관리실|관리사무소|안내실|상황실|안내[ \t]?데스크|매표소|고객[ \t]?센터|"
                   r"콜[ \t]?센터|민원실|접수처|프런트|프론트)[ \t]*[)）]")
# A member's own contact, at work or given as theirs (``회사 주소``, ``연락처``, ``본인``).
_OWN = re.compile(r"회사|직장|사무실|근무|연락처|본인|개인")
_STREET = re.compile(r"[가-힣0-9](?:로|길)[ \t]?[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9])")
# A landline in brackets right after a name (``연남 감성타코 (02-…)``).
_BRACKETED = re.compile(rf"[가-힣A-Za-z0-9][ \t]*[(（][ \t]*(?:{_LANDLINE})[ \t]*[)）]")
# The place's address introduced as where it is (``위치는 <주소>``, ``위치: <주소>``).
_WHERE = re.compile(r"위치[ \t]*(?:는|은)?[ \t]*[:：]?[ \t]*$")
_WHERE_STREET = re.compile(r"위치[ \t]*(?:는|은)?[ \t]*[:：]?[ \t]*[^\n]{0,25}?" + _STREET.pattern)


def _private_post(text: str) -> bool:
    return bool(HOME_POST.search(text) or PRIVATE.search(text) or ROSTER.search(text)
                or CLASSIFIED.search(text) or _MOBILE.search(text) or _OWN.search(text))


def _address(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if UNIT.search(text, start, end + 12) or not _STREET.search(text, start, end):
        return False
    number = _LANDLINE_AT.search(text, end, line_end)
    if number is not None and _BETWEEN.match(text[end:number.start()]):
        return True  # <주소> / 02-…
    if _LANDLINE_AT.search(text, max(line_start, start - 40), start) and re.search(
            rf"(?:{_LANDLINE})[ \t]*[,/|·.\-–][ \t]*(?:주소[ \t]*[:：]?[ \t]*)?$", text[max(line_start, start - 40):start]):
        return True  # 02-… / <주소>
    if _WHERE.search(text, max(line_start, start - 12), start):
        return _BRACKETED.search(text) is not None  # … (02-…) … 위치는 <주소>
    return False


def _phone(text: str, start: int, end: int) -> bool:
    if _LANDLINE_AT.match(text, start) is None and _LANDLINE_AT.match(text, max(0, start - 1)) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    for street in _STREET.finditer(before):
        if _BETWEEN.match(before[street.end():]) and not UNIT.search(before, street.start()):
            return True  # <주소> / 02-…
    if _THEN_ADDRESS.match(text, end) or _DESK.match(text, end):
        return True  # 02-… / <주소>; 02-… (주차관리실)
    bracket = _BRACKETED.search(text, max(0, start - 4), min(len(text), end + 4))
    if bracket is None:
        return False
    return _WHERE_STREET.search(text, end) is not None


def is_place_pair(text: str, entity: str, start: int, end: int) -> bool:
    """True for a street address and a landline given together in a post with nothing private."""
    if entity not in ("ADDRESS", "PHONE") or _private_post(text):
        return False
    if entity == "ADDRESS":
        return _address(text, start, end)
    return _phone(text, start, end)
