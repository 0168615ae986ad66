"""Foreign names of any origin where only a person can stand (P11.2, issue 16 round 10).

``romanised.py`` finds a foreign name by its parts (lists of Vietnamese, Chinese, Western …
names): a name whose parts are in no list (``주제 다시우바``, ``콰메 멘사``, ``누룰 아이니``,
``Siobhan O'Brien``) is found only if the slot it stands in says a person is there. The slots
read here are the strong ones, where an ordinary word would be out of place:

* after a person label (``이름:``, ``성함``, ``예금주``, ``Name:``), as ``fieldvalues.py`` reads them;
* after a kin or relation word (``우리 남편``, ``조카``, ``동료``, ``주인``, ``차주``);
* a self-introduction (``저는 … 이고르 스미르노프라고 합니다``, ``I'm`` or ``My name is`` before Hangul);
* before a job title (``… 매니저님``, ``… 대리한테``, ``… 과장은``).

A Hangul name is two or three space-separated words of two to five syllables that read as a
name: a word Kiwi does not know, or knows only as a proper noun (``무함마드``, ``이고르``). The
last may carry a particle, a copula or an honorific. In the weaker slots (kin words, titles)
every part must read so (``우리 남편 영화 보러`` is no name); after a label or in a
self-introduction one part may be an ordinary word too (``주제 다시우바``: 주제 is also "a
topic"). A Latin name is one to three capitalised words (accents and apostrophes kept:
``Diego Fernández``, ``O'Brien``) after a kin word or ``My name is`` (never after ``I'm``:
``I'm Very Happy``). A Korean
name (one word) is left to the recognisers that know Korean names.
"""

from __future__ import annotations

import re

from . import morph
from .fieldvalues import _is_label, any_label
from .lexicon import COMMON_SURNAMES as SURNAMES
from .names import NameHit
from .wordscore import _PLACE_FINALS, _PLACES

_KIN = (r"남편|아내|와이프|신랑|조카|친구|여친|남친|여자친구|남자친구|동생|언니|오빠|누나|형|엄마|아빠|"
        r"아버지|어머니|할머니|할아버지|삼촌|이모|고모|외삼촌|사촌|동료|주인|차주|보호자|룸메이트")
_TITLE = r"매니저|대리|과장|팀장|주임|부장|사원|기사님|선생님|쌤"  # not 점장: "마키 센텀 점장님" is a branch
_WORDS = r"[가-힣]{2,8}(?:[ \t][가-힣]{2,8}){1,2}"
_REST = re.compile(r"(?:이|가|은|는|을|를|의|도|와|과|랑|이랑|한테|에게|께서|씨|님|이에요|예요|입니다|"
                   r"이라고|라고|이고|고|씨가|씨는|씨의|님이|님은|님께서)$")
_AFTER_KIN = re.compile(rf"(?<![가-힣])(?:{_KIN})[ \t]+({_WORDS})")
_SELF = re.compile(r"(?:저는|제 이름은)[ \t]+[^\n.?!]{0,40}?(?<![가-힣])([가-힣]{2,8}[ \t][가-힣]{2,8})"
                   r"(?=(?:이)?라고[ \t]?(?:합니다|해요|합니당|하는데))")
_BEFORE_TITLE = re.compile(rf"(?<![가-힣])({_WORDS})(?=[ \t]?(?:{_TITLE}))")
_LABEL_RUN = re.compile(rf"(?<![가-힣])([가-힣]{{1,6}})[ \t]*(?:[:：=|][ \t]*|[ \t]+)({_WORDS})")
_LATIN_WORD = r"(?:[A-Z]['’])?[A-Z][a-zà-öø-ÿ]+(?:-[A-Z]?[a-zà-öø-ÿ]+)?"
_IM = re.compile(rf"(?<![A-Za-z])(?:I'?m|[Mm]y name is)[ \t]+({_WORDS})")  # Hi, I'm 바카리 쿨리발리
# "I'm" is no cue for Latin words (I'm Very Happy): only "My name is" and a kin word are.
_LATIN_CUE = re.compile(rf"(?:[Mm]y name is[ \t]+|(?<![가-힣])(?:{_KIN})[ \t]+)"
                        rf"({_LATIN_WORD}(?:[ \t]{_LATIN_WORD}){{1,2}})(?![A-Za-z])")

