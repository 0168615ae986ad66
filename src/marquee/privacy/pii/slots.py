"""Numbers whose slot says what they are, beyond the recognisers' look-back (P11.2, round 9).

The number recognisers read the 30–40 characters before a value. Two slots name the value from
further away:

* **the answer to a prompt**: a chat turn that holds only a number, right after a turn asking
  for an order, booking, parcel or coupon number (``챗봇: 주문번호를 입력해 주세요 (예: …)`` then
  ``고객: 261110-7845398``), is that number, whatever its shape; a prompt that also asks for a
  phone, a card or an account (``주문번호와 연락처``) decides nothing;
* **a column of versions**: a dotted quad in a table column headed ``버전``, ``version``,
  ``빌드`` or ``펌웨어`` is a version, not an IP address.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .columns import header_cell

_NUMERIC = frozenset({"RRN", "FRN", "PHONE", "CARD", "ACCOUNT", "DRIVER_LICENSE", "PASSPORT"})
_NEGATIVE = re.compile("|".join(re.escape(c) for c in sorted(L.NUMBER_NEGATIVE_CUES, key=len, reverse=True)))
_REQUEST = re.compile(r"입력|알려|말씀|불러|적어|보내|남겨|확인|enter|type", re.I)
_PERSONAL = re.compile(r"연락처|전화|휴대폰|핸드폰|폰번|주민|외국인등록|카드번호|카드 번호|계좌|여권|면허|생년월일|"
                       r"phone|card|account", re.I)
_TURN = re.compile(r"[ \t]*[^\n:：]{1,16}[:：][ \t]*")
_VERSION_HEADER = re.compile(r"버전|빌드|펌웨어|[Vv]ersion|[Bb]uild|[Ff]irmware|^[Vv]er\.?$")


def _line(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


def _answers_a_prompt(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line(text, start)
    turn = _TURN.match(text, line_start)
    if turn is None or turn.end() != start or text[end:line_end].strip(" \t.") or line_start == 0:
        return False
    prev_start, prev_end = _line(text, line_start - 1)
    prompt = text[prev_start:prev_end]
    return (_TURN.match(prompt) is not None and _NEGATIVE.search(prompt) is not None
            and _REQUEST.search(prompt) is not None and _PERSONAL.search(prompt) is None)


def named_by_slot(text: str, entity: str, start: int, end: int, cache: dict) -> bool:
    """Is the candidate ``text[start:end]`` an order number or a version by its slot?"""
    if entity in _NUMERIC:
        return ":" in text and "\n" in text and _answers_a_prompt(text, start, end)
    if entity == "IP":
        header = header_cell(text, start, cache)
        return header is not None and bool(_VERSION_HEADER.search(header))
    return False
