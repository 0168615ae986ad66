"""A name written on a thing: a name tag, a lock screen, a student card (P11.2, issue 16 round 13).

Read from test14's misses, checked against test9–test13: a lost-and-found post quotes the name
written on the item (``손잡이에 'X'이라고 적혀 있어요``, ``잠금화면에 'X'이라고 떠요``,
``이름표 'X / 엄마 010-…'``, ``학생증(X)``). The frame is a person slot, but the general
recogniser wants a cue word and a common surname, and rarer surnames (compound ones too) with a
one-syllable given name were left.

* **Quoted and said written**: a word in quotes, then ``(이)라고`` and a verb of writing or showing
  (``적혀``, ``써``, ``쓰여``, ``떠``, ``새겨``, ``나와``).
* **A tag or card holding the name**: ``이름표``, ``명찰``, ``학생증``, ``네임택`` and the like, then
  within a few characters a quote or bracket that opens on the name and closes (or a slash
  follows) right after it; a space may part the surname from the given name (``학생증(X Y)``).
* **Initials**: the word right before ``이니셜``, quoted or not (``손잡이에 X 이니셜``, ``케이스에 'X'
  이니셜 스티커``): a full name or a given name alone (``fieldvalues.can_be_given``, a dictionary
  noun allowed as in other person-only slots; ``영문 이니셜``, ``금색 이니셜`` stay).

The word must read as a Korean full name (``fieldvalues.can_be_name``: a census surname, given
syllables, no dictionary word: ``'기생충'이라고 적혀``, ``'마스크'라고`` stay). Public figures and
form examples are dropped later by the engine's vetoes and placeholder check.
"""

from __future__ import annotations

import re

from . import morph
from .fieldvalues import can_be_given, can_be_name, cores, free_hits
from .names import NameHit

_OPEN = "'\"‘“"
_CLOSE = "'\"’”"
_WHOLE = re.compile("")
_SAID_WRITTEN = re.compile(rf"[{_OPEN}]([가-힣]{{2,5}})[{_CLOSE}][ \t]?(?:이)?라고[ \t]?"
                           r"(?:적혀|써|쓰여|씌어|떠|뜨|새겨|나와|나오|되어|돼)")
_TAG = re.compile(rf"(?:이름표|명찰|학생증|네임택|네임태그|사원증|이름[ \t]?스티커)[^\n{_OPEN}(]{{0,6}}"
                  rf"[{_OPEN}(][ \t]*([가-힣]{{1,2}}[ \t]?[가-힣]{{1,4}})[ \t]*(?=[{_CLOSE})/])")


_INITIALS = re.compile(rf"(?<![가-힣])[{_OPEN}]?([가-힣]{{2,4}})[{_CLOSE}]?[ \t]?이니셜")
_NOT_INITIALS = frozenset({"영문", "한글", "이름", "제", "금색", "은색", "검정", "흰색", "각인", "본인"})


def _initials(word: str) -> bool:
    """The name of an initials sticker or engraving: a full name or a given name alone."""
    return word not in _NOT_INITIALS and (_full_name(word) or can_be_given(word, loose=True))


def _full_name(word: str) -> bool:
    """A Korean full name; a space may part the surname from the given name (``김 지유``)."""
    if " " in word or "\t" in word:
        head, _, given = word.replace("\t", " ").partition(" ")
        return 1 <= len(given) <= 2 and any(sl == len(head) for _, sl in cores(head + given, _WHOLE)) \
            and _full_name(head + given)
    return any(core == word and 1 <= len(core) - sl <= 2 and can_be_name(core, sl)
               for core, sl in cores(word, _WHOLE))


def find_written_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names written on an item (module docstring), not overlapping ``taken``."""
    if "라고" not in text and not any(w in text for w in ("이름", "명찰", "학생증", "네임", "사원증", "이니셜")):
        return []
    if not morph.enabled():
        return []
    spans = [m.span(1) for pattern in (_SAID_WRITTEN, _TAG) for m in pattern.finditer(text)
             if _full_name(m.group(1))]
    spans += [m.span(1) for m in _INITIALS.finditer(text) if _initials(m.group(1))]
    return free_hits(spans, taken, allowed, 0.7)