# Cheap tests of whether a slot's words are in the post at all: without a leading lookbehind
# the regex engine skips to the possible first characters (most posts have none of them).
_GATES = {_AFTER_KIN: re.compile(_KIN), _BEFORE_TITLE: re.compile(_TITLE),
          _SELF: re.compile("라고"), _IM: re.compile(r"I'?m|name is")}
_ANY_LATIN = re.compile(r"[A-Z][a-zà-öø-ÿ]")


def _reading(word: str) -> str:
    """``name``: a word Kiwi does not know; ``proper``: one it knows only as a proper noun (a
    known foreign name, but also a place); ``korean``: an unknown word shaped like a Korean
    full name (surname and two syllables: the Korean recognisers' business); ``proper3``: a
    known proper noun of that shape (이고르, or a famous Korean), a name part only after a
    label or in a self-introduction; ``word``: one dictionary word, bare; ``other``: anything
    else (words with particles, verb forms, branches and stations)."""
    if not word or word[-1] in _PLACE_FINALS:  # 수원점, 강남역: a branch or a station (asked first:
        return "other"  # the answer whatever Kiwi reads)
    tokens = morph.analyze(word)
    if not tokens:
        return "other"
    unknown = not any(t[4] for t in tokens)
    proper = len(tokens) == 1 and tokens[0][1] == "NNP"
    if len(word) == 3 and word[0] in SURNAMES and (unknown or proper):
        return "korean" if unknown else "proper3"  # 이고르 (known) or a famous Korean (김선우)
    if unknown:
        return "name"
    if len(tokens) == 1:
        return "proper" if proper else "word"
    return "other"


def _core(word: str) -> str:
    """``word`` without a particle, copula or honorific glued on (``샤르마가`` -> ``샤르마``)."""
    m = _REST.search(word)
    return word[:m.start()] if m and m.start() >= 2 else word


def _name_in(words: str, base: int, from_right: bool, strict: bool) -> tuple[int, int] | None:
    """The longest run of two or three parts of ``words`` (starting at its first part, or
    ending at its last with ``from_right``) that reads as a foreign name, as offsets."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[가-힣]+", words)]
    for n in range(len(parts), 1, -1):
        chosen = parts[-n:] if from_right else parts[:n]
        cores = [w for _, w in chosen[:-1]] + [_core(chosen[-1][1])]
        reads = []
        for w in cores:  # a part read as Korean or other rules this run out: the rest unread
            if (r := _reading(w)) in ("korean", "other"):
                break
            reads.append(r)
        if len(reads) < len(cores) or reads[-1] == "word":
            continue
        if strict:  # names or proper nouns, one unknown at least, no place (광교, 센텀)
            accept = "name" in reads and all(r == "name" or (r == "proper" and w not in _PLACES)
                                             for r, w in zip(reads, cores, strict=True))
        else:  # after a label one part may be a word too (주제 다시우바)
            accept = reads.count("word") <= 1
        if accept:
            return base + chosen[0][0], base + chosen[-1][0] + len(cores[-1])
    return None


def find_cued_foreign(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Foreign names in strong person slots (module docstring), not overlapping ``taken``."""
    if not morph.enabled():
        return []
    spans = []
    for pattern, from_right, strict in ((_AFTER_KIN, False, True), (_BEFORE_TITLE, True, True),
                                        (_SELF, True, False), (_IM, False, False)):
        if _GATES[pattern].search(text) is None:
            continue
        for m in pattern.finditer(text):
            if (span := _name_in(m.group(1), m.start(1), from_right, strict)):
                spans.append(span)
    for m in _LABEL_RUN.finditer(text) if any_label(text) else ():  # group 1 is a whole run
        if _is_label(m.group(1)) and (span := _name_in(m.group(2), m.start(2), False, False)):
            spans.append(span)
    if _ANY_LATIN.search(text):
        spans += [(m.start(1), m.end(1)) for m in _LATIN_CUE.finditer(text)]
    # An earlier name inside this one is a part of it (라힘 of 무함마드 라힘): the engine keeps
    # the longer; one that crosses its edge wins.
    return [NameHit(s, e, 0.8) for s, e in dict.fromkeys(sorted(spans))
            if not any(a < e and s < b and not (s <= a and b <= e) for a, b in taken)
            and not (allowed is not None and allowed(s, e))]
