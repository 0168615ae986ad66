"""Inline markup for test15's hand-written posts (bench only).

A hand-written post is one string; ``[[LABEL|text]]`` marks a piece. An upper-case LABEL
from :data:`ENTITIES` is a personal-information span, any lower-case label is a hard
negative of that kind. Writing posts whole, with their labels inline, keeps every post
one person's message instead of a template filled in.
"""

from __future__ import annotations

import re

from common import Post

ENTITIES = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "RRN", "FRN", "CARD", "ACCOUNT",
            "PASSPORT", "DRIVER_LICENSE", "IP"}
_MARK = re.compile(r"\[\[([A-Za-z_]+)\|(.+?)\]\]", re.S)


def parse(style: str, source: str) -> Post:
    """One marked-up post as a :class:`Post`; its kind is personal when it has a span."""
    parts, pos, personal = [], 0, False
    for m in _MARK.finditer(source):
        if m.start() > pos:
            parts.append((source[pos:m.start()], None, None))
        label, text = m.group(1), m.group(2)
        if label in ENTITIES:
            parts.append((text, label, None))
            personal = True
        elif label.islower():
            parts.append((text, None, label))
        else:
            raise ValueError(f"unknown label {label!r} in {source[:40]!r}")
        pos = m.end()
    if pos < len(source):
        parts.append((source[pos:], None, None))
    post = Post(("personal:" if personal else "clean:") + style)
    post.parts = parts
    return post


def parse_all(entries: list[tuple[str, str]]) -> list[Post]:
    return [parse(style, text.strip()) for style, text in entries]
