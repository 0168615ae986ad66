"""Markup for test17's posts: ``[[X:value]]`` marks personal data of type code ``X`` and
``{{kind:value}}`` a hard negative. Offsets are computed from the markup, so a hand-written post
never carries hand-counted numbers that could drift when its wording changes."""

from __future__ import annotations

import re

TYPES = {"P": "PERSON", "A": "ADDRESS", "T": "PHONE", "E": "EMAIL", "R": "RRN", "F": "FRN",
         "C": "CARD", "B": "ACCOUNT", "S": "PASSPORT", "D": "DRIVER_LICENSE", "I": "IP"}

_MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]|\{\{([a-z_]+):(.*?)\}\}", re.S)


def parse(marked: str) -> tuple[str, list[list], list[list]]:
    """Plain text, spans and negatives of one marked-up post."""
    out: list[str] = []
    spans: list[list] = []
    negatives: list[list] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        code, value, kind, neg_value = m.groups()
        value = value if code else neg_value
        start = length
        out.append(value)
        length += len(value)
        if code:
            spans.append([start, length, TYPES[code]])
        else:
            negatives.append([start, length, kind])
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negatives


def strip_marks(marked: str) -> str:
    """The post as readers see it."""
    return parse(marked)[0]
