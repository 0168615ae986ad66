"""Values that point at a business or a product, not a person (P11.2, round 9, issue 16, read
from test9).

* **a gift card's number**: a card number in a paragraph about a gift card, voucher or mobile
  gift (``기프트카드 잔액 조회가 안돼요.\\n카드번호: …\\n핀번호: …``) is the card's serial, bought and
  given away like a ticket; a payment card named next to it on its line (``신용``, ``체크``, ``결제``, ``카드사``,
  ``유효기간``, ``CVC``) keeps it masked. A loyalty or membership card named right before its number (``적립카드 번호는
  …``) is the shop's card, not a payment card (round 12), and so is a gift card named right
  before its number (``기프트카드 9393-…``) whatever the line says of payments (round 12).
* **a venue's address given as directions**: ``<극장> 찾아가는 길: 서울 …`` / ``오시는 길:`` names
  where a business is. A home on that line (``집``, ``자택``, ``우리``, ``저희``, ``친구``, ``본가``)
  keeps it masked.
* **a business's published address** (round 11): right after the name of a cinema, shop or office
  with a bracket or a colon (``메가박스 코엑스점(서울 …)``, ``CGV 용산아이파크몰: 서울 …``, a cinema
  chain's branch by any name, ``CGV 강남 : 서울 …``; the operator's own theatres, ``마키 강남 주소 …``,
  round 11, read from test11: the service's brand, ``MARQUEE_SENDER_NAME``) or after
  ``매장 주소는`` / ``본사 위치:`` (a member's ``회사 주소`` is where they work: it stays masked). A home or a delivery on that line (``집``, ``자택``, ``배송``,
  ``받는``, ``거주``) keeps it masked.
* **a business's published landline**: ``publicphones.py`` (round 12) and ``infolines.py``
  (round 13: an information line, the business's own message, a table of branches).
* **a value already masked**: an e-mail whose local part is glued to asterisks (``s**y@…``): the
  site or a member masked it, and what is left names nobody.
* **a company's account** (``법인 계좌 …``, ``(예금주 (주)…)``): ``companyaccounts.py``, on the spans
  the engine chose (round 13).
* **a role mailbox** (``team-support@…``, ``group@…``): ``rolemailboxes.py`` (round 13).
* **a lot number cut out of a date**: ``[소식지 위클리 2023-06-20]`` read as the village ``…리`` and
  the lot ``2023-06``; a number that runs on (``-20``) belongs to a longer token.
"""

from __future__ import annotations

import re

from .infolines import listed_landline
from .placecards import is_place_contact
from .placepairs import is_place_pair
from .publicphones import business_landline
from .rolemailboxes import is_role_mailbox
from .venues import is_venue_value

_GIFT = re.compile(r"기프트[ \t]?카드|상품권|기프티콘|모바일[ \t]?쿠폰|선불[ \t]?카드|[Gg]ift[ \t]?[Cc]ard")
# A loyalty card (round 12, lead) or a gift card (round 12, read from test12) named right before
# its number: the shop's card or the card's serial, even when the line speaks of a payment
# (``이중결제 … 환불 처리, 기프트카드 9393-… 잔액 확인``).
# A loyalty programme or a voucher by its brand counts too (``CJ ONE 카드번호``, ``해피포인트``,
# ``컬쳐랜드``, ``바우처 번호``), there only: across a paragraph these words are too loose.
_NAMED_BEFORE = re.compile(r"(?:(?:적립|멤버십|포인트|마일리지|회원)[ \t]?카드|CJ[ \t]?ONE(?:[ \t]?카드)?|해피[ \t]?포인트(?:[ \t]?카드)?|"
                           r"OK[ \t]?캐쉬백(?:[ \t]?카드)?|L\.?[ \t]?POINT|엘[ \t]?포인트|컬쳐랜드|해피머니|교환권|바우처|[Vv]oucher|"
                           r"선물[ \t]?카드|" + _GIFT.pattern + r")[ \t]?(?:번호|no\.?|No\.?|number)?[ \t]?(?:는|은|가|이)?[ \t]*[:：]?[ \t]*$")
_PAYMENT = re.compile(r"신용|체크[ \t]?카드|결제|카드사|유효[ \t]?기간|CVC|CVV|cvc|cvv|할부|VISA|[Vv]isa|[Mm]aster")
_DIRECTIONS = re.compile(r"(?:찾아[ \t]?가는|찾아[ \t]?오시는|찾아[ \t]?오는|오시는)[ \t]?길[ \t]*[:：]?[ \t]*$")
_HOME = re.compile(r"집|자택|우리|저희|친구|본가|댁|회원")
_CUT_NUMBER = re.compile(r"[0-9][-./][0-9]")
_BUSINESS = re.compile(
    r"(?:[가-힣A-Za-z0-9](?:점|관|몰|센터|빌딩|타워|극장|시네마|영화관|CGV|매장|지점|본점|본사|사옥|사무실|카페|식당|"
    r"스토어|플라자|아울렛|백화점)[ \t]*[(（:：][ \t]*|"
    r"(?:매장|가게|지점|본점|본사|사옥|극장|영화관|점포)[ \t]?(?:주소|위치)(?:는|은)?[ \t]*[:：]?[ \t]*|"
    r"(?:CGV|메가박스|롯데시네마|씨네Q|마르키|마키시네마|마키|Marquee|MEGABOX)[^\n:：(（]{0,16}"
    r"(?:[(（:：]|[ \t]?(?:주소|위치)(?:는|가|은)?[ \t]*[:：]?)[ \t]*)$")
_PRIVATE = re.compile(r"집|자택|본가|댁|배송|받는|수령|거주|사는|이사|회원")


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    head = text.rfind("\n\n", 0, start)
    tail = text.find("\n\n", end)
    return head + 1 if head != -1 else 0, len(text) if tail == -1 else tail


def is_public_value(text: str, entity: str, start: int, end: int) -> bool:
    """True for a gift card's number, a venue's or business's address, a lot cut out of a date, a
    masked e-mail."""
    if entity == "CARD":
        head, tail = _paragraph(text, start, end)
        around = text[max(head, start - 200):min(tail, end + 200)]
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[max(line_start, start - 40):min(len(text) if line_end == -1 else line_end, end + 8)]
        if _NAMED_BEFORE.search(text, max(0, start - 20), start):
            return True
        return bool(_GIFT.search(around)) and not _PAYMENT.search(line)
    if is_venue_value(text, entity, start, end) or is_place_contact(text, entity, start, end):
        return True  # piiclean16: a place's card, listing or review (placecards.py)
    if is_place_pair(text, entity, start, end):
        return True  # piiclean17: a street address and a landline given together (placepairs.py)
    if entity == "ADDRESS":
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if _CUT_NUMBER.match(text, end - 1):
            return True
        if _BUSINESS.search(before[-40:]) and not _PRIVATE.search(before):
            return True
        return bool(_DIRECTIONS.search(before)) and not _HOME.search(before)
    if entity == "EMAIL":
        return text[start - 1:start] == "*" or is_role_mailbox(text[start:end])
    if entity == "PHONE":
        return business_landline(text, start, end) or listed_landline(text, start, end)
    return False

