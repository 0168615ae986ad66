"""test14's inline label markup: posts are written as plain text with their labels inside,
so a hand-written post reads like the post itself and its offsets are never counted by hand.

``[[P:김민수]]`` is a span (P, A, T, M, R, F, C, B, PP, DL, IP: the entity's short code) and
``<<actor:송강호>>`` a hard negative of kind ``actor``. Anything else is post text.
"""

from __future__ import annotations

import re

from common import Post

ENTITY = {"P": "PERSON", "A": "ADDRESS", "T": "PHONE", "M": "EMAIL", "R": "RRN", "F": "FRN",
          "C": "CARD", "B": "ACCOUNT", "PP": "PASSPORT", "DL": "DRIVER_LICENSE", "IP": "IP"}
LABEL = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|<<([a-z_]+):(.+?)>>", re.S)


def parse(kind_style: str, marked: str) -> Post:
    """One marked-up post as a :class:`Post`; its kind is ``personal:`` when it holds a span,
    ``clean:`` otherwise, so a hand-written post can never be filed in the wrong half."""
    pieces: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for m in LABEL.finditer(marked):
        if m.start() > pos:
            pieces.append((marked[pos:m.start()], None, None))
        if m.group(1):
            pieces.append((m.group(2), ENTITY[m.group(1)], None))
        else:
            pieces.append((m.group(4), None, m.group(3)))
        pos = m.end()
    if pos < len(marked):
        pieces.append((marked[pos:], None, None))
    half = "personal" if any(e for _, e, _ in pieces) else "clean"
    post = Post(f"{half}:{kind_style}")
    for text, entity, negative in pieces:
        post.add(text, entity, negative)
    return post


def split_posts(block: str) -> list[tuple[str, str]]:
    """A module's block of hand-written posts: each starts with a line ``## <style>`` and runs
    to the next such line; blank lines at either end are dropped, inner ones kept."""
    out: list[tuple[str, str]] = []
    style, lines = None, []
    for line in block.split("\n"):
        if line.startswith("## "):
            if style:
                out.append((style, "\n".join(lines).strip("\n")))
            style, lines = line[3:].strip(), []
        else:
            lines.append(line)
    if style:
        out.append((style, "\n".join(lines).strip("\n")))
    return out
