"""Latin-script names in the slots of a sentence that only a person fills (P11.2, round 6).

``romanised.py`` finds Latin names by their parts (a census surname, a common first name) or
after a form label. Family names outside every list (``PETROVA Ilse``, ``Okafor, Chidi``)
are found here by where they stand, in either order and with a comma between the parts:

* **self-introductions**: ``I'm …``, ``I am …``, ``this is …``, ``my name is …``, ``… here.``;
* **a person label without a colon or with words between**: ``holder: …``, ``name …``,
  ``Name on card: …``, an arrow to the addressee (``-> …``), a relation word (``친구 …``);
* **a Korean honorific glued on**: ``… 씨``, ``… 님``;
* **a sign-off**: a dash and the name closing the post or its line (``… thanks! - Ilse Petrova``);
* **a field between slashes**: ``licence … / PETROVA Ilse / mail@…`` (two slashes or more on
  the line, the cell being the name and nothing else).

Every part is capitalised (``Ilse``) or in capitals (``PETROVA``); English words that fill
these slots without naming anyone (``Standard Ticket``, ``Customer Service``) are refused.
"""

from __future__ import annotations

import re

from .names import NameHit
from .romanised import _LATIN_PART, _NOT_LATIN_NAMES

_NAME = rf"(?:{_LATIN_PART})(?:,[ \t]?|[ \t])(?:{_LATIN_PART})(?:[ \t](?:{_LATIN_PART}))?"
_BEFORE = (r"(?:(?<![A-Za-z])(?:I'm|I’m|I[ \t]am|[Tt]his[ \t]is|[Mm]y[ \t]name[ \t]is|[Hh]older[ \t]?[:：]|"
           r"(?<![A-Za-z])name(?:[ \t]on[ \t](?:card|the[ \t]card))?[ \t]?[:：]?|Name[ \t]on[ \t](?:card|the[ \t]card)[ \t]?[:：]?|"
           r"->|→|친구|동생|언니|오빠|누나|형)[ \t]+)")
_SLOTS = re.compile(
    rf"{_BEFORE}({_NAME})(?![A-Za-z0-9@'’-])"
    rf"|(?<![A-Za-z0-9@.'’-])({_NAME})(?=[ \t]?(?:씨|님)|[ \t]here\b)"
    rf"|(?:^|[.!?~)][ \t]*)[-—–][ \t]*({_NAME})[ \t]*$",
    re.M)
_SLASH_CELL = re.compile(rf"(?:^|/)[ \t]*({_NAME})[ \t]*(?=/|$)", re.M)
# Words that open a sentence or fill a slot in English without being a name.
_NOT_NAMES = _NOT_LATIN_NAMES | frozenset("""
here hello hi hey thanks thank sorry pls please just very so really not also still only now
going trying looking calling writing sending back new old good great happy ok okay yes no
imax laser dolby atmos vision cinema screenx 4dx gold class suite recliner sweetbox english korean
chinese japanese subtitles subtitled dubbed original version edition director cut
""".split())


def _is_name(value: str) -> bool:
    parts = [p for p in re.split(r"[ \t,]+", value) if p]
    return len(parts) >= 2 and not any(p.lower() in _NOT_NAMES for p in parts)


_CAPITALISED = re.compile(r"[A-Z][a-zA-Z]")


def find_latin_slots(text: str, allowed=None) -> list[NameHit]:
    """Latin names in the person-only slots of the module docstring."""
    if not _CAPITALISED.search(text):
        return []
    hits = []
    for m in _SLOTS.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        if _is_name(m.group(g)):
            hits.append(NameHit(m.start(g), m.end(g), 0.72))
    if text.count("/") >= 2:
        for line_start, line in _lines(text):
            if line.count("/") < 2:
                continue
            for m in _SLASH_CELL.finditer(line):
                if _is_name(m.group(1)):
                    hits.append(NameHit(line_start + m.start(1), line_start + m.end(1), 0.72))
    if allowed is not None:
        hits = [h for h in hits if not allowed(h.start, h.end)]
    return hits


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
