"""An organisation's published address and number in a post about the place (P11.2, round 14,
piiclean16). ``businessaddress``, ``businessblocks``, ``infolines``, ``publicphones`` and ``venues``
read the cinema's own layouts; this module reads the places members recommend, review and list.

A shop, a restaurant, a café, a hospital, a pharmacy, an academy, a bank or a public office
publishes where it is and what number to call, and posts copy them: ``하루국수 본점 서울 마포구 …``,
``[오시는 길]⏎경기 수원시 …⏎T. 031-…``, ``신한은행 여의도지점: … / 02-…``, ``서울대병원 응급실 02-…``.
Masking them hides nothing. What says the value is the place's, by category:

* **the place named right before it**: a name ending in a kind of organisation (``…본점``,
  ``…점``, ``…병원``, ``…약국``, ``…카페``, ``…구청``, ``…우체국``, ``…은행`` …, ``_ORG``), then only
  the words that introduce a value (``주소``, ``위치``, ``전화``, ``예약``, ``문의``, a colon, a dash,
  a bar, a bracket), one desk word allowed for a number (``응급실``, ``민원실``);
* **the place named right after an address** (``<주소> 명동교자 본점``, ``<주소> 건물 지하``);
* **a label only a place has** before an address: ``오시는 길``, ``찾아오시는 길``, ``주차 안내``, and
  ``위치`` in a post about a place;
* **a place's card**: a word only a business's card or notice holds anywhere in the paragraph
  (``영업시간``, ``운영시간``, ``진료시간``, ``휴무``, ``브레이크타임``, ``라스트오더``, ``대표번호``,
  ``팩스``, ``Fax``, ``매장 안내``): every address in it, and every number behind a telephone sign
  or an inquiry word (``Tel.``, ``T``, ``F.``, ``☎``, ``전화``, ``예약``, ``문의``);
* **the number to book or ask, in a post about a place**: ``예약은 02-…로``, ``문의 02-…`` with a
  place named in the post and no member's classified (``양도``, ``팝니다``, ``구해요``) nor a
  first-person word in it.

Numbers: an area-code landline, an internet line (``070``) or a business's call-forwarding line
(``0507``), never a mobile (a shop's owner's mobile reads as a person's here).

What keeps a value masked: a home, a delivery, a move or a member on the value's line or between
the cue and the value (``businessaddress._PRIVATE``, ``publicphones._PERSONAL``), a home or a
delivery anywhere in the post (``우리 집``, ``배송지``, ``받는 분``, ``택배``), and a flat's unit in the
address (``101동 1203호``).
"""

from __future__ import annotations

import re

from .branches import BRANDS
from .businessblocks import _line_bounds, _paragraph
from .infolines import _SHOP_BRACKET

# A kind of organisation closing its name (``밀도 성수점``, ``튼튼소아과의원``, ``마포구청``).
_KIND = (r"(?:본점|지점|직영점|매장|센터|병원|의원|치과|한의원|클리닉|의료원|"
         r"(?:내|외|소아|소아청소년|안|피부|이비인후|비뇨기|산부인|정신건강의학|재활의학|가정의학)과|약국|식당|카페|커피|학원|"
         r"은행|마트|빵집|베이커리|제과|국수|냉면|면옥|국밥|분식|치킨|서점|문고|공방|호텔|헬스장|미용실|꽃집|안경원|세탁소|"
         r"극장|영화관|시네마|갤러리|한약방|레스토랑|브루어리|스튜디오|키친|다방|상회|정육점|떡집|횟집|고깃집|"
         r"주점|포차|술집|이자카야|라멘|스시|초밥|피자|버거|브런치|디저트|편의점|문구|회관)")
# A public institution or a landmark, named by its district or not (``강동구 보건소``, ``8층 푸드코트``).
_INST = (r"(?:주민센터|행정복지센터|구청|시청|군청|도청|우체국|보건소|도서관|경찰서|소방서|복지관|체육관|미술관|박물관|"
         r"푸드코트|백화점|교회|성당)")
