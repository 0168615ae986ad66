"""Names broken by an invisible character or an ideographic space (P11.2, round 6).

A zero-width space, joiner or non-joiner, a word joiner, a byte-order mark, a soft hyphen or
an ideographic (full-width) space between the syllables of one Hangul word is not how anyone
writes a word: it is how a post keeps a name away from a filter (``김\u200b민수``,
``박\u3000지훈님``). Normalisation removes the character, which leaves a bare name without a
cue; this module reads the original text instead. A word counts when it opens with a surname
(a compound one too), the break falls inside its first three syllables (four after a
compound surname), and what follows the name is nothing or particles and honorifics only.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon as L
from .frames import _dictionary
from .names import _REST, NameHit
from .people import _spaced_given_ok

_BREAKS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u3000"
_BROKEN = re.compile(rf"(?<![가-힣])[가-힣]{{1,3}}(?:[{_BREAKS}]+[가-힣]{{1,5}})+(?![가-힣])")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
# A value right after the word makes a dictionary word a field label (``이\u200b메일 jh@…``).
_VALUE_NEXT = re.compile(r"[ \t]*[:：]?[ \t]*[A-Za-z0-9０-９(+]")


def _name_length(word: str, breaks: list[int]) -> int:
    """How many syllables of the squeezed ``word`` are the name (0: not a name)."""
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1 if word[:1] in _SURNAMES else 0
    if not sl or word in L.NOT_NAMES:
        return 0
    for n in (sl + 2, sl + 1):
        if n <= len(word) and all(b < n for b in breaks) and _REST.fullmatch(word[n:]):
            return n
    return 0


def _spaced_ok(raw: str, word: str, breaks: list[int], n: int) -> bool:
    """An ideographic space is a space after all (``이\u3000영화``): only right after the
    surname, with typical given-name syllables that are no word of their own."""
    invisible = any(c in raw for c in _BREAKS[:-1])
    sl = n - 2 if n - 2 in breaks else n - 1
    return invisible or (breaks == [sl] and _spaced_given_ok(word[:sl], word[sl:n]))


def find_split_names(original: str, starts: list[int] | None) -> list[NameHit]:
    """Broken names in ``original``, in the offsets of its normalised text (``starts`` maps a
    normalised character to the original one; None when nothing was normalised)."""
    if starts is None:
        return []
    hits = []
    for m in _BROKEN.finditer(original):
        raw = m.group()
        word, breaks, kept = "", [], []
        for i, ch in enumerate(raw):
            if ch in _BREAKS:
                if not breaks or breaks[-1] != len(word):
                    breaks.append(len(word))
            else:
                kept.append(m.start() + i)
                word += ch
        n = _name_length(word, breaks)
        if n and _dictionary(word[:n], strict=False) and _VALUE_NEXT.match(original, m.end()):
            continue  # 이\u200b메일 jh@…: a field label broken by noise, not a name (round 12)
        if n and "\u3000" in raw and not _spaced_ok(raw, word, breaks, n):
            continue
        if n:
            lo, hi = bisect_left(starts, kept[0]), bisect_left(starts, kept[n - 1] + 1)
            hits.append(NameHit(lo, hi, 0.78))
    return hits
