"""A found name's parts, repeated alone later in the same post (P11.2, issue 16 round 12).

People name someone in full once and then by the given name alone, often with nothing glued
on: ``권미란 드림 … 미란 추가``, ``Sato Haruka … Haruka 땡큐``, ``시리폰 분마 … 시리폰 추가``,
``팜 꾸옥 바오 선배가 … 바오 선배``. ``coref`` already takes the given name with a particle
or honorific glued on (``미란이가``), and only for Hangul names without a space. This module
takes, for every name still standing after the public-name vetoes:

* a Hangul full name's given name (a surname, or a compound one, and two syllables; also
  ``홍 다혜`` with a space) standing alone, as a word of its own or with a particle;
* a spaced name's parts (``레일라 나자로바``, ``팜 꾸옥 바오``: foreign names written in
  Hangul) of two syllables or more, and the whole spaced name repeated;
* a Latin name's capitalised parts of three letters or more (``Haruka``, ``Liping``), and the
  whole name repeated.

Because only names that survived every veto are echoed, a film's character or a public
figure is never spread. A Hangul given name alone that does not read as one by itself
(``fieldvalues.can_be_given``: ``수정`` is a noun, ``아린`` an adjective form) still counts once
the post named the person in full, but only where no Hangul word stands just before it
(``예약 수정`` is a compound, ``— 수정 드림`` a signature).
"""

from __future__ import annotations

import re

from . import lexicon as L
from .echogate import may_echo
from .fieldvalues import GIVEN, can_be_given
from .foreigncues import _reading
from .names import _REST, THRESHOLD, NameHit
from .wordscore import _PLACE_FINALS, _PLACES

_HANGUL = re.compile(r"[가-힣]+")
_LATIN_PART = re.compile(r"[A-Z][a-z][A-Za-z'-]+")
_GLUE_AFTER = re.compile(r"[A-Za-z0-9]")
_PUBLIC_ROLE = re.compile(r"[ \t]?(?:배우|감독|작가|선수)")  # 두나 배우님: a public figure's frame
_AFTER_WORD = re.compile(r"[가-힣][ \t]+$")  # 예약 수정: a noun after a noun is a compound


def _hangul_forms(name: str) -> list[tuple[str, bool]]:
    """The parts of a Hangul name that a post may repeat alone, each with whether it may follow
    another word (``False`` for a given name that is also a dictionary noun: ``예약 수정``)."""
    parts = name.split()
    if not all(_HANGUL.fullmatch(p) for p in parts):
        return []
    if len(parts) == 1 or (len(parts) == 2 and len(parts[0]) <= 2 and len(parts[1]) == 2):
        sl = len(parts[0]) if len(parts) == 2 else 2 if name[:2] in L.COMPOUND_SURNAMES else 1
        given = name.replace(" ", "")[sl:]  # 권미란, 홍 다혜, 남궁 민수
        if len(given) != 2:
            return []
        if can_be_given(given):
            return [(given, True)]
        # 수정, 아린 (아리+ᆫ): a noun or a verb form too, so only where no word stands before it
        ok = all(c in GIVEN for c in given) and given not in L.NOT_NAMES and given not in _PLACES \
            and given[-1] not in _PLACE_FINALS and given not in L.RELATION_WORDS
        return [(given, False)] if ok else []
    forms = [name] + [p for p in (parts[0], parts[-1]) if len(p) >= 2 and _reading(p) != "word"
                      and _reading(p) != "other" and p not in L.RELATION_WORDS]  # 장웨이 고객: no 고객
    return [(f, True) for f in dict.fromkeys(forms)]


def _latin_forms(name: str) -> list[tuple[str, bool]]:
    if not re.fullmatch(r"[A-Za-z][A-Za-z' .-]*", name) or " " not in name.strip():
        return []
    return [(f, True) for f in (name, *_LATIN_PART.findall(name)) if len(f) >= 3]


def _bare(text: str, start: int, end: int, hangul: bool) -> bool:
    """The repeated form stands as a word: nothing of the same script glued on before it, and
    after it nothing, or (Hangul) only particles or an honorific."""
    if start > 0 and text[start - 1] == "*":
        return False  # 서*은호: a name masked by hand is another person's
    if hangul:
        if start > 0 and "가" <= text[start - 1] <= "힣":
            return False
        k = end
        while k < len(text) and "가" <= text[k] <= "힣":
            k += 1
        return k == end or bool(_REST.fullmatch(text[end:k]))
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'-"):
        return False
    return not (end < len(text) and (_GLUE_AFTER.match(text[end]) or text[end] in "'-"))


def echo_given_names(text: str, names: list[NameHit], allowed=None) -> list[NameHit]:
    """Other mentions, in this post, of the found names' given names and parts."""
    if not may_echo(text, names):
        return []  # no part of a name occurs again (exact pre-check, echogate.py)
    taken = [(h.start, h.end) for h in names]
    hits: list[NameHit] = []
    seen: set[str] = set()
    for h in sorted(names, key=lambda n: n.start):
        name = text[h.start:h.end]
        if name in seen:
            continue
        seen.add(name)
        hangul = bool(_HANGUL.search(name))
        for form, after_word in (_hangul_forms(name) if hangul else _latin_forms(name)):
            pos = text.find(form)
            while pos != -1:
                end = pos + len(form)
                if not any(a < end and pos < b for a, b in taken) and _bare(text, pos, end, hangul) \
                        and (after_word or not _AFTER_WORD.search(text, 0, pos)) \
                        and not _PUBLIC_ROLE.match(text, end) \
                        and not (allowed is not None and allowed(pos, end)):
                    taken.append((pos, end))
                    hits.append(NameHit(pos, end, max(THRESHOLD, h.score - 0.05)))
                pos = text.find(form, pos + 1)
    return hits
