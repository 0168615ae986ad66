"""Free-written test13 posts (P11.2): each post was written whole by hand, not from a
template, and labelled by hand as ``substring=LABEL`` pairs; offsets are found here by
searching the exact substring, every occurrence that no longer label already covers."""

from __future__ import annotations

import re

from t13_free_a import FREE_A
from t13_free_b import FREE_B
from t13_free_c import FREE_C
from t13_free_d import FREE_D
from t13_free_e import FREE_E
from t13_free_f import FREE_F

FREE = FREE_A + FREE_B + FREE_C + FREE_D + FREE_E + FREE_F


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(sub), text)]


def label_post(style: str, text: str, labels: str, pid: str) -> dict:
    """One hand-labelled post; a label whose substring is missing is a writing mistake, so it
    fails the build rather than vanish."""
    pairs = [item.rsplit("=", 1) for item in labels.split("|") if item]
    pairs.sort(key=lambda pair: -len(pair[0]))
    taken: list[tuple[int, int, str]] = []
    for sub, label in pairs:
        found = occurrences(text, sub)
        if not found:
            raise ValueError(f"{pid}: {sub!r} not in text")
        for start, end in found:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, label))
    taken.sort()
    spans = [[s, e, k] for s, e, k in taken if k.isupper()]
    negs = [[s, e, k] for s, e, k in taken if not k.isupper()]
    kind = ("personal:" if spans else "clean:") + style
    return {"id": pid, "kind": kind, "text": text, "spans": spans, "negatives": negs}


def free_posts() -> list[dict]:
    return [label_post(style, text, labels, f"free-{i}") for i, (style, text, labels)
            in enumerate(FREE)]
