"""A business's landline in three more layouts (P11.2, round 13, read from test14, checked on
test9 to test13). ``publicphones`` and ``venues`` read the others.

* **an information line**: ``안내 051-…``, ``안내번호 031-…``, ``안내 전화: 02-…``: ``안내`` names the
  number a business publishes for questions (``주차 정산 기계 고장. 안내 02-…도 불통``); nobody
  calls their own line so.
* **the business's own message**: a post that opens with the brand in brackets (``[마키]``,
  ``[Web발신] [마키]``) or in which the business introduces itself (``안녕하세요, 마키
  제주노형입니다``), and the number after an inquiry word (``문의 064-…``, ``…로 문의``). A
  member's classified that names the cinema (``마키 강남 2매 양도합니다. 문의 02-…``) neither
  opens with the brand tag nor says it *is* the cinema.
* **a shop's number in brackets after its name** (``삼백집(063-…)``, ``원조집(대구 …, 053-…)``,
  read from test13): a name ending in a kind of shop, never a home (``우리 집``, ``친구집``);
* **a branch's main number** (``- 마키 광교 대표: 031-…``, read from test13);
* **a table of branches**: a row whose first cell is a cinema's branch (``마키 강남 / 서울 … /
  02-…``, ``CGV 용산 | … | 02-…``): the branch's listed number.

Only an area-code landline (a mobile is never a business's here), and a member's word
(``제``, ``집``, ``핸드폰``, ``담당자``, ``연락처`` …) between the cue and the number keeps it masked.
"""

from __future__ import annotations

import re

from .branches import BRANDS
from .businessblocks import branch_listing, labelled_public
from .publicphones import _ASK_AFTER, _ASK_BEFORE, _LANDLINE, _PERSONAL

_INFO = re.compile(r"(?<![가-힣])안내[ \t]?(?:번호|전화(?:번호)?|데스크|센터|라인)?(?:는|은)?[ \t]*[:：]?[ \t]*\(?$")
_OWN_TAG = re.compile(rf"^[ \t]*(?:\[[^\]\n]{{1,10}}\][ \t]*)?[\[【]{BRANDS}[^\]】\n]{{0,10}}[\]】]")
_SELF_INTRO = re.compile(rf"(?<![가-힣A-Za-z]){BRANDS}(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{{0,10}}[ \t]?(?:입니다|이에요|예요)")
# ``- 마키 광교 대표: 031-…`` (a contact sheet, test13): the branch's main number.
_BRANCH_MAIN = re.compile(rf"(?<![가-힣A-Za-z]){BRANDS}(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{{1,10}}[ \t]?"
                          r"대표(?:[ \t]?(?:번호|전화))?[ \t]*[:：]?[ \t]*$")
# ``삼백집(063-…)``, ``원조집(대구 …, 053-…)``, ``팝콘공방 본점 (경기 …, 031-…)`` (read from test13): a
# shop's name, its kind last, then its number in brackets, an address allowed before it. A home
# (``우리 집``, ``친구집``, ``할머니집``) is no shop: a kin or possessive word opens no shop's name.
_SHOP_KIND = (r"(?:집|식당|카페|공방|면옥|국밥|분식|치킨|베이커리|서점|약국|병원|의원|치과|한의원)"
              r"(?:[ \t]?(?:본점|[가-힣]{1,4}점))?")
_SHOP_BRACKET = re.compile(rf"(?<![가-힣])(?!우리|친구|내|제|저희|할머니|할아버지|엄마|아빠|본가|시댁|처가|이모|고모|삼촌|"
                           rf"사촌|언니|오빠|누나|동생|자취)[가-힣]{{1,8}}{_SHOP_KIND}[ \t]*[(（]"
                           r"(?:[^()（）\n]{4,40}?[,，/][ \t]*)?$")
# A notice in the business register (piiclean15, read from test15): ``…이관됩니다. 문의 02-…``,
# ``처리해드렸습니다. 추가 문의는 053-…``; never a member's classified (``양도합니다 … 문의 02-…``)
# nor a post with a first-person word.
_FORMAL = re.compile(r"(?:습|됩|합)니다[.!]?(?:[ \t\n]|$)")
_MEMBER_POST = re.compile(r"양도|판매|팝니다|팔아요|구해요|구합니다|교환|나눔|정가|드려요|"
                          r"(?<![가-힣])(?:제|저|저희|우리|나)(?![가-힣])|문자")
# English mail from a business about itself: ``please contact our PR team at … 02-…``.
_OUR_TEAM = re.compile(r"(?<![A-Za-z])(?:[Cc]ontact|[Rr]each|[Cc]all)[ \t]+our[ \t]+(?:[A-Za-z]+[ \t]+){0,2}"
                       r"(?:team|office|department|desk|center|centre)(?![A-Za-z])")
_ROW_HEAD = re.compile(rf"[ \t]*{BRANDS}(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{{1,10}}[ \t]*[/|\t]")


def listed_landline(text: str, start: int, end: int) -> bool:
    """True for an area-code number in one of the layouts of the module docstring."""
    if _LANDLINE.match(text, start) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _INFO.search(text, max(line_start, start - 16), start):
        return True
    if branch_listing(text, start, "전화") or labelled_public(text, start) or _OUR_TEAM.search(text, max(line_start, start - 90), start):
        return True  # piiclean15: a branch's card or table, an institution's label (businessblocks.py)
    if _BRANCH_MAIN.search(text, max(line_start, start - 30), start):
        return True
    shop = _SHOP_BRACKET.search(text, max(line_start, start - 60), start)
    if shop is not None and _PERSONAL.search(text, shop.end(), start) is None:
        return True
    if _ROW_HEAD.match(text, line_start) and _PERSONAL.search(text, line_start, start) is None:
        return True
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end == -1 else line_end][:30]
    asked = _ASK_BEFORE.search(text, max(line_start, start - 32), start)
    if asked is not None and _PERSONAL.search(asked.group()):
        return False  # 문의는 제 번호 02-…
    if asked is None and (_ASK_AFTER.match(after) is None or _PERSONAL.search(after[:10])):
        return False
    if _OWN_TAG.match(text) or _SELF_INTRO.search(text, 0, start):
        return True
    return asked is not None and bool(_FORMAL.search(text, 0, start)) and _MEMBER_POST.search(text) is None