# Kin: a relative's address or number is a private person's.
_KIN = r"친구|엄마|아빠|부모님|할머니|할아버지|언니|오빠|누나|동생|남편|아내|와이프|애인|남친|여친|아들|딸"
# A branch: a name and ``점`` (``성수점``, ``여의도지점``), not a common word ending in ``점``.
_BRANCH = r"(?<![가-힣])(?!시점|관점|장점|단점|약점|요점|논점|정점|초점|만점|득점|실점|접점|거점|맛점|이점|결점|원점|반점)[가-힣A-Za-z0-9]{1,10}점"
# A name before the kind: a bare ``매장``/``센터`` before a table cell is a member's (round 7).
_ORG = re.compile(rf"(?<![가-힣])(?:[가-힣A-Za-z0-9]{{1,10}}{_KIND}|[가-힣A-Za-z0-9]{{0,10}}{_INST})(?![가-힣])|"
                  rf"{_BRANCH}(?![가-힣])")
# A kind first, then the name (``카페 봄날 / …``, ``식당 '소풍' …``), never a bare ``매장 부산 | …``.
_BARE_KIND = re.compile(r"(?<![가-힣])(?:카페|식당|서점|약국|병원|의원|치과|학원|베이커리|레스토랑|갤러리|공방|호텔|"
                        r"이자카야|펍|포차|주점|브런치)"
                        r"[ \t]+['\"]?[가-힣A-Za-z0-9]{1,10}['\"]?")
# Between the place's name and its value: the words that introduce one.
_GLUE = re.compile(r"(?:[ \t:：\-–—|/,(（\[\]'\"·.]|주소|위치|전화(?:번호)?|예약|문의|대표[ \t]?번호|연락처|"
                   r"[Tt][Ee][Ll]\.?|T\.|는|은|의|에|로|으로|입니다)*$")
_DESK_WORD = re.compile(r"[ \t]+[가-힣]{2,4}(?:실|과|팀|부|데스크|창구)[ \t:：]*$")
# Not a place near the address (``<주소> 근처 카페``, ``근처영화관``) nor a member's handle (``…극장 님``).
_AFTER_ORG = re.compile(rf"[ \t,]*(?:\([^)\n]{{0,12}}\)[ \t]*)?(?!근처|부근|앞|옆|뒤|건너|맞은)"
                        rf"(?:[가-힣A-Za-z0-9]{{1,10}}[ \t])?(?!근처|부근|앞|옆|뒤|건너|맞은)(?:{_ORG.pattern}|건물|빌딩|매표소|"
                        r"안내[ \t]?데스크|카운터)"
                        r"(?![ \t]?(?:님|씨))")
_LABEL = re.compile(r"(?:(?:찾아)?오시는[ \t]?길|찾아가는[ \t]?길|주차(?:장)?[ \t]?안내|[Ll]ocation)"
                    r"[ \t]*(?:은|는)?[ \t]*[:：\]】)]?[ \t\n]*$")
_WHERE = re.compile(r"(?<![가-힣])위치[ \t]*(?:은|는)?[ \t]*[:：\]】)]?[ \t\n]*$")
_CARD = re.compile(r"(?<![A-Za-z])(?:[Hh]ours|HOURS)[ \t]*:|[Oo]pening[ \t]hours|상호|(?:가게|매장|병원|업체|기관|시설)[ \t]?정보|사업장|영업[ \t]?(?:시간|[0-9])|"
                   r"(?<![A-Za-z])F\.[ \t]*0[0-9]|운영[ \t]?시간|진료[ \t]?시간|휴무|무휴|정기[ \t]?휴일|브레이크[ \t]?타임|라스트[ \t]?오더|대표[ \t]?번호|"
                   r"팩스|(?<![A-Za-z])(?:[Ff]ax|FAX)(?![A-Za-z])|매장[ \t]?안내|오시는[ \t]?길|주차[ \t]?(?:안내|정산|장)")
_SIGN = re.compile(r"(?:☎|℡|☏|(?<![A-Za-z])(?:[Tt][Ee][Ll]|T|F|[Ff]ax|FAX)\.?|팩스)(?:번호)?[ \t]*[:：]?[ \t]*$")
_CARD_SIGN = re.compile(r"(?:전화|예약|문의)(?:번호)?(?:는|은)?[ \t]*[:：]?[ \t]*$")
_ASK = re.compile(r"(?:예약|문의)(?:는|은|처)?[ \t]*[:：]?[ \t]*$")
# An address just before the number on the line (``… 여의대로 70 / 02-…``).
_ADDRESS_TAIL = re.compile(r"(?:로|길)[ \t]?[0-9]{1,4}(?:-[0-9]{1,4})?(?:,?[ \t]+(?:지하[ \t]?)?[0-9]{1,3}[ \t]?층)?"
                           r"[)）]?[ \t]*[,/|·.][ \t]*$")
