"""A business's address in two more layouts (P11.2, round 13, read from test14, checked on
test9 to test13). ``businessaddress``, ``publicvalues`` and ``venues`` read the others.

* **the answer to where a business is**: a question about a cinema's branch on the line before
  (``친구: 마키 홍대점 어디임?``, ``CGV 용산 위치가 어디예요?``) and the address opening the next
  line (``나: 서울 마포구 양화로 …``), a speaker's label allowed before it: the branch's published
  address, given as directions;
* **a business's registration block**: a receipt or an imprint whose paragraph gives a business
  registration number or a representative (``사업자번호 106-86-…``, ``사업자등록번호``, ``대표자``,
  ``통신판매업``) within three lines of the address: the shop's registered address.

A home, a delivery or a member on the address's line (``집``, ``배송``, ``받는``, ``회원``, ``제``
…, ``businessaddress._PRIVATE``) keeps it masked.
"""

from __future__ import annotations

import re

from .branches import BRANDS

_WHERE = re.compile(rf"(?<![가-힣A-Za-z]){BRANDS}(?:시네마)?[ \t]?[가-힣A-Za-z0-9]{{1,10}}[^\n]{{0,8}}"
                    r"(?:어디|위치|주소)[^\n]{0,10}\?")
_SPEAKER = re.compile(r"^[ \t]*(?:[^\n:：]{1,10}[:：])?[ \t]*$")
_REGISTERED = re.compile(r"사업자[ \t]?(?:등록)?[ \t]?번호|사업자[ \t]?등록|대표자|통신[ \t]?판매업|[Bb]usiness[ \t]?[Rr]eg")
_LINES = 3


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
