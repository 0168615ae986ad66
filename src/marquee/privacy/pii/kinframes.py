"""Names after a relation word or ``저``, and before a title of respect (P11.2, issue 16 round 9).

Three frames say "a person" with no label, and hold names the cue-led recognisers miss when the
name is unusual (a native-Korean given name, a syllable in no list, a given name Kiwi reads as
a word and an ending: ``국보+이라``, ``옥+이+든``):

* a relation word, then the name with a particle glued on: ``친구 X이``, ``우리반 X가``,
  ``남편 X 명의로``, ``저희 어머니 X 여사께서``;
* ``저`` and the name with a copula: ``저 X예요``, ``저 X이에요`` (a self-introduction);
* the name before a title of respect that only follows a person's name: ``X 여사님``,
  ``X 집사``, ``X 권사``, ``X 장로``, ``X 직원분이``.

The name must be able to be one (``fieldvalues.can_be_name``) and, since these frames are weaker
than a form label, must not read as a number, a counter or an adverb (``친구 한명이``,
``동생 모두가``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import can_be_name, cores, free_hits, name_spans
from .names import NameHit

_KIN = sorted({*L.RELATION_WORDS, "어머니", "아버지", "할머니", "할아버지", "할매", "할배", "우리반",
               "짝꿍", "옆자리", "룸메"} - {"회원", "고객", "직원", "학생", "기사", "대표", "알바"}, key=len, reverse=True)
_TITLE = r"(?:여사님|여사께서|여사|집사님|집사|권사님|권사|장로님|장로)(?![가-힣])|명의로|명의의"
_KIN_FRAME = re.compile(rf"(?<![가-힣])(?:{'|'.join(_KIN)})[ \t]+([가-힣]{{2,8}})(?![가-힣])([ \t]?(?:{_TITLE}))?")
_SELF_FRAME = re.compile(r"(?<![가-힣])저[ \t]+([가-힣]{2,8})(?![가-힣])")
_TITLE_FRAME = re.compile(r"(?<![가-힣])([가-힣]{2,5})[ \t]?(?:여사|집사|권사|장로|직원분)(?:님|께서|님께서|이|께)?(?![가-힣])")
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


_KIN_SET = frozenset(_KIN)
_TITLE_WORDS = ("여사", "집사", "권사", "장로", "직원분")
_RUN = re.compile(r"[가-힣]+")


def _may_frame(text: str) -> bool:
    """A frame needs a title word, or a relation word or 저 as a whole word (each stands
    between a non-Hangul character and a space): most posts have none (round 10)."""
    if any(t in text for t in _TITLE_WORDS):
        return True
    words = set(_RUN.findall(text))
    return "저" in words or not _KIN_SET.isdisjoint(words)


def find_kin_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the frames of the module docstring, not overlapping ``taken``."""
    if not morph.enabled() or not _may_frame(text):
        return []
    spans = name_spans(_KIN_FRAME.finditer(text), lambda m: _name(m.group(1), _NOTHING, False) if m.group(2)
                       else _name(m.group(1), _KIN_REST))
    spans += name_spans(_SELF_FRAME.finditer(text), lambda m: _name(m.group(1), _SELF_REST))
    spans += name_spans(_TITLE_FRAME.finditer(text), lambda m: _name(m.group(1), _NOTHING, False))
    return free_hits(spans, taken, allowed, 0.7)
