"""Name guesses that Kiwi reads as a verb, a noun with a suffix or a counted thing, and a kin
word taken into a name (P11.2, round 13, read from test14 once it had been scored blind).

A surname syllable opens many ordinary words, and a recogniser that expects a name after a
frame (``친구 … 이름``, a contact before a number) can take the next word whatever it is. Read
in its clause, such a guess is no noun standing for a person:

* **a verb or adjective with its ending**: a guess of two syllables that Kiwi reads as a
  dictionary stem of two syllables and an ending (``나오`` + ``ㅁ`` in ``이름 나옴``). A longer
  guess is not read so: Kiwi reads names as verbs too (``장수해``: 장수 + 하 + 어, ``임기해``),
  and a noun made a verb by ``하`` (``전화해``) is left alone for that reason;
* **a counted thing**: a determiner and a counter (``한 건만``: ``한``, ``건``, particle);
* **a dictionary noun with an object's tail** (round 14, read from test11-15's clean posts and
  hard negatives): a guess of three syllables or more that Kiwi reads, with what is glued to it,
  as a known noun of two syllables and a tail no given name ends in: a machine's suffix
  (``정산+기``, ``공유+기``, ``영화+광``), a counter noun (``학교+명``, ``마감+조``), or a particle that
  is no given-name syllable (``전화+도``, ``엄마+는``, ``예시+로``). ``조정+은``, ``정원+이``,
  ``장미+이+라``, ``동민+서`` keep their names: 은, 이, 서 and the copula end given names, and a known
  noun of three syllables alone is a name too (``현미경``, ``정한수`` in test8), and so is a word Kiwi
  does not know alone (``정산기`` before a space: read with a particle, ``공준기`` and ``서슬기`` split too);
  a church's or a club's form of address honoured (``형제님``, ``자매님``) is no name either: the
  name stands before it; nor is a contact noun made a verb (``전화+해``, ``연락+도``: calling),
  nor a counter after a number word (``두 명이요``);
* **a kin word taken in**: a guess of several words that opens with a kin or relation word
  (``와이프 정은정``) is cut to what follows it; the name after the kin word stays a name, and
  so does every other occurrence of it in the post.

Every token of the guess must be a dictionary word: a name Kiwi does not know, anywhere in the
guess, keeps it (``봉한빛``, ``이 채원`` were lost to a looser first version on dev3).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import morph
from .names import NameHit
from .wordcuts import _clause

_PREDICATE = frozenset({"VV", "VA", "VX", "VV-R", "VA-R", "VV-I", "VA-I"})
_ENDING = frozenset({"EF", "ETN"})
_COUNTERS = frozenset("건 번 개 장 매 회 차 명".split())
_KIN = re.compile(r"(?:남편|아내|와이프|신랑|여친|남친|여자친구|남자친구|동생|언니|오빠|누나|엄마|아빠|아버지|어머니|"
                  r"할머니|할아버지|삼촌|이모|고모|사촌|동료|친구|조카|아들|딸)[ \t]+(?=[가-힣])")


def _inside(tokens, s: int, e: int) -> list:
    return [t for t in tokens if t[2] < e and s < t[2] + max(t[3], 1)]


def _reads_as_word(text: str, h: NameHit) -> bool:
    if h.end - h.start != 2 and not _COUNTERS.intersection(text[h.start:h.end]):
        return False  # exact: only a two-syllable guess reads as a stem and its ending, only a
        # guess holding a counter's syllable as a counted thing; no clause read for the rest
    lo, clause = _clause(text, h.start, h.end)
    tokens = morph.analyze_clause(clause)
    if not tokens:
        return False
    s, e = h.start - lo, h.end - lo
    inside = _inside(tokens, s, e)
    if len(inside) < 2 or inside[0][2] != s or not all(t[4] for t in inside):
        return False  # a word Kiwi does not know (a name) anywhere in the guess: kept
    first, tags = inside[0], [t[1] for t in inside[1:]]
    ends = any(t in _ENDING for t in tags)
    if first[1] in _PREDICATE and first[3] >= 2 and e - s == 2:
        return ends  # 나오 + ㅁ
    return first[1] == "MM" and any(t[1] == "NNB" and t[0] in _COUNTERS for t in inside[1:])

_TAIL_SUFFIX = frozenset("기 광".split())  # XSN: 정산기, 공유기, 영화광
_TAIL_NOUN = frozenset("명 조 기 차 표 권 증".split())  # NNG of one syllable: 학교명, 마감조
_TAIL_PARTICLE = frozenset("는 로 를 을 에 의 도 와 과".split())
_GLUED = re.compile(r"[가-힣]*")
_CONTACT_NOUNS = frozenset("전화 연락 문자 카톡".split())
_NUMBER_BEFORE = re.compile(r"(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열) $")  # 두 명이요
_PEOPLE_COUNTED = re.compile(r"명(?:이|요|만|입|은|도|씩)")
# A church's or a club's form of address, honoured: 형제님, 자매님 (the name comes before it).
_KIN_HONOURED = re.compile(r"(?:형제|자매|성도|집사|권사|장로|목사|사모|선배|후배|동기|고객|회원)님")


def _noun_with_tail(text: str, h: NameHit) -> bool:
    """A known noun and an object's tail (module docstring); exact, on the word alone."""
    core = text[h.start:h.end]
    if len(core) < 3 or not all("가" <= c <= "힣" for c in core):
        return False
    if _KIN_HONOURED.fullmatch(core) or _PEOPLE_COUNTED.match(core) and _NUMBER_BEFORE.search(text, max(0, h.start - 6), h.start):
        return True
    tokens = morph.analyze(_GLUED.match(text, h.start).group()) or ()
    if not tokens or not all(t[4] for t in tokens) or tokens[0][1] != "NNG" or tokens[0][2] != 0:
        return False
    first, n = tokens[0], len(core)
    if first[0] in _CONTACT_NOUNS and all(t[1].startswith(("XSV", "E", "J")) for t in tokens[1:]):
        return True  # 전화+하+어, 연락+도: calling, never a surname and a given name
    if first[3] != 2 or not any(t[2] + t[3] == n for t in tokens):
        return False  # the guess must end where a token ends
    tail = [t for t in tokens[1:] if t[2] < n]
    return bool(tail) and all((t[1] == "XSN" and t[0] in _TAIL_SUFFIX) or (t[1] == "NNG" and t[0] in _TAIL_NOUN)
                              or (t[1].startswith("J") and t[0] in _TAIL_PARTICLE) for t in tail)


def _repeats(text: str, h: NameHit) -> list[NameHit]:
    """Every other occurrence of a kin-cut name, not glued to a word before it (``와이프 진아랑 …
    진아가``): the whole guess echoed its parts before it was cut, the cut name echoes itself."""
    name = text[h.start:h.end]
    if len(name) < 2 or not re.fullmatch(r"[가-힣]+", name):
        return []
    return [NameHit(m.start(), m.end(), h.score) for m in re.finditer(name, text)
            if m.start() != h.start and not ("가" <= text[m.start() - 1:m.start()] <= "힣")]


def veto_predicate_cuts(text: str, names: list[NameHit]) -> list[NameHit]:
    """Cut a kin word off a name guess and drop guesses that read as words (module docstring)."""
    out = []
    for h in names:
        kin = _KIN.match(text, h.start, h.end)
        if kin is not None:
            h = replace(h, start=kin.end())
            out += _repeats(text, h)
        if not (_noun_with_tail(text, h) or _reads_as_word(text, h)):  # the word before the clause
            out.append(h)
    return out
