"""The value of a person field, however unusual the name (P11.2, issue 16 round 9).

After a label that only a person fills (``예금주``, ``성함:``, ``신청인:``, ``접속자 |``,
``이름``, ``신분증``) the next word is whose it is. The cue-led recognisers still want the name to
look typical, and Kiwi's reading of it to be a name; modern and native-Korean names fail both:
``강+은하수`` (four syllables, the given name a dictionary word), ``선하+엘`` (read as an adjective),
``기+이+든`` (read as a copula and an ending, since ``이든`` is also a particle), ``우솔``, ``윤새롬``.
Here the slot decides, and the word only has to be able to be a name:

* a census surname (or a compound one) and one to three given syllables, with nothing glued
  after it but a copula, a title or a particle (``설나래고``, ``권서준 입니닼``, ``강은하수``);
* given syllables from the name lists (``든`` too, which the lists leave out as the particle),
  or a word Kiwi does not know at all (``윤새롬``), or a given part that is one dictionary noun
  of two syllables or more (``은하수``, ``가람``);
* never a form filler (``본인``, ``미정``), one dictionary word (``변경``, ``정보``), a dictionary
  noun with a particle (``정보+로``), a place, or a verb form (``바꾸고``).

Labels are also read split by a space (``받는 이``, ``예금 주``) and with one syllable mistyped,
keeping its first consonant (``예금쥬``, ``에금주``): typos are how the labels of hurried posts look, and a three-syllable label with
one wrong vowel is still no other word in practice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import add

from . import lexicon as L
from . import morph
from .names import NameHit
from .wordscore import _PLACE_FINALS, _PLACES, _common_word

_RISKY = frozenset(("저는", "담당", "주인", "명의", "상담원", "관리자", "제 이름은", "대표자"))
_EXTRA = ("접속자", "신분증", "계정주", "응대자", "가입자명", "수령인명", "대여자", "대여자명", "반납자",
          "가입명")
_LABELS = tuple(sorted({w for w in (*L.NAME_LABELS, *_EXTRA) if " " not in w and w not in _RISKY},
                       key=len, reverse=True))


# Each Hangul syllable -> its first consonant (a choseong jamo): one ``str.translate`` per word
# instead of a Python loop over its characters (round 10).
_TO_INITIAL = {cp: 0x1100 + (cp - 0xAC00) // 588 for cp in range(0xAC00, 0xD7A4)}


def _initials(word: str) -> str:
    """The first consonant of each Hangul syllable of ``word``."""
    return word.translate(_TO_INITIAL)


_LABEL_SET = frozenset(_LABELS)
_BY_INITIALS: dict[str, list[str]] = {}
for _label in _LABELS:
    if len(_label) >= 3:
        _BY_INITIALS.setdefault(_initials(_label), []).append(_label)
# A run of Hangul that may be a label (and a particle), then the field's value.
_RUN = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?![가-힣])")
_VALUE_AT = re.compile(r"[ \t]*(?:[:：=|\-)][ \t]*|[ \t]+)([가-힣]{2,12})(?![가-힣])")


@lru_cache(maxsize=8192)  # pure, asked for every Hangul run of every post (the same words recur)
def _is_label(run: str) -> bool:
    """A person label, with a particle glued on or one syllable mistyped keeping its first
    consonant (예금쥬)."""
    for word in (run, run[:-1] if run[-1] in "은는이가에" else ""):
        if word in _LABEL_SET:
            return True
        if len(word) >= 3 and any(sum(a != b for a, b in zip(label, word, strict=True)) <= 1
                                  for label in _BY_INITIALS.get(_initials(word), ())):
            return True
    return False


# What follows the value in a sentence: a copula, an honorific, a particle; and the hearsay
# endings of ``실명이 …이시더라고요`` (round 11).
_REST = re.compile(r"(?:입니다|입니당|입니닼|이에요|예요|이요|요|이고|고|님|씨|이며|임|인데|인디|이구요|이구유|구유|구요|"
                   r"(?:이)?(?:시)?더라고요|(?:이)?(?:시)?더라구요|(?:이)?시더라|이더라|이래요|이었어요|였어요|"
                   r"이셨어요|이세요|이시고|이라고|라고|이|가|은|는|의)?")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
GIVEN = L.GIVEN_ANY | L.GIVEN_RARE | {"든"}
_PARTICLES = frozenset("로 를 을 의 에 은 는 이 가 도 와 과 랑 나 만".split())


def cores(word: str, rest: re.Pattern[str] = _REST):
    """Readings of ``word`` as surname + given name + ``rest``, shortest name first."""
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1 if word[:1] in _SURNAMES else 0
    if not sl:
        return
    for n in (1, 2, 3):
        core = word[:sl + n]
        if len(core) == sl + n and rest.fullmatch(word[len(core):]):
            yield core, sl


def can_be_name(core: str, sl: int) -> bool:
    given = core[sl:]
    if core in L.NOT_NAMES or core in _PLACES or core[-1] in _PLACE_FINALS or _common_word(core):
        return False
    tokens = morph.analyze(core)
    if tokens:
        if len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP":
            return False  # one dictionary word of any kind: 정확히, 바로
        last = tokens[-1]
        if len(tokens) >= 2 and last[1].startswith("J") and core[-1] in _PARTICLES and tokens[0][4] \
                and tokens[0][3] >= 2:
            return False  # 서울+의, 우유+나: a noun and its particle
        if len(tokens) == 1 and not tokens[0][4]:
            return True  # one word Kiwi does not know: 윤새롬
        verb = any(t[1] in ("VV", "VA", "VX") for t in tokens)
        if verb and (len(core) == 2 or last[1] in ("EF", "EC")):
            return False  # 구매자 갈래?, 이름 바꾸고: a verb form, not 채+아리+ㄴ
    if all(s in GIVEN for s in given):
        return True
    sub = morph.analyze(given) if len(given) >= 2 else None
    return bool(sub) and len(sub) == 1 and sub[0][4] and sub[0][1] == "NNG"  # 강+은하수


_GIVEN_NOT = ("MAG", "MM", "NR", "NNB", "NP", "IC", "XPN")


def can_be_given(word: str, loose: bool = False) -> bool:
    """``word`` (two syllables) can be a given name used alone (``수아``, ``정훈``, ``덕배``): both
    syllables from the name lists, no place, and Kiwi, reading it alone, finds a proper noun, a
    word it does not know or single syllables, never an adverb, a number or a verb (``한결``,
    ``지금``, ``고운``). ``loose``: a dictionary noun is allowed too (``초롱``, ``재석``), for the
    slots only a person fills (a sign-off after a dash, a job title after the word)."""
    if len(word) != 2 or not all(c in GIVEN for c in word) or word in L.NOT_NAMES \
            or word in _PLACES or word[-1] in _PLACE_FINALS or word in L.RELATION_WORDS:
        return False
    tokens = morph.analyze(word)
    if not tokens:
        return False
    if any((t[1] in _GIVEN_NOT and t[3] >= 2) or t[1][0] in "VEJX" for t in tokens if t[4]):
        return False
    if len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP":
        return loose and tokens[0][1] == "NNG"
    return True


def name_spans(matches, length) -> list[tuple[int, int]]:
    """``(start, start + n)`` of group 1 of each match for which ``length(match)`` is ``n > 0``."""
    return [(m.start(1), m.start(1) + n) for m in matches if (n := length(m))]


def free_hits(spans, taken, allowed, score: float) -> list[NameHit]:
    """A hit for each distinct span that no earlier name overlaps and the allow-list leaves."""
    return [NameHit(s, e, score) for s, e in dict.fromkeys(spans)
            if not any(a < e and s < b for a, b in taken) and not (allowed is not None and allowed(s, e))]


def korean_value(word: str) -> bool:
    """``word``, all of it, can be a Korean name (a cell or bracket that holds only a name)."""
    return morph.enabled() and any(core == word and can_be_name(core, sl) for core, sl in cores(word))


# English field labels before a Hangul name: ``passport no. …, name 송유진`` (round 11).
_LATIN_LABEL = re.compile(r"(?<![A-Za-z])(?:[Nn]ame|NAME|[Ff]ull[ \t]?name|[Hh]older|[Rr]ecipient|[Gg]uest|"
                          r"[Pp]assenger|[Aa]pplicant|[Ww]inner)[ \t]*[:：=]?[ \t]*([가-힣]{2,12})(?![가-힣])")

_NEXT_WORD = re.compile(r"[ \t]([가-힣]{2,6})(?![가-힣])")


def find_field_values(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names as the value of a person field (module docstring), not overlapping ``taken``."""
    if not morph.enabled():
        return []
    hits = []
    prev = None
    for run in _RUN.finditer(text) if _may_label(text) else ():
        spaced = prev is not None and prev.end() + 1 == run.start() and text[prev.end()] == " " \
            and prev.group() + run.group() in _LABEL_SET  # 받는 이, 예금 주: a label split by a space
        prev = run
        if not (spaced or _is_label(run.group())):
            continue  # the (cached) label test first: most runs are no label, no value is matched
        m = _VALUE_AT.match(text, run.end())
        if m is not None and not (run.group()[-1] in "이가" and _verb_form(m.group(1))):
            hits += _value_hit(m, taken, allowed) or _given_hit(m, taken, allowed)
    for m in _LATIN_LABEL.finditer(text):
        if not _name_goes_on(text, m.end(1)):
            hits += _value_hit(m, taken, allowed)
    return hits


