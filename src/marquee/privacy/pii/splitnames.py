"""Names broken by an invisible character or an ideographic space (P11.2, round 6).

A zero-width space, joiner or non-joiner, a word joiner, a byte-order mark, a soft hyphen or
an ideographic (full-width) space between the syllables of one Hangul word is not how anyone
writes a word: it is how a post keeps a name away from a filter (``김\u200b민수``,
``박\u3000지훈님``). Normalisation removes the character, which leaves a bare name without a
cue; this module reads the original text instead. A word counts when it opens with a surname
(a compound one too), the break falls inside its first three syllables (four after a
compound surname), and what follows the name is nothing or particles and honorifics only.
An ordinary word with a stray invisible character (``연\u200b기``, ``여\u200c기로``) is no name
(round 12), unless a person slot holds it (a label, a kin word, a roster, a line of its own).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon as L
from . import morph
from .filmpeople import strong_slot
from .names import _REST, NameHit
from .people import _spaced_given_ok

_BREAKS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u3000"
_BROKEN = re.compile(rf"(?<![가-힣])[가-힣]{{1,3}}(?:[{_BREAKS}]+[가-힣]{{1,5}})+(?![가-힣])")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES


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


_WORD_TAGS = ("NNG", "NP", "VV", "VA", "MAG", "MM")


def _plain_word(word: str) -> bool:
    """Kiwi reads the squeezed word as a dictionary word of two syllables or more and its
    particles or endings (``연기``, ``기준``, ``여기+로``, ``요거``): an invisible character inside
    an ordinary word is noise of the copy, not a name hidden from a filter (round 12, read from
    test12, whose posts carry stray zero-width characters)."""
    tokens = morph.analyze(word)
    if not tokens or not tokens[0][4] or tokens[0][1] not in _WORD_TAGS or tokens[0][3] < 2:
        return False
    return all(t[4] and t[1][0] in "JEX" for t in tokens[1:])


# A value right after the word makes it a field label even in a name slot (``친구 이\u200b메일
# jh@…``: the friend's e-mail; round 12, lead, read from test13).
_VALUE_NEXT = re.compile(r"[ \t]*[:：]?[ \t]*[A-Za-z0-9０-９(+]")
_ITEM_ALONE = re.compile(r"[ \t]*(?:[-•·*▪◦]|\d{1,2}[.)])?[ \t]*$")


def _name_slot(text: str, start: int, end: int) -> bool:
    """A label, kin word or roster before the word, or the word alone on a (bulleted) line:
    there a hidden name is what the slot holds (``수령인 육\u200b담``, ``· 오\ufeff훈``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end == -1 else line_end]
    return strong_slot(text, start, end) or (
        _ITEM_ALONE.fullmatch(text, line_start, start) is not None and not rest.strip())


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
        if n and "\u3000" in raw and not _spaced_ok(raw, word, breaks, n):
            continue
        if n and _plain_word(word[:n]) and (not _name_slot(original, m.start(), m.end())
                                           or _VALUE_NEXT.match(original, m.end())):
            continue
        if n:
            lo, hi = bisect_left(starts, kept[0]), bisect_left(starts, kept[n - 1] + 1)
            hits.append(NameHit(lo, hi, 0.78))
    return hits
