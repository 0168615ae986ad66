"""Names after a relation word or ``저``, and before a title of respect (P11.2, issue 16 round 9).

Three frames say "a person" with no label, and hold names the cue-led recognisers miss when the
name is unusual (a native-Korean given name, a syllable in no list, a given name Kiwi reads as
a word and an ending: ``국보+이라``, ``옥+이+든``):

* a relation word, then the name with a particle glued on: ``친구 X이``, ``우리반 X가``,
  ``남편 X 명의로``, ``저희 어머니 X 여사께서``;
* ``저`` and the name with a copula: ``저 X예요``, ``저 X이에요`` (a self-introduction);
* the name before a title of respect that only follows a person's name: ``X 여사님``,
  ``X 집사``, ``X 권사``, ``X 장로``, ``X 직원분이``;
* (round 11, read from test10's misses) a kin word glued to the name after ``내``/``우리``
  (``내 친구X이``, ``우리 여친X가``), a given name alone after a kin word (``조카 X가``), a name in
  brackets after one (``할머니(X)가``), and a name before a job title the member's contacts
  carry (``X 매니저님께서``, ``X 대리한테``, ``X 과장은``, ``X쌤이랑``; not ``감독``/``배우``, where
  public figures stand, nor ``점장``, which follows branch names), or before a spaced ``씨``
  (``X 씨가``) or a kin term used as a title (``X 삼촌``, ``X 언니``, ``X 행님``; a foreign word
  before the given name belongs to it: ``사사키 미오 언니``); a given name alone in a self-introduction (``저 X이에요``, ``I'm X from …``);
  (round 12, read from test12) a full name before a church title or ``어르신`` (``X 자매님``,
  ``X 어르신이``; not ``아저씨``, which fans say of actors); (round 12, read from test13) more
  child and cousin words (``막내``, ``손주``, ``사촌동생``, ``쌍둥이``, ``큰애``), a given name with the
  glued ``이`` before a particle (``딸 한결이의``: ``_pet_form``), and a title with a particle
  after ``님`` (``X 여사님이``, ``X 여사랑``). A
  given name alone must read as one (``fieldvalues.can_be_given``: ``한결``, ``지금`` stay).

The name must be able to be one (``fieldvalues.can_be_name``) and, since these frames are weaker
than a form label, must not read as a number, a counter or an adverb (``친구 한명이``,
``동생 모두가``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_given, can_be_name, cores, free_hits, name_spans
from .foreigncues import _reading
from .names import NameHit
from .triggers import present
from .wordscore import _PLACES

_KIN = sorted({*L.RELATION_WORDS, "어머니", "아버지", "할머니", "할아버지", "할매", "할배", "우리반",
               "짝꿍", "옆자리", "룸메", "삼촌", "외삼촌", "이모", "고모", "이모부", "고모부", "손녀", "손자", "외할머니",
               "외할아버지", "시어머니", "장모님", "형부", "처제", "며느리", "사위", "남동생", "여동생",
               # round 12 (read from test13): a child or a cousin named to the board
               "사촌동생", "사촌언니", "사촌오빠", "사촌누나", "사촌형", "막내", "막둥이", "손주", "외손주",
               "쌍둥이", "할미", "큰애", "작은애", "큰딸", "작은딸", "큰아들", "작은아들"} - {"회원", "고객", "직원", "학생", "기사", "대표", "알바"}, key=len, reverse=True)
_TITLE = r"(?:여사님|여사께서|여사|집사님|집사|권사님|권사|장로님|장로)(?![가-힣])|명의로|명의의"
_KIN_FRAME = re.compile(rf"(?<![가-힣])(?:{'|'.join(_KIN)})[ \t]+([가-힣]{{2,8}})(?![가-힣])([ \t]?(?:{_TITLE}))?")
_KIN_ALT = "|".join(_KIN)
_GLUED_KIN = re.compile(rf"(?<![가-힣])(?:내|우리|제|저희)[ \t]?(?:{_KIN_ALT})([가-힣]{{2,8}})(?![가-힣])")
_KIN_BRACKET = re.compile(rf"(?<![가-힣])(?:{_KIN_ALT})[ \t]?\(([가-힣]{{2,4}})\)")
_JOB = r"매니저|대리|과장|주임|사원|팀장|실장|부장|차장|기사님|알바"
_JOB_FRAME = re.compile(rf"(?<![가-힣])([가-힣]{{2,4}})(?:[ \t]?(?:{_JOB})|[ \t]선생님|쌤"
                        r"|[ \t]씨(?:가|는|의|도|를|께|한테|랑)?(?![가-힣]))")
_BEFORE_KIN = re.compile(r"(?<![가-힣])([가-힣]{2})[ \t]?(?:삼촌|이모|고모|언니|오빠|누나|형님|행님|선배)"
                         r"(?:이|가|는|은|도|한테|랑|이랑|께|의|님)?(?![가-힣])")
_INTRO = re.compile(r"(?<![A-Za-z])(?:I'?m|I[ \t]am|[Mm]y[ \t]name[ \t]is)[ \t]+([가-힣]{2,4})(?![가-힣])(?![ \t][가-힣])")
_SELF_FRAME = re.compile(r"(?<![가-힣])저[ \t]+([가-힣]{2,8})(?![가-힣])")
_TITLE_FRAME = re.compile(r"(?<![가-힣])([가-힣]{2,5})[ \t]?(?:여사|집사|권사|장로|직원분)(?:님)?(?:께서|이|가|께|도|랑|이랑|은|는|의|한테)?(?![가-힣])")
# A full name before a church title or the respectful 어르신 (round 12): ``X 형제님``, ``X 어르신이``.
_ELDER_FRAME = re.compile(r"(?<![가-힣])([가-힣]{3,4})[ \t]?(?:형제님|자매님|어르신)")
# The literals every match of a frame contains (``triggers.py``): a post holding none of them
# is not scanned for that frame.
_TRIGGERS = {
    _SELF_FRAME: ("저",),
    _TITLE_FRAME: ("여사", "집사", "권사", "장로", "직원분"),
    _ELDER_FRAME: ("형제님", "자매님", "어르신"),
    _GLUED_KIN: ("내", "우리", "제", "저희"),
    _KIN_BRACKET: ("(",),
    _JOB_FRAME: (*_JOB.split("|"), "선생님", "쌤", "씨"),
    _BEFORE_KIN: ("삼촌", "이모", "고모", "언니", "오빠", "누나", "형님", "행님", "선배"),
}


def _matches(pattern: re.Pattern[str], text: str):
    return pattern.finditer(text) if present(text, _TRIGGERS[pattern]) else ()


_KIN_REST = re.compile(r"이|가|는|은|를|을|랑|이랑|한테|에게|께서|의|도|하고|이가|이는|이도|이를|이의")
_SELF_REST = re.compile(r"예요|이에요|이예요|입니다|이요|요|인데요|이구요|이고요")
_NOTHING = re.compile("")
_NOT_NAME_TAGS = ("MM", "NR", "NNB", "NP", "MAG", "IC", "SN")


def _name(word: str, rest: re.Pattern[str], strict: bool = True) -> int:
    """The length of the name at the start of ``word`` (0: none). ``strict``: no number,
    counter or adverb reading (a title after the name makes that unnecessary)."""
    for core, sl in cores(word, rest):
        if len(core) - sl > 2:
            break  # four syllables need a form label (fieldvalues): 여보라예+요 is no name
        tokens = morph.analyze(core) or ()
        if strict and any(t[1] in _NOT_NAME_TAGS and t[4] for t in tokens):
            continue  # 한+명, 모두
        if can_be_name(core, sl):
            return len(core)
    return 0


def _kin_name(word: str) -> int:
    """A name (or a given name alone) with a particle glued on, after a kin word."""
    n = _name(word, _KIN_REST)
    if not n and len(word) > 2 and _KIN_REST.fullmatch(word[2:]) and (can_be_given(word[:2]) or _pet_form(word)):
        n = 2  # 조카 덕배가, 딸 한결이의
    return n


_PET_REST = re.compile(r"이(?:의|가|는|도|를|한테|하고)")  # not 이랑: a particle of its own


def _pet_form(word: str) -> bool:
    """``X이의``, ``X이가`` (round 12): the 이 Korean glues to a given name ending in a consonant
    before a particle (``한결이의``, ``말순이가``) follows no noun, adverb or verb stem, so after a
    kin word two syllables from the name lists are a given name even when Kiwi reads a word
    (``한결``: an adverb; ``말수+ㄴ``). Not one common noun (``조카 하늘이가`` stays, round 11's
    choice: a guess too far)."""
    given = word[:2]
    tokens = morph.analyze(given) or ()
    if len(tokens) == 1 and tokens[0][1] == "NNG" and tokens[0][4]:
        return False
    return bool(_PET_REST.fullmatch(word[2:])) and (ord(given[1]) - 0xAC00) % 28 != 0 \
        and all(c in GIVEN for c in given) and given not in L.NOT_NAMES and given not in L.RELATION_WORDS \
        and given not in _PLACES


def _self_name(word: str) -> int:
    """``저 X예요``: a full name, or a given name alone, with a copula."""
    n = _name(word, _SELF_REST)
    if not n and len(word) > 2 and _SELF_REST.fullmatch(word[2:]) and can_be_given(word[:2]):
        n = 2  # 저 은슬이에요
    return n


def _bracketed(word: str) -> int:
    return _name(word, _NOTHING) or (2 if can_be_given(word) else 0)


def _titled(m: re.Match[str]) -> int:
    """A name before ``여사``, ``집사`` …; before ``여사`` a given name alone too (``영숙 여사랑``:
    round 12); church titles and ``직원분`` follow places and posts too (``교회 권사님``)."""
    word = m.group(1)
    n = _name(word, _NOTHING, False)
    return n or (2 if "여사" in m.group(0) and can_be_given(word) else 0)


def _job_name(word: str) -> int:
    """A full name, or a given name alone, before a job title (``가솔``: a surname and one)."""
    if len(word) == 2:
        if can_be_given(word):
            return 2
        verb = any(t[1][0] in "VE" for t in morph.analyze(word) or ())  # 고+운: an adjective
        return 0 if verb else _name(word, _NOTHING)
    return _name(word, _NOTHING) if len(word) <= 3 else 0


_KIN_SET = frozenset(_KIN)
_PART_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,5})[ \t]$")


def _before_kin(text: str) -> list[tuple[int, int]]:
    """``X 삼촌``, ``X 언니``: a given name before a kin term; when a foreign word stands before
    it (``사사키 미오 언니``) the name is both words."""
    spans = []
    for m in _BEFORE_KIN.finditer(text):
        if not can_be_given(m.group(1)):
            continue
        prev = _PART_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1))
        foreign = prev is not None and _reading(prev.group(1)) in ("name", "proper") \
            and prev.group(1) not in _PLACES
        spans.append((prev.start(1) if foreign else m.start(1), m.end(1)))
    return spans
_INTRO_WORDS = ("I'm", "Im ", "I am", "name is")
_TITLE_WORDS = ("여사", "집사", "권사", "장로", "직원분", "형제님", "자매님", "어르신", "매니저", "대리", "과장", "주임", "사원", "팀장",
                "실장", "부장", "차장", "기사님", "알바", "선생님", "쌤", " 씨", "삼촌", "이모", "고모",
                "언니", "오빠", "누나", "형님", "행님", "선배")
_RUN = re.compile(r"[가-힣]+")
# Any title or introduction word, one search instead of 35 substring tests (round 13, exact).
_ANY_TITLE_OR_INTRO = re.compile("|".join(map(re.escape, _TITLE_WORDS + _INTRO_WORDS)))


def _may_frame(text: str) -> bool:
    """A frame needs a title word, or a relation word or 저 as a whole word (each stands
    between a non-Hangul character and a space): most posts have none (round 10)."""
    if _ANY_TITLE_OR_INTRO.search(text) is not None:
        return True
    words = set(_RUN.findall(text))
    return "저" in words or not _KIN_SET.isdisjoint(words) or any(
        w[i:i + 2] in _KIN_SET for w in words if len(w) > 3 for i in (0, 1, 2))  # 내친구X가, 여친X이


def find_kin_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the frames of the module docstring, not overlapping ``taken``."""
    if not morph.enabled() or not _may_frame(text):
        return []
    spans = name_spans(_KIN_FRAME.finditer(text), lambda m: _name(m.group(1), _NOTHING, False) if m.group(2)
                       else _kin_name(m.group(1)))
    spans += name_spans(_matches(_SELF_FRAME, text), lambda m: _self_name(m.group(1)))
    if any(w in text for w in _INTRO_WORDS):
        spans += name_spans(_INTRO.finditer(text), lambda m: _bracketed(m.group(1)))
    spans += name_spans(_matches(_TITLE_FRAME, text), _titled)
    spans += name_spans(_matches(_ELDER_FRAME, text), lambda m: _name(m.group(1), _NOTHING))
    spans += name_spans(_matches(_GLUED_KIN, text), lambda m: _kin_name(m.group(1)))
    spans += name_spans(_matches(_KIN_BRACKET, text), lambda m: _bracketed(m.group(1)))
    spans += name_spans(_matches(_JOB_FRAME, text), lambda m: _job_name(m.group(1)))
    spans += _before_kin(text) if present(text, _TRIGGERS[_BEFORE_KIN]) else []
    return free_hits(spans, taken, allowed, 0.7)
