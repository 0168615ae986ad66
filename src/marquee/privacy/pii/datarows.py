"""Names that open a row of personal data (P11.2, issue 16 round 8).

A spreadsheet pasted into a post (a prize-shipping list, a contact sheet, a staff roster)
is a table of records about people: ``1<TAB>X<TAB>서울 … 12-3<TAB>010-…``. When another cell
of a row holds a contact, an address or an identifier that the masker has already found,
the row's leading cell (after an optional row number) says whose record it is, so a
name-like value there is a name, with no header row and whatever the header says. The
value must still look like a name: a Korean name (a surname first, no dictionary word),
one spelled syllable by syllable (``X Y Z``), a Hangul foreign name of two to four parts
(listed parts, or words Kiwi does not know), or a Latin name (two to four words, or
``FAMILY, Given``, or a romanised Korean name typed as one capitalised word).

The same holds for a bulleted contact list (``▶ X : 010-…``, ``* X — id@host``): a line that
opens with a bullet and ends in a phone number or an e-mail address found already, with
only the value and a separator between, names whose contact it is.
"""

from __future__ import annotations

import bisect
import re

from .foreignslots import _part_ok
from .layouts import _name_like, _short_ok
from .names import NameHit
from .romanised import foreign_cell, glued_korean_name
from .wordscore import _PLACE_FINALS, _PLACES

_ROW_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[.)]?|#\d{1,3})?[ \t]*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'\-]+(?:,?[ \t][A-Za-z][A-Za-z'\-]+){1,3}")
# English words that make a Latin cell a phrase, not a name (Sent with care, Gift for you).
_ENGLISH = frozenset("a an the and or with for to of in on at by from me you your we our is are "
                     "was new total list order card gift note memo".split())
# A Latin family name in capitals and the given name after a comma, which a comma-separated
# row also splits on: ``PEREIRA, Lucas,…``.
_CSV_INVERTED = re.compile(r"[ \t]*([A-Z][A-Z'\-]+,[ \t][A-Z][a-z'\-]+)[ \t]*(?=,|$)")


def _cells(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The row's separator and its cells (offsets in the line), or None for no row."""
    if "\t" in line:
        sep = "\t"
    elif line.count("|") >= 2:
        sep = "|"
    elif line.count(",") >= 2:
        sep = ","
    else:
        return None
    cells, pos = [], 0
    for part in line.split(sep):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    return sep, cells


def _leading(line: str, sep: str, cells: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The leading cell's value (start, end) in the line and its index: the first cell that
    is not empty and not a row number."""
    for k, (a, b) in enumerate(cells):
        cell = line[a:b]
        if _ROW_NUMBER.fullmatch(cell):
            continue
        if sep == "," and (m := _CSV_INVERTED.match(line, a)) is not None:
            return a + (m.start(1) - a), m.end(1), k + 1
        value = cell.strip()
        start = a + cell.index(value)
        return start, start + len(value), k
    return None


def _row_name(value: str) -> bool:
    if not value:
        return False
    if "가" <= value[0] <= "힣":
        parts = re.split(r"[ \t.]", value)
        if len(parts) == 1:  # Kiwi reads many names as words (정+훈, 홍가+이+건): the row decides
            return 2 <= len(value) <= 5 and _name_like(value, strict=False) and _short_ok(value) \
                and value not in _PLACES and value[-1] not in _PLACE_FINALS
        if any(not p for p in parts) or len(parts) > 4:
            return False
        if all(len(p) == 1 for p in parts):
            return _name_like("".join(parts))  # spelled out: 김 하 늘
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) <= 2:
            return _name_like(value)  # 김 하늘
        return foreign_cell(value) or all(_part_ok(p) for p in parts)
    if _LATIN.fullmatch(value):
        return not any(w.lower() in _ENGLISH for w in re.split(r"[ \t,]+", value))
    return glued_korean_name(value)


_BULLETED = re.compile(r"[ \t]*(?:[▶▷►*•\-]|\d{1,2}[.)])[ \t]*([^\n:：]{2,30}?)[ \t]*(?:[:：]|-+)?[ \t]*")


def _contact_lines(text: str, contacts: list[tuple[int, int]], taken, allowed) -> list[NameHit]:
    hits = []
    for start, _ in contacts:
        line_start = text.rfind("\n", 0, start) + 1
        m = _BULLETED.fullmatch(text, line_start, start)
        if m is None or not _row_name(m.group(1)):
            continue
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in taken) and not (allowed is not None and allowed(s, e)):
            hits.append(NameHit(s, e, 0.72))
    return hits


def find_row_names(text: str, found: list[tuple[int, int, str]], taken: list[tuple[int, int]],
                   allowed=None) -> list[NameHit]:
    """The leading cells of rows that hold ``found`` values (contacts, addresses and
    identifiers: start, end, entity) in another cell, and the names of bulleted contact
    lines, when they look like names (module docstring)."""
    contacts = [(s, e) for s, e, kind in found if kind in ("PHONE", "EMAIL")]
    hits = _contact_lines(text, contacts, taken, allowed) if contacts else []
    if not found or not ("\t" in text or "|" in text or "," in text):
        return hits
    data = sorted((s, e) for s, e, _ in found)
    starts = [s for s, _ in data]
    lines = text.split("\n")
    pos = 0
    for n, line in enumerate(lines):
        row = _cells(line) if line else None
        if row is not None and (row[0] != "," or _csv_block(lines, n)):
            hits += _row(text, pos, line, row, data, starts, taken, allowed)
        pos += len(line) + 1
    return hits


def _csv_block(lines: list[str], n: int) -> bool:
    """A comma row belongs to a table when a line next to it has as many commas (a sentence
    with commas in it stands alone); ``FAMILY, Given`` leading a row is one cell."""
    def count(line: str) -> int:
        return line.count(",") - (_CSV_INVERTED.match(line) is not None)
    return any(0 <= k < len(lines) and count(lines[k]) == count(lines[n]) for k in (n - 1, n + 1))


def _row(text, pos, line, row, data, starts, taken, allowed) -> list[NameHit]:
    sep, cells = row
    lead = _leading(line, sep, cells)
    if lead is None:
        return []
    s, e, k = lead
    others = [(pos + a, pos + b) for j, (a, b) in enumerate(cells) if j > k]
    i = bisect.bisect_left(starts, pos)
    holds = any(a < de and ds < b for ds, de in data[i:i + 12] for a, b in others)
    s, e = pos + s, pos + e
    # A part of the cell found as a name already gives way (the engine keeps the longer one).
    if not holds or any(a < e and s < b and not (s <= a and b <= e) for a, b in taken) \
            or any(a <= s and e <= b for a, b in taken) or not _row_name(text[s:e]):
        return []
    if allowed is not None and allowed(s, e):
        return []
    return [NameHit(s, e, 0.72)]
