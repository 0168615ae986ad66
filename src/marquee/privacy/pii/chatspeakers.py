"""Speakers of a chat copy tagged by its source, and the name given as an answer
(P11.2, issue 16 round 9).

* **Tagged chat copies**: a pasted chat puts the app or room before every line
  (``[카카오톡] X: …``, ``[오픈채팅] X: …``, ``[카톡] X: …``). With two such lines or more the
  word before each colon is a speaker; it is a person when it can be a name
  (``fieldvalues.can_be_name``, with given syllables from the name lists: ``나``, ``익명의 팝콘``,
  ``상담원``, and handles such as ``심야족`` stay).
* **The answer to a name question**: a line asking for the name (``성함``, ``이름``) and, on the
  next line after a speaker tag (``[고객]``, ``고객:``), one word with a copula glued on
  (``X요.``, ``X입니다``): the name asked for, however unusual.
"""

from __future__ import annotations

import re

from . import morph
from .fieldvalues import GIVEN, can_be_name, cores, free_hits, name_spans
from .names import NameHit

_TAGGED = re.compile(r"^[ \t]*\[[^\]\n]{1,10}\][ \t]*([^\s:：\[\]][^:：\n]{0,10}?)[ \t]*[:：]", re.M)
_ANSWER = re.compile(r"(?:성함|이름)[^\n]{0,40}\n[ \t]*(?:\[[^\]\n]{1,8}\]|[가-힣A-Za-z]{1,6}[ \t]?[:：])[ \t]*"
                     r"([가-힣]{2,8})(?![가-힣])")
_COPULA = re.compile(r"요|입니다|입니당|이에요|예요|이요|이고요|이구요")
_WHOLE = re.compile("")


def _korean(word: str, rest: re.Pattern[str], typical: bool = False) -> int:
    """The length of the name opening ``word`` (0: none). ``typical``: given syllables from the
    name lists only, since chat handles are often surname-led words Kiwi does not know (심야족)."""
    for core, sl in cores(word, rest):
        if typical and not all(c in GIVEN for c in core[sl:]):
            continue
        if len(core) - sl <= 2 and can_be_name(core, sl):
            return len(core)
    return 0


def find_chat_speakers(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the frames of the module docstring, not overlapping ``taken``."""
    if not morph.enabled() or ("[" not in text and "성함" not in text and "이름" not in text):
        return []
    speakers = list(_TAGGED.finditer(text))
    spans = name_spans(speakers if len(speakers) >= 2 else (), lambda m: _korean(m.group(1), _WHOLE, typical=True))
    spans += name_spans(_ANSWER.finditer(text), lambda m: _korean(m.group(1), _COPULA))
    return free_hits(spans, taken, allowed, 0.72)
