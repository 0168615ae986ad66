"""A foreign full name in Latin letters inside Korean text (P11.2, issue 16 round 12).

Members write a foreign friend's, colleague's or child's name as it is spelled, inside a
Korean sentence: ``나중에 Matteo Rossi가 다시 연락한대요``, ``참조: Ahmad Hassan 팀장님``,
``영수증에 제 이름(Anastasia Volkova)이``. ``romanised`` takes Korean family names and a list
of common Western first names; the rest (``Takahashi Ren``, ``Amina Okonkwo``, ``Tran Van
Nam``) were missed. Two or three capitalised words count as a name in a person's frame in
Korean (a particle or a title after them, a label, ``이름(`` or a numbered list item before
them) when no English prose stands next to them (``… said the sequel to``, ``Yum Jung-ah's speech at``): a sentence in
English has its own recognisers. No word may be an English word (``Inside Out``, ``Top Gun``,
``Kakao Bank``); film people and public figures are vetoed later by their gazetteers, as for
every name.
"""

from __future__ import annotations

import re

from .fieldvalues import free_hits
from .latinlower import _ENGLISH
from .names import NameHit

_WORD = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?"
_FULL = re.compile(rf"(?<![A-Za-z0-9@._'’\-])({_WORD}(?:[ \t]{_WORD}){{1,2}})(?![A-Za-z0-9@'’\-])")
_CAPITAL_AFTER_WORD = re.compile(r"[a-z][ \t][A-Z][a-z]")
_PROSE_BEFORE = re.compile(r"[A-Za-z][ \t]*$")
_PROSE_AFTER = re.compile(r"[ \t]*(?:['’]s\b|[ \t][a-z])")
# A person's frame: a subject or animate particle or a title after the name (not 랑: ``X랑 비교하는
# 사람`` compares a film-maker; not the topic 는: ``Perfect Days는 꼭 봐야 함`` is a film), or a label, a bracket after 이름 or a
# numbered list item before it (``Kakao Bank 계좌``, ``Inside Out 2 봤어요`` have none).
_PERSON_AFTER = re.compile(r"(?:이|가|한테|에게|께|[ \t]?(?:님|씨))(?![가-힣])"
                           r"|[ \t]?(?:님|씨|팀장|대리|과장|부장|선배|후배|형|누나|언니|오빠|학생|형제|자매|드림|올림|귀하)")
_PERSON_BEFORE = re.compile(r"(?:이름|성함|담당자?|참조|명단|당첨자?|보낸[ \t]?사람|받는[ \t]?분|친구|동료|나중에)"
                            r"[ \t]*[:(]?[ \t]*$|^[ \t]*[0-9]{1,2}\.[ \t]*$")


def find_latin_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Foreign full names in Latin letters beside Korean text, not overlapping ``taken``."""
    if _CAPITAL_AFTER_WORD.search(text) is None:
        return []  # exact pre-check: every full name has a lower-case letter, a space, a capital word
    spans = []
    for m in _FULL.finditer(text):
        s, e = m.span(1)
        line_start = text.rfind("\n", 0, s) + 1
        before = text[max(line_start, s - 12):s]
        if _PROSE_BEFORE.search(text, line_start, s) or _PROSE_AFTER.match(text, e):
            continue
        if not (_PERSON_AFTER.match(text, e) or _PERSON_BEFORE.search(before)):
            continue
        if any(w.lower() in _ENGLISH for w in m.group(1).split()):
            continue
        spans.append((s, e))
    return free_hits(spans, taken, allowed, 0.65)
