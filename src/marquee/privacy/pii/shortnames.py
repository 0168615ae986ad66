"""Two-syllable names (a surname and one given syllable) held by their frame (round 7).

``people._two_syllable`` takes them after a label or before an honorific, ``vocatives`` with a
person particle. Three more frames hold only people:

* **a list of names**: a member of a comma list (``…, 탁겸, …``) or of a space-separated run of
  names closed by ``이렇게``/``둘이``/``셋이`` next to a name already found;
* **a person's own thing**: ``X 명의`` (in X's name) and ``X 걔`` (that one, X);
* **a role word before it at the end of a line or clause**: the signature of a staff reply
  (``… 매니저 X``), a role in a list (``운전 X, 동승 …``).

The word must be a census surname and a listed given syllable, and Kiwi, reading it alone,
must not take it as one dictionary word or a verb form (``정말``, ``김밥``, ``가+ᆯ래``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import NameHit, _before_kind
from .wordscore import _PERSON_WORDS, _PLACE_FINALS, _covered

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
# A word glued to a digit is an amount (``6천원``, ``3만원``), never a name (round 12).
_WORD = re.compile(rf"(?<![가-힣0-9])([{_SURNAMES}])([가-힣])(?![가-힣])")
_COMMA = re.compile(r"[ \t]*[,·/][ \t]*")
_CLOSER = re.compile(r"[ \t]+(?:이렇게|둘이|셋이|넷이|다섯이)(?![가-힣])")
_OWNED = re.compile(r"[ \t](?:명의|걔(?:가|는|도|랑|한테)?)(?![가-힣])")
_LINE_END = re.compile(r"[ \t]*(?:[,.!~]|$|\n)")


def _word_ok(core: str) -> bool:
    """A surname and a given syllable that Kiwi, reading the word alone, does not take as one
    dictionary word (other than a proper noun), a verb form or an adverb."""
    if core in L.NOT_NAMES or core in _PERSON_WORDS or core[1] in L.NOT_GIVEN or core[1] in _PLACE_FINALS:
        return False
    if core[1] not in L.GIVEN_ANY:
        return False
    tokens = morph.analyze(core)
    if not tokens:
        return True
    if len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP":
        return False
    return not any(t[1].startswith(("V", "E", "M", "XS", "J", "NP")) for t in tokens)


def _listed(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """A neighbour in a comma list is a name, or the word closes a space-separated run of
    names (``A B X 이렇게``)."""
    for s, e in names:
        if e <= start and _COMMA.fullmatch(text, e, start):
            return True
        if s >= end and _COMMA.fullmatch(text, end, s):
            return True
    if _CLOSER.match(text, end) is None:
        return False
    ends = {e: s for s, e in names}
    prev = ends.get(start - 1) if text[start - 1:start] == " " else None
    return prev is not None and (prev - 1) in ends and text[prev - 1:prev] == " "


def _role_signed(text: str, start: int, end: int) -> bool:
    """A relation or role word right before it, and the line or clause ends after it."""
    if text[start - 1:start] not in (" ", "\t") or _LINE_END.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _before_kind(text[max(line_start, start - 20):start]) in ("relation", "weak")


def find_short_names(text: str, names: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Two-syllable names in a list of names, before 명의/걔, or after a role word at the end
    of a line (see the module docstring)."""
    if not morph.enabled():
        return []
    hits: list[NameHit] = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if _covered(names, s, e):
            continue
        if not (_listed(text, s, e, names) or _OWNED.match(text, e) or _role_signed(text, s, e)):
            continue
        if (allowed is not None and allowed(s, e)) or not _word_ok(m.group()):
            continue
        hits.append(NameHit(s, e, 0.66))
    return hits