@lru_cache(maxsize=4)  # a per-post view: asked by this module and foreigncues.py for one text
def _runs(text: str) -> tuple[str, ...]:
    return tuple(_RUN.findall(text))


def any_label(text: str) -> bool:
    """Some whole Hangul run of up to six syllables is a label (``_is_label``, cached): what
    every label-led match needs. Runs in C over the post's runs."""
    return any(map(_is_label, _runs(text)))


def _may_label(text: str) -> bool:
    """A run is a label, or two runs are one label split by a space: the loop below looks at
    no run otherwise."""
    runs = _runs(text)
    return any(map(_is_label, runs)) or any(map(_LABEL_SET.__contains__, map(add, runs, runs[1:])))


def _verb_form(word: str) -> bool:
    """Kiwi reads ``word`` as a verb or adjective of two syllables or more and its endings only:
    after ``이름이`` that is what the name does (``강 이름이 나오는 장면``, round 12), not a value."""
    tokens = morph.analyze(word)
    return bool(tokens) and len(tokens) >= 2 and tokens[0][1] in ("VV", "VA") and tokens[0][3] >= 2 \
        and tokens[0][4] and all(t[1].startswith("E") for t in tokens[1:])


def _name_goes_on(text: str, end: int) -> bool:
    """A word Kiwi does not know (or knows as a proper noun) follows: ``Name: 마리아 곤살레스`` is
    one foreign name, for the foreign-name recognisers to take whole."""
    nxt = _NEXT_WORD.match(text, end)
    tokens = morph.analyze(nxt.group(1)) if nxt else None
    return bool(tokens) and len(tokens) == 1 and (tokens[0][1] == "NNP" or not tokens[0][4])


def _given_hit(m: re.Match[str], taken, allowed) -> list[NameHit]:
    """A given name alone as the whole value (``가입명 윤훈 /``, ``예금주 준담``, ``이름: 준희``):
    after a label only a person fills, two name-list syllables that Kiwi reads as no adverb,
    verb or dictionary word (``can_be_given``), with at most a copula or particle after them
    (round 14, piirecall18: forms and memos written by staff name members by given name)."""
    word = m.group(1)
    if not _REST.fullmatch(word[2:]) or not can_be_given(word[:2]):
        return []
    s, e = m.start(1), m.start(1) + 2
    if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
        return []
    return [NameHit(s, e, 0.7)]


def _value_hit(m: re.Match[str], taken, allowed) -> list[NameHit]:
    """The name at the start of group 1 of ``m``, if its shortest reading can be one."""
    for core, sl in cores(m.group(1)):
        s, e = m.start(1), m.start(1) + len(core)
        if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
            return []
        if can_be_name(core, sl):
            return [NameHit(s, e, 0.7)]
    return []
