"""A surname spaced from its given name in a person slot (P11.2, issue 16 round 13).

Read from test14's misses (``학생증(X Y)``, ``인 율님``) and found again in test9–test11
(``예금주 | 천 아름``, ``보낸 사람: 추 담``, ``From: 홍 린``, ``담당은 한 윤 대리``, ``근무: A,
X Y 외 알바``): ``people.py`` reads ``김 민수`` with a person particle, a copula, as a chat
speaker or in a comma list, but not after a field label nor before a job title.

* **After a person label** (``예금주``, ``보낸/받는 사람``, ``From``, ``명의자``, ``근무``,
  ``담당``, ``작성자``, ``신청자``) and a colon, a bar or a space, the name closing its slot (end of
  line, a comma, a bracket, ``외``): the slot is a person's, so a given name that is a dictionary
  noun (``아름``, ``한결``) is one.
* **Before a title or honorific** (``씨``, ``님``, ``회원님``, ``대리``, ``과장``, ``선생님`` …):
  the given name must read as one (``people._spaced_given_ok``: typical syllables, no word of its
  own: ``이 영화 감독님``, ``그 사람 씨`` stay).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, free_hits
from .names import NameHit
from .people import _spaced_given_ok

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_PAIR = rf"([{_SURNAMES}][ \t][가-힣]{{1,2}})"
_LABEL = re.compile(r"(?:예금주|보낸[ \t]?사람|받는[ \t]?사람|(?<![A-Za-z])From|명의자|근무|담당(?:자|은|는)?|작성자|"
                    rf"신청자)[ \t]*[:：|]?[ \t]*(?:[^\n,:|]{{0,12}},[ \t]*)?{_PAIR}"
                    r"(?=[ \t]*(?:$|[\n,(<)/]|외(?![가-힣])))", re.M)
_TITLE = re.compile(rf"(?<![가-힣]){_PAIR}[ \t]?(?:씨|님|회원님|고객님|대리|과장|차장|부장|팀장|선생님|여사님?)"
                    r"(?![가-힣])")
_NOT_GIVEN = frozenset({"분", "명", "씨", "님", "외", "등"})


def _label_ok(pair: str) -> bool:
    given = pair[2:]
    return given not in _NOT_GIVEN and given not in L.NOT_NAMES and all(c in GIVEN for c in given)


def find_spaced_slots(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Spaced names in the slots of the module docstring, not overlapping ``taken``."""
    if not morph.enabled():
        return []
    spans = [m.span(1) for m in _LABEL.finditer(text) if _label_ok(m.group(1).replace("\t", " "))]
    spans += [m.span(1) for m in _TITLE.finditer(text)
              if _label_ok(g := m.group(1).replace("\t", " ")) and _spaced_given_ok(g[0], g[2:])]
    return free_hits(spans, taken, allowed, 0.7)
