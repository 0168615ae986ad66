"""Names that a post repeats (P11.2, issue 16 round 8).

People talk about a person by name more than once (``대학 동기 X 생일이라 … X 팝콘 다 먹음``,
``야 X 티켓 내가 삼 ㅋ X 이따 돈보내라``), with no cue word near either mention. A word that
a post uses twice or more, each time standing alone or with only particles or an honorific
glued on, is a name when it looks like one: a census surname and one or two typical
given-name syllables (or a compound surname and one or two), the same with a space after the
surname (``고 X``), and no dictionary word, place, verb or particle reading of its own
(``조조``, ``서울``, ``정말``). Repetition alone is never enough: an ordinary word repeats far
more often than a name does.

A full name before a title or relation word and, elsewhere in the post, its given name
before the same title (``X과장님이랑 … Y 과장님 최고``, ``오늘 X 언니가 … Y 언니``, where Y is X
without its surname) are the same person twice: both mentions are masked, with no syllable
statistics, since the repeated frame says so. Titles of public roles (감독, 배우, 작가) are left
to the film-talk rules.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon as L
from . import morph
from .layouts import _name_like
from .names import NameHit, _plausibility
from .wordscore import _PLACE_FINALS, _PLACES, _common_word

_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
_WORD = re.compile(r"(?<![가-힣0-9A-Za-z])[가-힣]{2,7}")  # 13천원 is a price, not 천원
# What may follow a mention: nothing, or a case particle, 이랑/하고/한테 or an honorific (never
# the vocative 아/야 nor 와/과, which end words: 유토피+아).
_AFTER = re.compile(r"(?:이)?(?:가|는|도|를|랑|하고|한테|에게|의)?|[은을이]|(?:님|씨)(?:이|가|은|는|도|을|를|의|한테)?")
_SPACED = re.compile(r"(?<![가-힣])([가-힣])[ \t]([가-힣]{2})(?![가-힣])")
_PUBLIC_ROLES = ("감독", "배우", "작가")
_TITLES = sorted({w for w in (*L.HONORIFICS, *L.RELATION_WORDS, "쌤", "이모", "삼촌", "고모", "형님")
                  if (len(w) >= 2 or w == "형") and not w.startswith(_PUBLIC_ROLES)}, key=len, reverse=True)
_TITLED = re.compile(r"(?<![가-힣])([가-힣]{3,4})[ \t]?(" + "|".join(_TITLES) + ")")
_ANY_TITLE = re.compile("|".join(_TITLES))  # skips to a title's first syllable: most posts have none


def _cores(word: str):
    """(core, surname length) readings of ``word`` as a name with particles after it."""
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1 if word[:1] in _SURNAMES else 0
    if not sl:
        return
    for n in (1, 2):
        core = word[:sl + n]
        if len(core) == sl + n and _AFTER.fullmatch(word[len(core):]):
            yield core, sl


def looks_like_name(core: str, sl: int, proper_ok: bool = False) -> bool:
    """A census surname (``sl`` characters) and one or two typical given-name syllables, no
    place, dictionary word or verb reading, nor one syllable before a dictionary word
    (정+주행, 최+신작). ``proper_ok``: a proper noun Kiwi knows (정훈) may be one."""
    surname, given = core[:sl], core[sl:]
    if not given or core in L.NOT_NAMES or core in _PLACES or core[-1] in _PLACE_FINALS:
        return False
    if _plausibility(surname, given) < (0.36 if len(given) == 1 else 0.2):
        return False
    tokens = morph.analyze(core) or ()
    if len(tokens) == 2 and tokens[0][3] == 1 and tokens[1][1] == "NNG" and tokens[1][4] \
            and tokens[1][3] == len(core) - 1:
        return False
    return _name_like(core, proper_ok=proper_ok) and not _common_word(core)


def _repeatable(text: str) -> list[re.Match[str]]:
    """The words whose first two characters open another word too: every core of a word
    starts with them (a surname and a syllable at least), so only these can repeat one; the
    rest skip ``_cores``, which runs two patterns per word (most posts repeat none)."""
    heads = [w[:2] for w in _WORD.findall(text)]
    if len(set(heads)) == len(heads):  # no opening repeats: one C-level pass, no match objects
        return []
    words = list(_WORD.finditer(text))
    seen: set[str] = set()
    twice: set[str] = set()
    for m in words:
        head = m.group()[:2]
        if head in seen:
            twice.add(head)
        seen.add(head)
    return [m for m in words if m.group()[:2] in twice] if twice else []


def find_repeated_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Every mention of a name-like word that the post repeats (module docstring)."""
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _repeatable(text):
        for core, sl in _cores(m.group()):
            places[(core, sl)].append((m.start(), m.start() + len(core)))
    if " " in text:
        for m in _SPACED.finditer(text):
            if m.group(1) in _SURNAMES:
                places[(m.group(), 1)].append((m.start(), m.end()))
    hits: list[NameHit] = _titled(text, taken, allowed)
    for (core, sl), spans in places.items():
        if len(spans) < 2:
            continue
        squeezed = core.replace(" ", "").replace("\t", "")
        if not looks_like_name(squeezed, sl):
            continue
        for s, e in spans:
            if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
                continue
            hits.append(NameHit(s, e, 0.7))
    return _longest(hits)


def _longest(hits: list[NameHit]) -> list[NameHit]:
    """Of two readings at one place (X and XY both repeated), the longer one."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[NameHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _titled(text: str, taken: list[tuple[int, int]], allowed) -> list[NameHit]:
    """A full name and its given name, each before the same title (module docstring)."""
    hits: list[NameHit] = []
    for m in _TITLED.finditer(text) if _ANY_TITLE.search(text) else ():
        name = m.group(1)
        sl = 2 if name[:2] in L.COMPOUND_SURNAMES else 1
        given = name[sl:]
        if name[:sl] not in _SURNAMES | L.COMPOUND_SURNAMES or not 1 <= len(given) <= 2:
            continue
        again = re.compile(r"(?<![가-힣])" + given + r"[ \t]?" + m.group(2)[:2])
        others = [g for g in again.finditer(text) if g.start() != m.start(1) + sl]
        if not others:
            continue
        for s, e in ((m.start(1), m.end(1)), *((g.start(), g.start() + len(given)) for g in others)):
            if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
                continue
            hits.append(NameHit(s, e, 0.72))
    return hits
