"""Things listed with a word that looks like a name (P11.2, round 12, lead, read from test13).

A lost-and-found notice, a packing list or an order lists things: ``습득 – 장우산, 카드지갑``,
``챙길 것: 방석, 담요``. A compound with a prefix that is also a surname (``장우산``: a long
umbrella; ``대방석``) reads as a surname and a given name to the cue-less recognisers, and Kiwi
has no entry for it. What gives it away is its neighbour in the list: a member of the same comma
list that is plainly a thing (every morpheme a known common noun, no person or kin word, the item
closing where a list item closes). People are listed with people (``김민수, 이지은``), and a name
before a sentence (``김민수, 연락 주세요``) has no list item after it.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import NameHit

# The next list member: one Hangul word closed like a list item.
# Prose lists put a space after the comma; a CSV row (``선우점례,검표,010-…``) does not, and its
# next cell may be a role noun beside a person.
_NEXT_ITEM = re.compile(r"[ \t]*[,·][ \t]+([가-힣]{2,6})(?=[ \t]*(?:[.)\n]|$|등|및|[,·/][ \t]*[가-힣]))")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
_GIVEN = L.GIVEN_ANY | L.GIVEN_RARE
_PERSON_NOUNS = frozenset({*L.RELATION_WORDS, *L.HONORIFICS, *L.NAME_LABELS,
                           "엄마", "아빠", "친구", "동생", "언니", "오빠", "누나", "형", "선배", "후배", "직원", "손님"})


def _a_thing(word: str) -> bool:
    """Every morpheme a known common noun, and not shaped like a name (차+연주, 병철)."""
    if word in _PERSON_NOUNS or (len(word) in (2, 3) and word[0] in _SURNAMES):
        return False
    if len(word) <= 3 and _GIVEN.issuperset(word):
        return False  # 병철: a given name alone, also one Kiwi knows as a noun
    tokens = morph.analyze(word) if morph.enabled() else None
    return bool(tokens) and all(t[1] == "NNG" and t[4] for t in tokens) \
        and not any(t[0] in _PERSON_NOUNS for t in tokens)


def veto_object_lists(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop PERSON candidates listed right before a thing (see the module docstring)."""
    if not names or ("," not in text and "·" not in text):
        return names
    kept = []
    for h in names:
        m = _NEXT_ITEM.match(text, h.end)
        if m is not None and _a_thing(m.group(1)):
            continue
        kept.append(h)
    return kept
