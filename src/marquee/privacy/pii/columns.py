"""Cues that sit in a table's header row, and cues for a bare identifier slot (P11.2).

A value in a table is labelled by its column header, however many rows above it
(``성명,면허번호,관람일`` then ``…,12-34-567890-12,…``); the 30- or 40-character look-back
of the recognisers cannot reach it. ``header_cell`` finds the header cell of the column a
position is in, for tables whose cells are separated by ``|``, tabs, ``;`` or ``,``: the
rows of the block (the lines above, up to the first one that is not a row) must all have
as many separators as the row itself, so prose with commas (``13,000원, 2명``) is no table.

``IDENTITY_CUE``: forms and back-office notes that ask for "something that proves who you
are" (``본인 확인용``, ``신분 확인``) are followed by an identifier of any kind; which kind
is read from the value's shape by each recogniser.
"""

from __future__ import annotations

import re

from . import morph

_SEPARATORS = ("|", "\t", ";", ",")
IDENTITY_CUE = re.compile(
    r"(?:(?:본인|신분|신원)\s?(?:확인|인증|증명)|확인|인증)용|(?:본인|신분|신원)\s?(?:확인|인증|증명)|"
    r"신분증\s?번호|[Ii][Dd]\s?(?:[Nn]o\.?|[Nn]umber|#)|[Ii]dentification")
_IDENTITY_HINTS = ("확인", "인증", "증명", "신분", "ID", "Id", "id", "iD")


def identity_cue_in(text: str) -> bool:
    """A cheap test before ``IDENTITY_CUE``: every cue holds one of these pieces."""
    return any(h in text for h in _IDENTITY_HINTS)


def _line(text: str, pos: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start:len(text) if end == -1 else end]


def _separator(line: str) -> str | None:
    for sep in _SEPARATORS:
        need = 2 if sep in "|," else 1
        if line.count(sep) >= need:
            return sep
    return None


def header_cell(text: str, pos: int, cache: dict | None = None) -> str | None:
    """The header cell above ``pos``'s column, or None when ``pos`` is not in a table row.
    Pass one ``cache`` dict for the calls on one text: each row then finds its header
    through the row above, and a long table is read once."""
    start, line = _line(text, pos)
    if start == 0:
        return None  # the first line is the header itself, or no table
    sep = _separator(line)
    if sep is None:
        return None
    header = _header_line(text, start, sep, line.count(sep), {} if cache is None else cache)
    if header is None:
        return None
    cells = header.split(sep)
    column = line.count(sep, 0, pos - start)
    cell = cells[column].strip() if column < len(cells) else ""
    # A header names its column; a first row of data (a digit in it) is no header, and
    # neither is a clause of prose whose lines happen to hold as many commas (주문했는데, …).
    return cell if cell and not any(c.isdigit() for c in cell) and _label(cell) else None


def _label(cell: str) -> bool:
    """No verb and no verbal ending: a noun phrase or a Latin word, as column headers are."""
    tokens = morph.analyze(cell)
    return not tokens or not any(t[1][0] in "VE" for t in tokens)


def _header_line(text: str, start: int, sep: str, count: int, cache: dict) -> str | None:
    """The first line of the block of rows that the line at ``start`` ends."""
    key = (start, sep, count)
    if key in cache:
        return cache[key]
    header = None
    k = start
    while k > 0:  # walk up to the first line of the block
        prev_start = text.rfind("\n", 0, k - 1) + 1
        prev = text[prev_start:k - 1]
        if prev.count(sep) != count and not (sep in "|\t" and prev.count(sep) >= 1):
            break
        above = (prev_start, sep, count)
        if above in cache:  # the row above knows its block's first line
            header = cache[above] if cache[above] is not None else prev
            break
        header, k = prev, prev_start
    cache[key] = header
    return header


def column_cells(text: str, pos: int, reach: int = 12) -> list[str]:
    """The other cells of ``pos``'s column in its block of rows: up to ``reach`` rows above
    and below it (the nearest rows tell a column's kind; a long table stays linear)."""
    start, line = _line(text, pos)
    sep = _separator(line)
    if sep is None:
        return []
    count, column = line.count(sep), line.count(sep, 0, pos - start)
    rows = []
    for step in (-1, 1):
        k = start
        for _ in range(reach):
            if step < 0:
                if k == 0:
                    break
                k = text.rfind("\n", 0, k - 1) + 1
            else:
                nl = text.find("\n", k)
                if nl == -1:
                    break
                k = nl + 1
            row = _line(text, k)[1]
            if row.count(sep) != count:
                break
            rows.append(row)
    return [cells[column].strip() for row in rows if column < len(cells := row.split(sep))]
