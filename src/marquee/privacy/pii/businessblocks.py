"""A business's address in two more layouts (P11.2, round 13, read from test14, checked on
test9 to test13). ``businessaddress``, ``publicvalues`` and ``venues`` read the others.

* **the answer to where a business is**: a question about a cinema's branch on the line before
  (``친구: 마키 홍대점 어디임?``, ``CGV 용산 위치가 어디예요?``, ``where is the theater?``) and the address opening the next
  line (``나: 서울 마포구 양화로 …``), a speaker's label allowed before it: the branch's published
  address, given as directions;
* **a business's registration block**: a receipt or an imprint whose paragraph gives a business
  registration number or a representative (``사업자번호 106-86-…``, ``사업자등록번호``, ``대표자``,
  ``통신판매업``) within three lines of the address: the shop's registered address.

Round 13, piiclean15 (read from test15, P11.2): a third party's published contacts in four more
layouts, shared with ``infolines`` for the landline:

* **a branch's card**: the branch named by a place and ``점`` labelled on a line of the same
  paragraph (``지점 합정점⏎주소 …⏎전화 02-…``) or right before ``주소`` (``해운대점 주소 …``);
* **a table of branches**: a header whose first cell is ``지점`` and that names business columns
  (``지점 전화 주소``, ``지점 점장 대표번호``), and a row whose first cell is a branch (``…점``);
* **a meeting place or a box office**: ``모임 장소: <주소>``, ``<주소> … 매표소에서 수령``;
* **an institution's label**: ``학교 주소:``, ``센터 전화:``, ``기관 주소:`` (not ``회사``: a member's work line).

A home, a delivery or a member on the address's line (``집``, ``배송``, ``받는``, ``회원``, ``제``
…, ``businessaddress._PRIVATE``) keeps it masked.
"""

from __future__ import annotations

import re

from .branches import BRANDS

_WHERE = re.compile(rf"(?<![가-힣A-Za-z]){BRANDS}(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{{1,10}}[^\n]{{0,8}}"
                    r"(?:어디|위치|주소)[^\n]{0,10}\?|(?<![A-Za-z])[Ww]here(?:'s| is)[ \t]+the[ \t]+"
                    r"(?:theat(?:er|re)|cinema|movie[ \t]?theat(?:er|re)|venue|box[ \t]?office)[^\n]{0,10}\?")
_SPEAKER = re.compile(r"^[ \t]*(?:[^\n:：]{1,10}[:：])?[ \t]*$")
_REGISTERED = re.compile(r"사업자[ \t]?(?:등록)?[ \t]?번호|사업자[ \t]?등록|대표자|통신[ \t]?판매업|[Bb]usiness[ \t]?[Rr]eg")
_LINES = 3
_BRANCH = r"[가-힣A-Za-z0-9]{2,12}점(?![가-힣])"
_BRANCH_LABEL = re.compile(rf"^[ \t]*지점[ \t]*[:：]?[ \t]*{_BRANCH}[ \t]*$", re.M)
_BRANCH_BEFORE = re.compile(rf"(?<![가-힣A-Za-z0-9]){_BRANCH}[ \t]+주소[ \t]*[:：]?[ \t]*$")
_TABLE_HEAD = re.compile(r"^[ \t]*지점[ \t]*[\t|/][^\n]*(?:전화|주소|대표[ \t]?번호|점장)[^\n]*$")
_ROW_BRANCH = re.compile(rf"[ \t]*{_BRANCH}[ \t]*[\t|/]")
_INSTITUTION_LABEL = re.compile(r"(?<![가-힣])(?:학교|센터|기관|학원|교회|단체|협회|재단|복지관|도서관)[ \t]?"
                                r"(?:주소|전화|대표[ \t]?번호|전화[ \t]?번호)[ \t]*[:：][ \t]*$")
_MEETING = re.compile(r"(?:모임|상영회|시사회|행사|정모|번개)[ \t]?장소[ \t]*(?:는|:|：)?[ \t]*$")
_BOX_OFFICE_AFTER = re.compile(r"[^\n,.!?]{0,28}?매표소(?:에서|로|에)")
_HOME = re.compile(r"집|댁|자택|본가|(?<![가-힣])(?:제|저희|우리|내)(?![가-힣])|(?<![A-Za-z])(?:[Mm]y|[Hh]ome)(?![A-Za-z])")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


def answers_where(text: str, start: int) -> bool:
    """The address opens its line (after a speaker's label) and the line before asks where a
    cinema's branch is."""
    line_start, _ = _line_bounds(text, start)
    if line_start == 0 or not _SPEAKER.match(text[line_start:start]):
        return False
    prev_start, _ = _line_bounds(text, line_start - 1)
    return _WHERE.search(text, prev_start, line_start - 1) is not None


def in_registration_block(text: str, start: int) -> bool:
    """A business registration number or representative within three lines, same paragraph."""
    line_start, line_end = _line_bounds(text, start)
    lo, hi = line_start, line_end
    for _ in range(_LINES):
        if lo > 0 and text[lo - 2:lo] != "\n\n":
            lo = text.rfind("\n", 0, lo - 1) + 1
        if hi < len(text) and text[hi:hi + 2] != "\n\n":
            nxt = text.find("\n", hi + 1)
            hi = len(text) if nxt == -1 else nxt
    return _REGISTERED.search(text, lo, hi) is not None


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, pos)
    hi = text.find("\n\n", pos)
    return 0 if lo == -1 else lo + 2, len(text) if hi == -1 else hi


def branch_listing(text: str, start: int, label: str) -> bool:
    """A branch's card or a row of a table of branches (module docstring, piiclean15).

    ``label`` is the word that may open the value's line on a card (``주소`` or ``전화``)."""
    line_start, _ = _line_bounds(text, start)
    if _HOME.search(text, line_start, start):
        return False
    if _BRANCH_BEFORE.search(text, max(line_start, start - 24), start):
        return True
    lo, hi = _paragraph(text, start)
    if re.match(rf"[ \t]*{label}[ \t]*[:：]?[ \t]*$", text[line_start:start]) and _BRANCH_LABEL.search(text, lo, hi):
        return True
    if line_start == 0 or not _ROW_BRANCH.match(text, line_start):
        return False
    head_start = text.rfind("\n\n", 0, line_start)
    head_start = 0 if head_start == -1 else head_start + 2
    return _TABLE_HEAD.match(text[head_start:text.find("\n", head_start)]) is not None


def labelled_public(text: str, start: int) -> bool:
    """An institution's label (``학교 주소:``, ``센터 전화:``) right before the value."""
    line_start, _ = _line_bounds(text, start)
    return _INSTITUTION_LABEL.search(text, max(line_start, start - 16), start) is not None


def meeting_or_box_office(text: str, start: int, end: int) -> bool:
    """``모임 장소: <주소>`` or ``<주소> … 매표소에서``, no home on the line."""
    line_start, line_end = _line_bounds(text, start)
    if _HOME.search(text, line_start, line_end):
        return False
    return bool(_MEETING.search(text, max(line_start, start - 16), start) or _BOX_OFFICE_AFTER.match(text, end, line_end))
