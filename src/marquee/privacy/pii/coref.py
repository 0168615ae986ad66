"""Coreference within a post: once a string is a name, its other occurrences are too (P11.2)."""

from __future__ import annotations

from . import lexicon as L
from .names import _REST, THRESHOLD, NameHit


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
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
        if " " in name or name in seen or len(name) < 2 or not all("가" <= c <= "힣" for c in name):
            continue
        seen.add(name)
        forms = [(name, False)]
        sl = 2 if name[:2] in L.COMPOUND_SURNAMES else 1
        if len(name) - sl == 2:
            forms.append((name[sl:], True))
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