# A place's name in quotes right before its address (``식사는 '한옥마을 떡갈비' <주소>``).
_QUOTED = re.compile(r"['‘\"“][가-힣A-Za-z0-9 ]{2,16}['’\"”][ \t]*[:：\-–/,]?[ \t]*$")
# A numbered or bulleted line naming a place, then its address, in a post listing places.
_LIST_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-*•·▶◆])[ \t]*[^\n\-–:：(（|]{1,14}[ \t]*[\-–:：(（|][ \t]*$")
_PLACES_POST = re.compile(r"맛집|가게|식당|카페|매장|병원|식사|추천[ \t]?(?:장소|리스트|목록)|리스트")
# The place named in brackets right after its number (``041-… (천안 소풍식당)``).
_ORG_BRACKET = re.compile(rf"[ \t]*[(（][ \t]*(?:[가-힣A-Za-z0-9]{{1,10}}[ \t])?(?:{_ORG.pattern})")
# A member's word before the number, as whole words (``publicphones._PERSONAL`` reads ``내`` in ``성내로``).
_PERSONAL = re.compile(r"(?<![가-힣])(?:제|내|저|저희|우리)(?![가-힣])|(?<![가-힣])집|핸드폰|휴대폰|(?<![가-힣])폰|개인|"
                       r"직원|담당자|매니저|점장|사장|회원|" + _KIN + r"|(?<![A-Za-z])(?:[Mm]y|[Mm]e|[Hh]ome|[Cc]ell|[Mm]obile)(?![A-Za-z])")
# An area-code landline, an internet line (070) or a call-forwarding line (0507); shared with
# ``placepairs``, which spells out the whole number.
AREA_CODE = r"\(?0(?:2|[3-6][1-5]|70|507)\)?"
_NUMBER = re.compile(AREA_CODE + r"[ \t.\-)]")
HOME_POST = re.compile(r"(?:(?<![가-힣])|우리|내|저희|제|친구|울|본|자취)집(?![중합])|주소[ \t]?변경|변경된[ \t]?주소|댁(?![가-힣])|자택|본가|배송|받는[ \t]?(?:분|사람|이)|수령인|택배|이사(?:했|갔|와)|"
                        r"새[ \t]?주소|연락처[ \t]?남|(?<![A-Za-z])(?:[Mm]y|[Hh]ome)(?![A-Za-z])")
# A member on the value's line (``businessaddress._PRIVATE`` reads ``집`` inside ``맛집``/``빵집``).
PRIVATE = re.compile(r"거주|(?<![가-힣])사는|에[ \t]?사는|살고|회원|고객님|말씀|알려[ \t]?주신|적어[ \t]?주신|경품|당첨|수령|주문자|"
                      r"(?<![가-힣])(?:제|저희|우리|내)(?![가-힣])|" + _KIN + r"|(?<=[가-힣])[ \t]?(?:님|씨)(?![가-힣])")
ROSTER = re.compile(r"성명|이름|받는|수령|예약자|신청자|주문자|보호자|[Nn]ame")
UNIT = re.compile(r"[0-9]+[ \t]?동[ \t]?[0-9]+[ \t]?호")
# ``매장: <주소>``, ``가게 위치: <주소>`` in a post that names a place (``안녕하세요, 을지면옥입니다``).
_SHOP_LABEL = re.compile(r"(?:매장|가게|사업장|본점|지점|업장)[ \t]?(?:주소|위치)?[ \t]*[:：][ \t]*$")
# The business introduces itself (``안녕하세요, 소풍면옥입니다``).
_SELF_INTRO = re.compile(r"안녕하세요[,.!]?[ \t]*[가-힣A-Za-z0-9 ]{2,16}(?:입니다|이에요|예요)")
# A business's letter: signed by a place, a cinema's branch or a team (``마키 홍대점 단체영업팀 드림``).
_SIGNED = re.compile(rf"(?:{BRANDS}[^\n]{{0,16}}|[가-힣A-Za-z0-9]{{2,12}}(?:팀|점|센터|본부|사무국|사무소))[ \t]*(?:드림|올림)[ \t.]*$")
CLASSIFIED = re.compile(r"양도|판매|팝니다|팔아요|구해요|구합니다|교환|나눔")
_MEMBER_POST = re.compile(r"분실|잃어|찾아요|(?<![가-힣])(?:제|저|저희|나|내)(?![가-힣])")


def _named_before(before: str, desk: bool) -> bool:
    """A place's name, then only the words that introduce its value (a desk word for a number)."""
    if desk:
        before = _DESK_WORD.sub("", before)
    for m in (*_ORG.finditer(before), *_BARE_KIND.finditer(before)):
        if _GLUE.fullmatch(before[m.end():]):
            return True
    return False


def _named_on_line(text: str, line_start: int, start: int) -> bool:
    """A place named earlier on the value's line, and no member's word after it."""
    lo = max(line_start, start - 90)
    names = [*_ORG.finditer(text, lo, start), *_BARE_KIND.finditer(text, lo, start)]
    if not names or _MEMBER_POST.search(text, line_start, start):
        return False  # 저 지금 서울대병원 입원중인데 병실 전화 02-…
    return _PERSONAL.search(text, max(m.end() for m in names), start) is None


def _card(text: str, start: int, end: int) -> bool:
    """A card's word in the paragraph, which is no roster of people (``성명``, ``이름``, ``받는``)."""
    lo, hi = _paragraph(text, start)
    para = text[lo:hi]
    return _CARD.search(para) is not None and ROSTER.search(para) is None


def _address(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start)
    before = text[max(line_start, start - 40):start]
    label_zone = text[max(0, start - 30):start]
    if _LABEL.search(label_zone) and not PRIVATE.search(before):
        return True
    if PRIVATE.search(text, line_start, line_end):
        return False
    if _named_before(before, desk=False) or _AFTER_ORG.match(text, end, line_end) or _SHOP_BRACKET.search(before):
        return True
    if _SHOP_LABEL.search(before) and (_ORG.search(text) or _SELF_INTRO.search(text) or _card(text, start, end)):
        return True
    if _card(text, start, end):
        return True
    if (_LIST_ITEM.match(text[line_start:start]) or _QUOTED.search(before)) and _PLACES_POST.search(text):
        return True
    return bool(_WHERE.search(label_zone)) and _ORG.search(text) is not None


def _phone(text: str, start: int, end: int) -> bool:
    if _NUMBER.match(text, start) is None or CLASSIFIED.search(text):
        return False  # a member's classified names the cinema too (``양도합니다 … 문의 02-… (마키 강남점)``)
    line_start, _ = _line_bounds(text, start)
    before = text[max(line_start, start - 40):start]
    if _SIGNED.search(text.rstrip()) and _MEMBER_POST.search(text) is None:
        return True  # a business's letter gives its desk's direct line (``담당자 직통 02-…``)
    cut = max((m.end() for m in _ORG.finditer(before)), default=0)
    if _PERSONAL.search(before, cut):
        return False
    if _named_before(before, desk=True) or _ORG_BRACKET.match(text, end):
        return True
    line_end = text.find("\n", end)
    if _PERSONAL.search(text, end, min(end + 12, len(text) if line_end == -1 else line_end)):
        return False  # 문의는 031-…로 (제 사무실)
    if _SIGN.search(before) and (_card(text, start, end) or _ORG.search(text) is not None):
        return True
    if _CARD_SIGN.search(before) and (_card(text, start, end) or _named_on_line(text, line_start, start)):
        return True
    if _ADDRESS_TAIL.search(before):  # an address first: the place named before it, or a card
        return _card(text, start, end) or _named_on_line(text, line_start, start)
    return bool(_ASK.search(before)) and _ORG.search(text) is not None and _MEMBER_POST.search(text) is None


def is_place_contact(text: str, entity: str, start: int, end: int) -> bool:
    """True for a place's published address or number in the frames of the module docstring."""
    if entity not in ("ADDRESS", "PHONE") or HOME_POST.search(text):
        return False
    if entity == "ADDRESS":
        if UNIT.search(text, start, end + 12) or CLASSIFIED.search(text):
            return False  # a flat, or a room or a seat offered (``원룸 양도합니다 … 주소 …``)
        return _address(text, start, end)
    return _phone(text, start, end)
