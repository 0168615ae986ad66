"""How a test9 post is put together: literal text and labelled values, offsets counted
as the text grows, so a span can never drift from the value that was inserted.

A template is a string with ``{slot}`` markers; each slot is filled with plain text or a
``Val`` that carries a span type (personal data) or a negative kind (a look-alike). The
same slot may occur twice (a name repeated later in the post) and is labelled each time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Val:
    """A value placed in a post: ``label`` for personal data, ``neg`` for a look-alike."""

    text: str
    label: str | None = None
    neg: str | None = None


def pii(text: str, label: str) -> Val:
    return Val(text.strip(), label=label)


def neg(text: str, kind: str) -> Val:
    return Val(text.strip(), neg=kind)


@dataclass
class Post:
    kind: str
    text: str
    spans: list = field(default_factory=list)
    negatives: list = field(default_factory=list)
    values: list = field(default_factory=list)

    def record(self, ident: str) -> dict:
        return {"id": ident, "kind": self.kind, "text": self.text,
                "spans": self.spans, "negatives": self.negatives}


class Writer:
    """Accumulates one post; ``noise`` (if given) roughens literal text only, never values."""

    def __init__(self, kind: str, noise=None):
        self.kind = kind
        self.noise = noise
        self.parts: list[str] = []
        self.pos = 0
        self.post = Post(kind, "")

    def lit(self, text: str) -> Writer:
        if self.noise is not None and text:
            text = self.noise(text)
        self.parts.append(text)
        self.pos += len(text)
        return self

    def val(self, value: Val | str) -> Writer:
        if isinstance(value, str):
            return self.lit(value)
        start, end = self.pos, self.pos + len(value.text)
        if value.label:
            self.post.spans.append([start, end, value.label])
            self.post.values.append(value.text)
        elif value.neg:
            self.post.negatives.append([start, end, value.neg])
        self.parts.append(value.text)
        self.pos = end
        return self

    def fill(self, template: str, **slots) -> Writer:
        last = 0
        for match in SLOT.finditer(template):
            self.lit(template[last:match.start()])
            self.val(slots[match.group(1)])
            last = match.end()
        return self.lit(template[last:])

    def done(self) -> Post:
        self.post.text = "".join(self.parts)
        return self.post


def style(kind: str):
    """Marks a template with the ``kind`` its posts carry (the same kinds serve posts with
    and without personal data, so the kind tells a masker nothing)."""
    def mark(template):
        template.kind = kind
        return template
    return mark


def has_batchim(word: str) -> bool:
    """Whether the last syllable of ``word`` closes with a consonant (digits read aloud)."""
    last = word.rstrip()[-1:]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    return last in "013678LMNRlmnr"


def josa(word: str, pair: str) -> str:
    """The particle that fits ``word``: ``josa('민지', '이/가')`` gives ``'가'``."""
    closed, open_ = pair.split("/")
    return closed if has_batchim(word) else open_


def call_name(given: str) -> str:
    """How friends call someone by the given name: 지훈 → 지훈이 (the 이 is not the name)."""
    return given + ("이" if has_batchim(given) else "")


def vocative(given: str) -> str:
    return given + ("아" if has_batchim(given) else "야")
