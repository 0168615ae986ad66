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
    post.parts = _repeats(parts)
    return post


def _variants(name: str) -> set[str]:
    """How a person named once comes back in the same post: the name itself, written
    without its spaces, and the given name alone (a Korean name's part after the surname)."""
    joined = re.sub(r"[\s\u200b-\u200d\u2060\ufeff]", "", name)
    out = {name, joined}
    if re.fullmatch(r"[가-힣]{3}", joined):
        out.add(joined[1:])
    return {v for v in out if len(v) >= 2}


def _repeats(parts: list) -> list:
    """Every later, unmarked mention of a marked person is a PERSON span too."""
    names = set()
    for text, entity, _ in parts:
        if entity == "PERSON":
            names |= _variants(text)
    if not names:
        return parts
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    out = []
    for text, entity, negative in parts:
        if entity or negative:
            out.append((text, entity, negative))
            continue
        pos = 0
        for m in pattern.finditer(text):
            out += [(text[pos:m.start()], None, None), (m.group(0), "PERSON", None)]
            pos = m.end()
        out.append((text[pos:], None, None))
    return [p for p in out if p[0]]


def parse_all(entries: list[tuple[str, str]]) -> list[Post]:
    return [parse(style, text.strip()) for style, text in entries]
