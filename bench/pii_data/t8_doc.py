"""Build one test8 post while keeping its offsets honest.

A post is written left to right from a template.  ``{slot}`` places a value drawn by a
slot generator (a span, a hard negative or plain text); ``{slot2}`` is a second,
independent draw of the same slot, and reusing a slot name repeats the very same value
(a name signed twice is two spans with equal text).  ``{이가}``-style tokens choose the
Korean particle that fits the sound of whatever came just before, so names glue to
their particles the way people type them.  ``Post.record`` re-checks every offset
against the final text, which is what makes the written file trustworthy.
"""

from __future__ import annotations

import re

SLOT = re.compile(r"\{([^{}]+)\}")

# token -> (after a closed syllable, after an open syllable or a non-Hangul character)
PARTICLES = {
    "이가": ("이", "가"), "은는": ("은", "는"), "을를": ("을", "를"), "과와": ("과", "와"),
    "아야": ("아", "야"), "으로": ("으로", "로"), "이랑": ("이랑", "랑"), "이다": ("이", ""),
    "이나": ("이나", "나"), "이고": ("이고", "고"), "이라는": ("이라는", "라는"), "이에요": ("이에요", "예요"),
}


class Piece:
    """A value placed in a post: ``role`` is "S" (span), "N" (hard negative) or "T"."""

    __slots__ = ("role", "label", "value")

    def __init__(self, role: str, label: str, value: str):
        self.role, self.label, self.value = role, label, value


def span(label: str, value: str) -> Piece:
    return Piece("S", label, value)


def neg(kind: str, value: str) -> Piece:
    return Piece("N", kind, value)


def plain(value: str) -> Piece:
    return Piece("T", "", value)


def closed_syllable(ch: str) -> bool | None:
    """True if a Hangul syllable ends in a final consonant, None if not Hangul."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code % 28 != 0


def particle(token: str, before: str) -> str:
    closed_form, open_form = PARTICLES[token]
    if token == "으로" and before and closed_syllable(before[-1]) and (ord(before[-1]) - 0xAC00) % 28 == 8:
        return open_form  # a final ㄹ takes 로: 서울로
    if before and closed_syllable(before[-1]):
        return closed_form
    return open_form


class Post:
    """The text of one post and the labelled pieces inside it."""

    def __init__(self, kind: str):
        self.kind = kind
        self.text = ""
        self.spans: list[tuple[int, int, str, str]] = []
        self.negatives: list[tuple[int, int, str, str]] = []

    def put(self, piece) -> None:
        if isinstance(piece, list):
            for part in piece:
                self.put(part)
            return
        start = len(self.text)
        self.text += piece.value
        if piece.role == "S":
            self.spans.append((start, len(self.text), piece.label, piece.value))
        elif piece.role == "N":
            self.negatives.append((start, len(self.text), piece.label, piece.value))

    def fill(self, template: str, draw) -> None:
        """Write ``template``; ``draw(name)`` returns the Piece (or list) for ``{name}``."""
        chosen: dict[str, Piece | list[Piece]] = {}
        pos = 0
        for match in SLOT.finditer(template):
            self.text += template[pos:match.start()]
            name = match.group(1)
            if name in PARTICLES:
                self.text += particle(name, self.text)
            else:
                if name not in chosen:
                    chosen[name] = draw(name.rstrip("0123456789"))
                self.put(chosen[name])
            pos = match.end()
        self.text += template[pos:]

    def record(self, ident: str) -> dict:
        check(self)
        return {
            "id": ident, "kind": self.kind, "text": self.text,
            "spans": [[s, e, label] for s, e, label, _ in sorted(self.spans)],
            "negatives": [[s, e, kind] for s, e, kind, _ in sorted(self.negatives)],
        }


def check(post: Post) -> None:
    """Offsets in range, labelled text equal to the inserted value, no overlaps."""
    text = post.text
    for start, end, label, value in post.spans + post.negatives:
        assert 0 <= start < end <= len(text), (post.kind, label, start, end)
        assert text[start:end] == value, (post.kind, label, value, text[start:end])
        assert value == value.strip(), (post.kind, label, repr(value))
    spans = sorted(post.spans)
    for (_, end, *_), (start, *_rest) in zip(spans, spans[1:], strict=False):
        assert end <= start, ("overlapping spans", post.kind, text)
    for n_start, n_end, kind, _ in post.negatives:
        for s_start, s_end, label, _ in post.spans:
            assert n_end <= s_start or s_end <= n_start, ("negative inside a span", kind, label, text)
