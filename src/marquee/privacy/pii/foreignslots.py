"""Foreign names written in Hangul, in a field after a person label (round 7).

``romanised.py`` recognises spaced Hangul foreign names by lists of name parts, one of them
distinctive. A name whose parts are in no list (Mongolian, Uzbek, Chinese names in Hangul) is
still a name when a label that only precedes people stands before it and the field ends after
it: ``당첨자 X Y /``, ``성명 X Y\\n``, ``인솔자 X Y,``. Each part must be one word Kiwi does not know
(what unseen foreign words look like), or a one-syllable census surname (``류 X``); a dictionary
word (``확인 부탁``, ``두 명``) ends it.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import NameHit, _before_kind, _plausibility

# Two to four Hangul parts split by single spaces, up to the end of a field.
_FIELD = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?:[ \t][가-힣]{1,6}){1,3}(?=[ \t]*(?:[/,(|\n]|$))")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
# Where a field can open: right after a label word (a literal search, cheap on every post).
_LABEL_WORD = re.compile("|".join(sorted((w for w in L.NAME_LABELS if " " not in w), key=len, reverse=True)))


def _part_ok(part: str) -> bool:
    if len(part) == 1:
        return part in _SURNAMES
    tokens = morph.analyze(part)
    return bool(tokens) and len(tokens) == 1 and not tokens[0][4] and tokens[0][3] == len(part) \
        and tokens[0][1] in ("NNG", "NNP")


def _korean_name(word: str) -> bool:
    """A surname and one or two typical given-name syllables (정가윤, 선우연서, 서문숙)."""
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
    return 1 <= len(word) - sl <= 2 and _plausibility(word[:sl], word[sl:]) >= 0.36


def find_labelled_foreign(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Spaced Hangul names of unlisted parts after a person label (see the module docstring)."""
    if not morph.enabled() or " " not in text:
        return []
    hits: list[NameHit] = []
    for label in _LABEL_WORD.finditer(text):
        # The field opens at the first word after the label (past its particle and a colon).
        for p in range(label.end(), min(len(text), label.end() + 6)):
            if text[p - 1] in " \t:：" and "가" <= text[p] <= "힣":
                break
        else:
            continue
        m = _FIELD.match(text, p)
        if m is None:
            continue
        parts = [(q.start() + p, q.end() + p) for q in re.finditer(r"[가-힣]+", m.group())]
        line_start = text.rfind("\n", 0, p) + 1
        if len(parts) > 3 or _before_kind(text[max(line_start, p - 20):p]) != "label":
            continue
        words = [text[a:b] for a, b in parts]
        if sum(len(w) >= 2 for w in words) < 2 or sum(_korean_name(w) for w in words) >= 2:
            continue  # 참석: 정가윤 선우연서: Korean names in a row, not one foreign name
        if not all(_part_ok(w) for w in words):
            continue
        s, e = parts[0][0], parts[-1][1]
        inside = any(a <= s and e <= b for a, b in taken)  # a shorter name inside gives way
        if not inside and not (allowed is not None and allowed(s, e)):
            hits.append(NameHit(s, e, 0.7))
    return hits
