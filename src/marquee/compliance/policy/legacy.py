"""Import a policy that predates the system (the operator's 2024-03-07 text) as a
version, so the first generated version is diffed against what members were told.

The text is one run of prose: a title, a preamble, a table of contents "1. … 15. …",
then the numbered sections. Sections are matched to the generated ones by number
(the generated policy keeps the operator's numbering); each is split into readable
paragraphs at its "(1)", " - " and "▶" marks so that the diff lines up.
"""

from __future__ import annotations

import re

from .document import Document, Section, p
from .sections import MATERIAL_KEYS

# The operator's 15 sections, in its order; the generated policy has more (e.g. the
# overseas transfer, PIPA 28-8), matched by key in the diff.
LEGACY_KEYS = ("items", "purposes", "retention", "destruction", "withdrawal", "provision",
               "processors", "rights", "cookies", "links", "posts", "safeguards", "complaints",
               "officer", "changes")

_MARKS = re.compile(r"\s+(?=\(\d+\)\s|- |▶|\[회사 고객센터\]|\(시행일\)|보존 항목 :|그리고 관계법령)")


def _paragraphs(text: str):
    return [p(part.strip()) for part in _MARKS.split(text) if part.strip()]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _split_heading(body: str, toc_title: str) -> tuple[str, str]:
    """The body repeats the title, sometimes spaced or shortened differently from the
    table of contents: take words while they still spell a prefix of the TOC title."""
    words, target, taken = body.split(" "), _squash(toc_title), 0
    while taken < len(words) and target.startswith(_squash(" ".join(words[:taken + 1]))):
        taken += 1
    if not taken:
        return toc_title, body
    return " ".join(words[:taken]), " ".join(words[taken:])


def parse(text: str) -> Document:
    text = " ".join(text.split())
    title, _, rest = text.partition(" ")
    # The table of contents: "1. 제목 2. 제목 … 15. 제목", ending where section 1 starts again.
    toc_start = rest.index(" 1. ")
    titles = []
    position = toc_start
    for n in range(1, len(LEGACY_KEYS) + 1):
        start = rest.index(f"{n}. ", position) + len(f"{n}. ")
        end = rest.index(f" {n + 1}. ", start) if n < len(LEGACY_KEYS) else None
        if end is None:  # the last title runs until section 1's heading repeats
            end = rest.index(f" 1. {titles[0]}", start)
        titles.append(rest[start:end].strip())
        position = end
    preamble = rest[:toc_start].strip()
    # Each section's heading is its number followed by (roughly) its title.
    starts = []
    position = rest.index(f" 1. {titles[0]}", position)
    for n, heading in enumerate(titles, start=1):
        probe = _squash(heading)[:4]
        for match in re.finditer(rf"(?:^| ){n}\. ", rest[position:]):
            at = position + match.end()
            if _squash(rest[at:at + 12]).startswith(probe):
                starts.append((position + match.start(), at))
                position = at
                break
        else:
            raise ValueError(f"section {n} ({heading}) not found")
    sections = []
    for n, (key, (_begin, after)) in enumerate(zip(LEGACY_KEYS, starts, strict=True), start=1):
        end = starts[n][0] if n < len(starts) else len(rest)
        heading, body = _split_heading(rest[after:end].strip(), titles[n - 1])
        sections.append(Section(key, n, heading, tuple(_paragraphs(body)), key in MATERIAL_KEYS))
    return Document(title=title, preamble=Section("preamble", 0, "머리말", tuple(_paragraphs(preamble))),
                    sections=tuple(sections))
