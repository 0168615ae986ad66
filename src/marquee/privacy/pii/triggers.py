"""Literal triggers: the strings without which a pattern or a finder cannot fire (P11.2).

Most posts are short, and most recognisers find nothing in most of them: the time goes into
regex scans that try a frame at every Hangul position of a post holding none of the frame's
fixed words. A recogniser states, beside its patterns, the literals one of which every match
must contain (``랑`` for ``X랑 같이 봤어``); a substring test, a C-level pass over a short
post, then skips the scan when none is present. The answer is unchanged by construction, as
long as each literal list is *necessary* (every match contains one of them): state it from the
pattern, never from the data, and keep it next to the pattern it guards.

* :func:`present`: does ``text`` hold one of the literals?
* :func:`scan`: the matches of each ``(pattern, literals)`` pair, in order, skipping the
  patterns whose literals are absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def present(text: str, literals: Iterable[str]) -> bool:
    """Does ``text`` contain at least one of ``literals``?"""
    for lit in literals:
        if lit in text:
            return True
    return False


def scan(frames: Iterable[tuple[re.Pattern[str], tuple[str, ...]]], text: str) -> Iterator[re.Match[str]]:
    """Every match of every pattern in ``frames``, pattern by pattern as ``finditer`` gives
    them, without running the patterns none of whose literals ``text`` holds."""
    for pattern, literals in frames:
        if present(text, literals):
            yield from pattern.finditer(text)
