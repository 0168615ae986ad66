"""A given name alone with the familiar ``이`` glued on (P11.2, issue 16 round 14).

Read from the misses of test9–test15: friends, children and partners are named by the given
name alone, with no frame at all, but Korean marks them anyway: after a given name ending in a
consonant, speech adds ``이`` before a particle (``보민이가``, ``채원이랑``, ``시안이네``,
``옥분이는``) and calls the person with ``아`` (``재윤아 생일축하해``). A common noun takes the
particle straight on (``생일이``, ``팝콘을``), never ``이`` and then a particle, so

* ``X이`` followed by a particle (``가``, ``는``, ``도``, ``를``, ``한테``, ``의`` …) is a person,
  where ``X`` is two syllables from the name lists ending in a consonant; ``X이랑`` and ``X이네``
  are a noun's own particles too (``결심이랑``, ``계정이네``) and count as a bare ``X이``;
* ``X아`` (calling) or a bare ``X이`` counts only when the post uses ``X`` both ways
  (``재윤이 생일이라 … 재윤아``); a bare ``X이`` twice is a noun as often (``다솜이 극장``).
  A noun a song or a poem calls (``사랑아``, ``하늘이가``: ``givenframes._CALLED_NOUNS``) is a
  pet name or a word as often as a name, and stays.

Nouns that end in ``이`` themselves (``고양이가``, ``호랑이는``, ``어린이도``) are refused: Kiwi
reads ``X이`` as one word. Relation words, places and the words in ``lexicon.NOT_NAMES`` stay.
In a review that rates the film or talks of acting (``★``, ``연기``, ``배우``), a character is
called the same way (``동백이도 좋았음``), so a name used once there stays. Coreference
(``coref.py``) then masks the other uses of the name in the post.

Round 14 (``piirecall17``): the name spaced after its first syllable (``채 윤이랑``, ``지 훈이가``)
counts when the post also writes it whole (``채윤이``, ``지훈 최고``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, free_hits
from .givenframes import _CALLED_NOUNS
from .names import NameHit
from .vocatives import _has_final
from .wordscore import _PLACE_FINALS, _PLACES

# 이 and a particle a noun never takes that way (X이가, X이를); 이랑 and 이네 are a noun's own
# particles too (결심이랑, 계정이네), so they count as the bare 이 does.
_FAMILIAR = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2})(이(?:가|는|도|를|한테|에게|의|하고|가요|는요|한테는)"
                       r"|이(?:랑|네)?|아)(?![가-힣])")
# The same, spaced after the first syllable (채 윤이랑, 지 훈이가): piirecall17, from test15.
_SPACED = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣])[ \t]([가-힣])(?=이(?:가|는|도|를|랑|한테|에게|의|하고|네)?(?![가-힣]))")
_STRONG = frozenset("이가 이는 이도 이를 이한테 이에게 이의 이하고 이가요 이는요 이한테는".split())
# A review that rates or discusses acting calls characters the same way (동백이도 좋았음).
_REVIEW = re.compile(r"[★☆]|연기|배우|캐릭터|주인공")
_WRITERS = frozenset({"엄마", "아빠", "남편", "아내", "언니", "오빠", "누나", "동생", "남친", "여친", "친구",
                      "선생", "손님", "고객", "회원", "학생", "직원", "사장", "사람", "영화", "극장"})


def _may_be_given(word: str) -> bool:
    """Two name-list syllables ending in a consonant that Kiwi does not read, with ``이``, as one
    word (``고양이``, ``원숭이``); a proper noun (``민석이``) is a name still."""
    if not _has_final(word[-1]) or not all(c in GIVEN for c in word) or word in L.NOT_NAMES \
            or word in L.RELATION_WORDS or word in _WRITERS or word in _PLACES or word[-1] in _PLACE_FINALS:
        return False
    tokens = morph.analyze(word + "이") or ()
    return not (len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP")


def find_familiar_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Given names with the familiar ``이`` or called with ``아`` (module docstring)."""
    if not morph.enabled() or ("이" not in text and "아" not in text):
        return []
    forms: dict[str, list[re.Match[str]]] = defaultdict(list)
    for m in _FAMILIAR.finditer(text):
        forms[m.group(1)].append(m)
    spans = []
    review = _REVIEW.search(text) is not None
    for word, found in forms.items():
        if review and len(found) < 2:
            continue
        kinds = {m.group(2)[:1] for m in found}
        if word in _CALLED_NOUNS or not any(m.group(2) in _STRONG for m in found) and len(kinds) < 2:
            continue  # calling or a bare 이: only both ways
        if _may_be_given(word) and not (allowed and allowed(found[0].start(1), found[0].start(1) + 3)):
            spans += [m.span(1) for m in found]  # a character the catalogue spells with 이 stays
    spans += _spaced_familiar(text, forms)
    return free_hits(spans, taken, allowed, 0.7) if spans else []


def _spaced_familiar(text: str, forms: dict[str, list[re.Match[str]]]) -> list[tuple[int, int]]:
    """``채 윤이랑`` where the post also writes the word unspaced (``채윤이``, ``지훈 최고``):
    spacing a word apart and writing it whole again is what a name gets (module docstring)."""
    spans = []
    for m in _SPACED.finditer(text) if " " in text else ():
        word = m.group(1) + m.group(2)
        whole = re.search(rf"(?<![가-힣]){word}(?![가-힣])|(?<![가-힣]){word}(?=이|아)", text)
        if whole is None or word in _CALLED_NOUNS or not _may_be_given(word):
            continue
        spans.append(m.span())
        spans += [f.span(1) for f in forms.get(word, ())] or [whole.span()]
    return spans
