"""Latin names written in lower case or with capitals in either order, in the slots a person
fills (P11.2, round 7).

``latinslots.py`` wants every part capitalised (``Ilse Petrova``); people also type
``lucas silva``, ``kim ye-rin``, ``PETROVA Ilse`` or ``Okafor, Chidi`` in the same places:

* a self-introduction before it: ``I am``, ``I'm``, ``my name is``, ``this is``, an arrow;
* a sign-off or an honorific after it: ``드림``, ``올림``, ``선생님``, ``님``, ``씨``, ``here``;
* the first line of a post that is nothing but the name, over a line that opens with a
  contact or a booking (``jo min-seo`` / ``010-…``, ``예매 …``).

Two or three parts, none of them an English word that fills these slots without naming
anyone (``i am not sure``, ``this is the one``, ``good morning 드림``).
"""

from __future__ import annotations

import re

from .latinslots import _NOT_NAMES as _LATIN_NOT_NAMES
from .names import NameHit

_PART = r"[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)?"
_NAME = rf"{_PART}(?:,?[ \t]{_PART}){{1,2}}"
_SLOTS = re.compile(
    rf"(?<![A-Za-z])(?:[Ii][ \t]am|[Ii]'m|[Ii]’m|[Mm]y[ \t]name[ \t]is|[Tt]his[ \t]is|→|->)[ \t]+({_NAME})"
    rf"(?![A-Za-z'’-])"
    rf"|(?<![A-Za-z0-9@.'’-])({_NAME})(?:[ \t]?(?:드림|올림|선생님|님|씨)(?![가-힣])|[ \t]here\b)",
    re.M)
_SLOT_WORDS = re.compile(r"[Ii]'m|[Ii]’m|[Ii][ \t]am|[Nn]ame[ \t]is|[Tt]his[ \t]is|→|->|드림|올림|선생님|님|씨|here")
_FIRST_LINE = re.compile(rf"\A[ \t]*({_NAME})[ \t]*\n(?=[ \t]*(?:[\w.+-]+[@＠]|(?:\+82|0\d)[\d \-.]{6}|예매|예약))")
_ENGLISH = _LATIN_NOT_NAMES | frozenset("""
a an the and or but is are was be been am not on in at of to for from with by as it its this that
these those my your our his her their me you we they he she him them who what which sure fine
here there late done back free busy new going coming working glad sorry thanks thank regards best
dear all team staff admin manager cinema movie ticket tickets booking seat seats card order user
agent customer service help support ok okay yes no hi hello hey morning evening night
passport email mail phone number attached and i
""".split())


def _trim(value: str) -> str:
    """Drop English words after the name (``mira castell and …``, ``… Lia, passport``)."""
    parts = list(re.finditer(r"[^ \t,]+", value))
    while len(parts) > 2 and parts[-1].group().lower() in _ENGLISH:
        parts.pop()
    return value[:parts[-1].end()] if parts else value


def _is_name(value: str) -> bool:
    parts = [p for p in re.split(r"[ \t,]+", value) if p]
    if not 2 <= len(parts) <= 3 or any(p.lower() in _ENGLISH for p in parts):
        return False
    return not all(p.isupper() for p in parts) or any("-" in p for p in parts) or len(parts) == 3 \
        or all(len(p) >= 3 for p in parts)


_TWO_LATIN = re.compile(r"[A-Za-z]{2}")


def find_lower_latin(text: str, allowed=None) -> list[NameHit]:
    """Latin names in any case in the slots of the module docstring."""
    if not _TWO_LATIN.search(text):
        return []
    hits = []
    for m in (_SLOTS.finditer(text) if _SLOT_WORDS.search(text) else ()):
        g = 1 if m.group(1) else 2
        value = _trim(m.group(g)) if g == 1 else m.group(g)
        if _is_name(value):
            hits.append(NameHit(m.start(g), m.start(g) + len(value), 0.7))
    m = _FIRST_LINE.match(text)
    if m and _is_name(m.group(1)):
        hits.append(NameHit(m.start(1), m.end(1), 0.7))
    if allowed is not None:
        hits = [h for h in hits if not allowed(h.start, h.end)]
    return hits
