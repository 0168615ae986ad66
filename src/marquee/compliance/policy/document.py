"""The shape of a rendered policy: sections of blocks, as plain data.

A policy is a title, a preamble and numbered sections; each section is a list of
blocks (paragraph, sub-heading, list, table). The same structure is rendered to HTML
by one generic template, stored as JSON when a version is published (so an old version
reads exactly as it was announced), and flattened to lines for the diff.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    kind: str  # "p", "h" (sub-heading), "list", "table"
    text: str = ""
    items: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def lines(self) -> list[str]:
        if self.kind == "h":
            return [f"[{self.text}]"]
        if self.kind == "list":
            return [f"· {item}" for item in self.items]
        if self.kind == "table":
            return [" | ".join(self.headers), *(" | ".join(row) for row in self.rows)]
        return [self.text]

    def to_json(self) -> dict:
        data = {"kind": self.kind}
        if self.text:
            data["text"] = self.text
        if self.items:
            data["items"] = list(self.items)
        if self.headers:
            data["headers"] = list(self.headers)
        if self.rows:
            data["rows"] = [list(r) for r in self.rows]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Block:
        return cls(kind=data["kind"], text=data.get("text", ""),
                   items=tuple(data.get("items", ())), headers=tuple(data.get("headers", ())),
                   rows=tuple(tuple(r) for r in data.get("rows", ())))


def p(text: str) -> Block:
    return Block("p", text=text)


def h(text: str) -> Block:
    return Block("h", text=text)


def bullets(items) -> Block:
    return Block("list", items=tuple(items))


def table(headers, rows) -> Block:
    return Block("table", headers=tuple(headers), rows=tuple(tuple(r) for r in rows))


@dataclass(frozen=True)
class Section:
    key: str
    number: int
    title: str
    blocks: tuple[Block, ...]
    # A change here changes collected items, purposes or third-party provision: it
    # needs the 30-day notice (P15.1).
    material: bool = False

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def lines(self) -> list[str]:
        return [line for block in self.blocks for line in block.lines()]

    def to_json(self) -> dict:
        return {"key": self.key, "number": self.number, "title": self.title,
                "material": self.material, "blocks": [b.to_json() for b in self.blocks]}

    @classmethod
    def from_json(cls, data: dict) -> Section:
        return cls(key=data["key"], number=data["number"], title=data["title"],
                   material=data.get("material", False),
                   blocks=tuple(Block.from_json(b) for b in data["blocks"]))


@dataclass(frozen=True)
class Document:
    title: str
    preamble: Section
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def all_sections(self) -> tuple[Section, ...]:
        return (self.preamble, *self.sections)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.all_sections() if s.key == key), None)

    def text(self) -> str:
        """The whole policy as plain text (tests, the command line)."""
        out = [self.title]
        for section in self.all_sections():
            out.append(section.heading)
            out.extend(section.lines())
        return "\n".join(out)

    def to_json(self) -> dict:
        return {"title": self.title, "preamble": self.preamble.to_json(),
                "sections": [s.to_json() for s in self.sections]}

    @classmethod
    def from_json(cls, data: dict) -> Document:
        return cls(title=data["title"], preamble=Section.from_json(data["preamble"]),
                   sections=tuple(Section.from_json(s) for s in data["sections"]))
