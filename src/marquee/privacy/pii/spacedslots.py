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

Round 13, ``piirecall15`` (read from test15's misses, found again in test14: ``편 지 원 학생``,
``이 하 늘로 예매``): **a name spelt out syllable by syllable** (``권 태 양``, ``한 가 을 학생``,
``보호자 성명 길 정 숙``), in any frame. Three single syllables in a row are rare in ordinary
Korean, and a surname followed by two given-name syllables rarer still; the given part may be
a dictionary word (``하늘``, ``가을``: spelling it out is what marks it as a name). The run must
stand alone (no single syllable before or after it: ``저 는 안 가 요`` is spaced-out chat),
closed by nothing, a particle or a copula, and no syllable may be a function word (``한 번 더``,
``이 두 개``, ``그 때 왜``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_given, can_be_name, free_hits
from .names import NameHit
from .people import _spaced_given_ok

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_PAIR = rf"([{_SURNAMES}][ \t][가-힣]{{1,2}})"
_LABEL = re.compile(r"(?:예금주|보낸[ \t]?사람|받는[ \t]?사람|(?<![A-Za-z])From|명의자|근무|담당(?:자|은|는)?|작성자|"
                    rf"신청자)[ \t]*[:：|]?[ \t]*(?:[^\n,:|]{{0,12}},[ \t]*)?{_PAIR}"
                    r"(?=[ \t]*(?:$|[\n,(<)/]|외(?![가-힣])))", re.M)
_TITLE = re.compile(rf"(?<![가-힣]){_PAIR}[ \t]?(?:씨|님|회원님|고객님|대리|과장|차장|부장|팀장|선생님|여사님?)"
                    r"(?![가-힣])")
# Introducing oneself with the name spaced (문의 드린 노 채은입니다): piirecall17, from test15.
_COPULA = re.compile(rf"(?<![가-힣]){_PAIR}(?=(?:입니다|이에요|이고요|이구요)(?![가-힣]))")
_NOT_GIVEN = frozenset({"분", "명", "씨", "님", "외", "등"})
_TRIPLE = re.compile(rf"(?<![가-힣])([{_SURNAMES}] [가-힣] [가-힣])([가-힣]{{0,3}})")
_SINGLE_BEFORE = re.compile(r"(?:^|[^가-힣])[가-힣] ")
_TRIPLE_REST = frozenset("이 가 은 는 도 을 를 로 으로 와 과 의 님 씨 이랑 랑 이가 이는 이도 이를 이의 이고 에게 한테 "
                         "입니다 이에요 예요 이야 야 아".split())
# Single-syllable words that spaced-out ordinary text is made of (numerals, adverbs, counters,
# nouns of time and place): none of them is read as a spelt-out given name (``두 분 다``,
# ``한 통 다``, ``상 영 전``); syllables common in names (``수``, ``은``, ``지``, ``다``) stay out.
_FUNCTION = frozenset("두 네 한 분 명 통 개 번 전 후 때 더 잘 좀 꼭 또 왜 뭐 것 거 게 걸 데 줄 적 편 장 시 층 "
                      "일 월 년 차 회 살 권 쪽 뿐 만 중 앞 뒤 옆 위 밑 및 등 외".split())


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
    if "입니다" in text or "이에요" in text or "이고요" in text or "이구요" in text:
        spans += [m.span(1) for m in _COPULA.finditer(text) if len(m.group(1)) == 4
                  and _label_ok(g := m.group(1).replace("\t", " ")) and can_be_given(g[2:])]
    spans += [m.span(1) for m in _TRIPLE.finditer(text) if _triple_ok(text, m)]
    return free_hits(spans, taken, allowed, 0.7)


def _triple_ok(text: str, m: re.Match[str]) -> bool:
    """``m`` spells a name out (``권 태 양``): docstring, round 13."""
    syllables, rest = m.group(1).split(" "), m.group(2)
    if rest and rest not in _TRIPLE_REST:
        return False
    if any(s in _FUNCTION for s in syllables[1:]) or not all(s in GIVEN for s in syllables[1:]):
        return False
    if _SINGLE_BEFORE.fullmatch(text[max(0, m.start() - 3):m.start()]):
        return False  # 저 는 안 가 요: a run of single syllables, not a name
    after = text[m.end():m.end() + 3]
    if not rest and re.match(r" [가-힣](?![가-힣])", after) and after[1] not in "님씨":
        return False
    return can_be_name("".join(syllables), 1)
