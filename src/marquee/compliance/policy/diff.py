"""A readable diff between two policy versions (P15.1), section by section.

Sections are matched by key; inside a section the lines (see ``Block.lines``) are
compared with difflib, and a replaced line is compared word by word so that the page
can mark exactly what changed. Whether a change needs the 30-day notice is read from
the diff: a changed section that states collected items, purposes or third-party
provision is a material change.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .document import Document
from .sections import MATERIAL_KEYS

CONTEXT = 1  # unchanged lines shown around a change
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Segment:
    op: str  # "equal", "delete", "insert"
    text: str


@dataclass(frozen=True)
class Line:
    op: str  # "equal", "delete", "insert", "replace", "skip"
    old: str = ""
    new: str = ""
    old_segments: tuple[Segment, ...] = ()
    new_segments: tuple[Segment, ...] = ()
    skipped: int = 0  # for "skip": how many unchanged lines are folded


@dataclass(frozen=True)
class SectionDiff:
    key: str
    number: int
    title: str
    old_title: str
    status: str  # "added", "removed", "changed", "unchanged"
    lines: tuple[Line, ...] = ()

    @property
    def material(self) -> bool:
        return self.status != "unchanged" and self.key in MATERIAL_KEYS

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class PolicyDiff:
    old_title: str
    new_title: str
    sections: tuple[SectionDiff, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> list[SectionDiff]:
        return [s for s in self.sections if s.status != "unchanged"]

    @property
    def material(self) -> bool:
        return any(s.material for s in self.sections)

    @property
    def material_sections(self) -> list[SectionDiff]:
        return [s for s in self.sections if s.material]

    def __bool__(self) -> bool:
        return bool(self.changed) or self.old_title != self.new_title


def _inline(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left, right = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            left.append(Segment("equal", "".join(a[i1:i2])))
            right.append(Segment("equal", "".join(b[j1:j2])))
        else:
            if i2 > i1:
                left.append(Segment("delete", "".join(a[i1:i2])))
            if j2 > j1:
                right.append(Segment("insert", "".join(b[j1:j2])))
    return tuple(left), tuple(right)


def _replace(old_lines, new_lines) -> list[Line]:
    out = []
    for old, new in zip(old_lines, new_lines, strict=False):
        if difflib.SequenceMatcher(None, old, new, autojunk=False).ratio() >= 0.4:
            left, right = _inline(old, new)
            out.append(Line("replace", old, new, left, right))
        else:
            out += [Line("delete", old=old), Line("insert", new=new)]
    out += [Line("delete", old=line) for line in old_lines[len(new_lines):]]
    out += [Line("insert", new=line) for line in new_lines[len(old_lines):]]
    return out


def diff_lines(old: list[str], new: list[str]) -> list[Line]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out: list[Line] = []
    codes = matcher.get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(codes):
        if op == "equal":
            run = old[i1:i2]
            head = run[:CONTEXT] if index > 0 else []
            tail = run[-CONTEXT:] if index < len(codes) - 1 else []
            if len(head) + len(tail) >= len(run):
                out += [Line("equal", line, line) for line in run]
            else:
                out += [Line("equal", line, line) for line in head]
                out.append(Line("skip", skipped=len(run) - len(head) - len(tail)))
                out += [Line("equal", line, line) for line in tail]
        elif op == "delete":
            out += [Line("delete", old=line) for line in old[i1:i2]]
        elif op == "insert":
            out += [Line("insert", new=line) for line in new[j1:j2]]
        else:
            out += _replace(old[i1:i2], new[j1:j2])
    return out


def diff(old: Document, new: Document) -> PolicyDiff:
    old_sections = {s.key: s for s in old.all_sections()}
    new_sections = {s.key: s for s in new.all_sections()}
    result = []
    for key in [*new_sections, *(k for k in old_sections if k not in new_sections)]:
        before, after = old_sections.get(key), new_sections.get(key)
        if before is None:
            result.append(SectionDiff(key, after.number, after.title, "", "added",
                                      tuple(Line("insert", new=x) for x in after.lines())))
        elif after is None:
            result.append(SectionDiff(key, before.number, before.title, before.title, "removed",
                                      tuple(Line("delete", old=x) for x in before.lines())))
        else:
            old_lines, new_lines = before.lines(), after.lines()
            same = old_lines == new_lines and before.title == after.title
            result.append(SectionDiff(
                key, after.number, after.title, before.title,
                "unchanged" if same else "changed",
                () if same else tuple(diff_lines(old_lines, new_lines))))
    return PolicyDiff(old.title, new.title, tuple(result))
