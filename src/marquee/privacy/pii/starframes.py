"""Stars in two more fan frames (P11.2, round 13, read from test14, checked on test11).

* **a fan's verdict on looks**: ``X 존잘``, ``X 존예``, ``X 진짜 잘생김``, ``X 비주얼 미쳤다``: the
  slang verdict a fan writes after a star's bare name;
* **a star on a show**: ``X 대표님 나오는 예능``, ``X 한국 예능 나온대``, ``X 나오는 드라마``: who
  appears on a variety show, a drama or a broadcast is a public figure (a title such as
  ``대표님``, ``셰프``, ``선생님`` may stand between);
* **the one a viewer cried over** (read from test12 and test14): ``딸이 X 보고 펑펑 울었어요``, ``A랑
  B 때문에 펑펑``: what one watched and wept at is a character or a work (no read set labels a
  member in this frame; ``제 남편 X이 <film> 보고 울었어요`` has the film between and is kept).

A name in a strong person slot (a kin word, a label, a member addressed: ``내 남친 존잘``,
``filmpeople.strong_slot``) is kept; once one occurrence is public every other is
(``fictional.drop_public``).
"""

from __future__ import annotations

import re

from .fictional import drop_public
from .filmpeople import strong_slot
from .names import NameHit

_INTENSIFIER = r"(?:(?:진짜|완전|너무|개|존나|오늘|또)[ \t]?){0,2}"
_LOOKS = re.compile(rf"[ \t]?{_INTENSIFIER}(?:존잘|존예|존멋|잘생김|잘생겼음|잘생겼다|비주얼[ \t]?(?:미쳤|천재|실화))")
_SHOW = re.compile(r"(?:[ \t]?(?:대표님|셰프님?|선생님|사장님|님|씨))?(?:이|가)?[ \t]?(?:한국[ \t]?)?"
                   r"(?:나오는[ \t]?(?:예능|드라마|방송|프로|다큐)|(?:예능|드라마|방송)[ \t]?나온대|(?:예능|방송)에[ \t]?나온)")
_CRIED = re.compile(r"(?:(?:이랑|랑|와|과|하고)[ \t][가-힣]{1,6}[ \t]?)?(?:이|가)?[ \t]?(?:보고|때문에)[ \t]?"
                    r"(?:(?:진짜|또|너무|완전)[ \t]?)?(?:펑펑|엉엉|오열|울었|울컥)")
_GATE = re.compile(r"존잘|존예|존멋|잘생|비주얼|예능|드라마|방송|다큐|펑펑|엉엉|오열|울었|울컥")


def _star(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 24]
    framed = _LOOKS.match(after) or _SHOW.match(after) or _CRIED.match(after)
    return bool(framed) and not strong_slot(text, h.start, h.end)


def veto_star_frames(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates a fan frame above holds public, and their other occurrences."""
    if not names or _GATE.search(text) is None:
        return names
    return drop_public(text, names, _star)
