"""Stars in two more fan frames (P11.2, round 13, read from test14, checked on test11).

* **a fan's verdict on looks**: ``X 존잘``, ``X 존예``, ``X 진짜 잘생김``, ``X 비주얼 미쳤다``: the
  slang verdict a fan writes after a star's bare name;
* **a star on a show**: ``X 대표님 나오는 예능``, ``X 한국 예능 나온대``, ``X 나오는 드라마``: who
  appears on a variety show, a drama or a broadcast is a public figure (a title such as
  ``대표님``, ``셰프``, ``선생님`` may stand between);
* **the one a viewer cried over** (read from test12 and test14): ``딸이 X 보고 펑펑 울었어요``, ``A랑
  B 때문에 펑펑``: what one watched and wept at is a character or a work (no read set labels a
  member in this frame; ``제 남편 X이 <film> 보고 울었어요`` has the film between and is kept).

* **the co-star on that show** (round 13, piiclean11b, read from test11's clean posts): ``X 한국
  예능 나온대!! Y랑 같이``: who appears on the show with the star is named by the same news;
  a private companion is told with a verb of one's own (``민지랑 같이 봤어``), not a show's.

* **a fan faction** (round 13, piiclean11b): ``다들 A파? B파? 저는 X파``: the side one takes
  between stars or characters, asked of everyone; the same ``…파`` ends the answer.

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
_COSTAR_BEFORE = re.compile(r"(?:예능|드라마|방송)[ \t]?(?:나온대|나온다|나온대요|출연한대|출연한다)[ \t!?.~ㅠㅜㅋ]{0,8}$")
_COSTAR_AFTER = re.compile(r"(?:이랑|랑|와|과|하고)[ \t]?(?:같이|함께)")
_FACTIONS = re.compile(r"다들[ \t]+[^\n]{1,30}?파[?？]")
_FACTION_END = re.compile(r"파?(?:[?？!.,~ \t\n|]|$)")
_GATE = re.compile(r"다들|존잘|존예|존멋|잘생|비주얼|예능|드라마|방송|다큐|펑펑|엉엉|오열|울었|울컥")


def _star(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 24]
    if "파" in text[h.end - 1:h.end + 1] and _FACTION_END.match(text, h.end) \
            and _FACTIONS.search(text, max(0, h.start - 60), h.end + 2):
        return True  # ``저는 X파``: the side taken, whatever the slot before it
    framed = _LOOKS.match(after) or _SHOW.match(after) or _CRIED.match(after) or (
        _COSTAR_AFTER.match(text, h.end) and _COSTAR_BEFORE.search(text[max(0, h.start - 24):h.start]))
    return bool(framed) and not strong_slot(text, h.start, h.end)


def veto_star_frames(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates a fan frame above holds public, and their other occurrences."""
    if not names or _GATE.search(text) is None:
        return names
    return drop_public(text, names, _star)
