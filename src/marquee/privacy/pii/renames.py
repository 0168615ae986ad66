"""Both names in a change of name (P11.2, issue 16 round 12).

A member or an agent asks for, or confirms, a change of the name on an account or a booking:
``회원명을 X에서 Y(으)로 변경했습니다``, ``예약자 이름 X에서 Y로 바꿔 주세요``. The old and the
new value of a name field are both a person's name, in any script (``Sato Haruka``, ``레일라
나자로바``), and no other cue stands near them. The frame needs the name field before it and a
verb of changing after it, so ``서울에서 부산으로 변경`` (a place) never matches.
"""

from __future__ import annotations

import re

from .fieldvalues import free_hits
from .names import NameHit

_FIELD = r"(?:회원명|예약자명|성명|이름|명의|예금주|수령인|받는[ \t]?분)"
_VALUE = r"([가-힣A-Za-z][가-힣A-Za-z.'\- ]{0,20}?[가-힣A-Za-z])"
_RENAME = re.compile(rf"{_FIELD}(?:을|를|이|가|은|는)?[ \t:]*[\"'“‘]?{_VALUE}[\"'”’]?[ \t]*에서[ \t]+[\"'“‘]?"
                     rf"{_VALUE}[\"'”’]?[ \t]*(?:\(으\)|으)?로[ \t]*(?:변경|바꿔|바꾸|바뀌|수정|정정)")
_NOT_VALUE = re.compile(r"본인|고객|회원|가족|영문|한글|기존|이전|예전")


def _value_ok(value: str) -> bool:
    """A name: not a generic word for the holder (``본인``, ``영문``), at most three words."""
    return not _NOT_VALUE.fullmatch(value) and value.count(" ") <= 2


def find_renamed(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """The old and the new name in each change-of-name frame, not overlapping ``taken``."""
    if "에서" not in text:
        return []
    spans = []
    for m in _RENAME.finditer(text):
        for g in (1, 2):
            if _value_ok(m.group(g)):
                spans.append((m.start(g), m.end(g)))
    return free_hits(spans, taken, allowed, 0.8)
