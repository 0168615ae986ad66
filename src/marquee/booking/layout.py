"""Seat maps (requirement B1); the "no single orphan seat" rule (B2) is in ``orphans``.

A cinema manager pastes a screen's seat map into a form; :func:`parse_layout`
turns it into a normalised, immutable :class:`Layout` or raises
:class:`django.core.exceptions.ValidationError` with Korean messages that say
where each problem is (line or JSON row, row label, and 1-based cell column).
Nothing here touches the database.

Cell alphabet (shared by both formats)
--------------------------------------
One character per grid column, case-insensitive::

    n   normal seat (일반석)
    c   couple seat (커플석); ``c`` runs must have an even length and are split
        left to right into two-seat units (``cccc`` = two units)
    w   wheelchair space (휠체어석)
    p   companion seat (동반자석); must be directly left or right of a ``w``
        (no aisle in between)
    x   blocked seat (판매 중지석): it exists and is numbered, but is not sellable
    .   aisle / gap (no seat)
    _   aisle / gap (same as ``.``)

Whitespace inside the cells is an error (use ``.`` or ``_`` for gaps).  Rows
are left-aligned: grid column 0 is the first cell, so indent a short row with
leading gaps.  Rows may differ in length; the grid width is the longest row,
including trailing gaps.  Seats are numbered within a row from 1, left to
right, counting seats only (every kind, blocked seats included) and skipping
gaps; the ticket label is ``<row><number>``, e.g. ``H5``.

Row labels: one ASCII letter (``A``) or two ASCII letters/digits ending in a
letter (``AA``, ``1A``); lower case is upper-cased; unique within the map.  A
label may not end in a digit because ``<row><number>`` would then be ambiguous
(row ``A1`` seat 1 and row ``A`` seat 11 would both be ``A11``).

Rows are listed in display order, from the row nearest the screen (first) to
the back (last).  At most 40 rows and 60 columns; at least one sellable seat.

Format 1 - text, one row per line::

    # 3관 (앞줄이 스크린 쪽)
    A: wp..nnnnnnnnnn..pw
    B: nn..nnnnnnnnnn..nn
    J | cc__cccccccccc__cc

Each line is ``<label> <sep> <cells>`` where ``<sep>`` is the first ``:`` or
``|`` on the line; spaces around the label and the cells are ignored.  Blank
lines and lines whose first non-space character is ``#`` are ignored.

Format 2 - JSON (detected when the first non-space character is ``{`` or ``[``)::

    {"rows": [{"label": "A", "cells": "wp..nnnnnnnnnn..pw"}, ...]}

``rows`` is a list of objects with string ``label`` and ``cells``; other keys
are ignored.  :meth:`Layout.to_json` emits exactly this format (canonical form:
one row object per line, every row padded with ``.`` to the full width, gaps
written as ``.``, cells lower case), so ``parse_layout(layout.to_json()) ==
layout`` always holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from django.core.exceptions import ValidationError

MAX_ROWS = 40
MAX_COLUMNS = 60
MAX_INPUT_CHARS = 50_000
MAX_REPORTED_ERRORS = 20


class SeatKind(StrEnum):
    NORMAL = "normal"
    COUPLE = "couple"
    WHEELCHAIR = "wheelchair"
    COMPANION = "companion"
    BLOCKED = "blocked"


CELL_KINDS: dict[str, SeatKind] = {
    "n": SeatKind.NORMAL,
    "c": SeatKind.COUPLE,
    "w": SeatKind.WHEELCHAIR,
    "p": SeatKind.COMPANION,
    "x": SeatKind.BLOCKED,
}
KIND_CELLS: dict[SeatKind, str] = {kind: cell for cell, kind in CELL_KINDS.items()}
GAP_CELLS = frozenset("._")
CANONICAL_GAP = "."

_LABEL_RE = re.compile(r"[A-Z0-9]?[A-Z]")


@dataclass(frozen=True)
class SeatSpec:
    row: str
    number: int  # 1-based, seats only, as printed on the ticket
    column: int  # 0-based grid x position, aisles included
    kind: SeatKind
    pair: str | None = None  # couple unit id shared by both halves, e.g. "H-5"

    @property
    def label(self) -> str:
        return f"{self.row}{self.number}"

    @property
    def is_sellable(self) -> bool:
        return self.kind is not SeatKind.BLOCKED


@dataclass(frozen=True)
class Layout:
    rows: tuple[str, ...]
    width: int
    seats: tuple[SeatSpec, ...]

    @property
    def seat_count(self) -> int:
        return len(self.seats)

    @property
    def sellable_count(self) -> int:
        return sum(1 for seat in self.seats if seat.is_sellable)

    @cached_property
    def _by_label(self) -> dict[str, SeatSpec]:
        return {seat.label: seat for seat in self.seats}

    @cached_property
    def _by_position(self) -> dict[tuple[str, int], SeatSpec]:
        return {(seat.row, seat.column): seat for seat in self.seats}

    @cached_property
    def _pairs(self) -> dict[str, tuple[SeatSpec, ...]]:
        units: dict[str, list[SeatSpec]] = {}
        for seat in self.seats:
            if seat.pair is not None:
                units.setdefault(seat.pair, []).append(seat)
        return {pair: tuple(members) for pair, members in units.items()}

    def seat(self, label: str) -> SeatSpec:
        """The seat with ticket label ``label`` (e.g. ``"H5"``); KeyError if none."""
        return self._by_label[label]

    def row_seats(self, row: str) -> tuple[SeatSpec, ...]:
        return tuple(seat for seat in self.seats if seat.row == row)

    def partner(self, seat: SeatSpec) -> SeatSpec | None:
        """The other half of a couple unit, or None for non-couple seats."""
        if seat.pair is None:
            return None
        return next((s for s in self._pairs[seat.pair] if s != seat), None)

    def cells(self) -> dict[str, str]:
        """Row label -> canonical cell string, padded to :attr:`width`."""
        grid = {row: [CANONICAL_GAP] * self.width for row in self.rows}
        for seat in self.seats:
            grid[seat.row][seat.column] = KIND_CELLS[seat.kind]
        return {row: "".join(grid[row]) for row in self.rows}

    def to_text(self) -> str:
        """Format 1 rendering (for showing the map back in the form)."""
        return "".join(f"{row}: {cells}\n" for row, cells in self.cells().items())

    def to_json(self) -> str:
        """Canonical Format 2; ``parse_layout(self.to_json()) == self``."""
        lines = [
            "  " + json.dumps({"label": row, "cells": cells}, ensure_ascii=False)
            for row, cells in self.cells().items()
        ]
        return '{"rows": [\n' + ",\n".join(lines) + "\n]}\n"


# --------------------------------------------------------------------------
# Parsing


@dataclass(frozen=True)
class _RawRow:
    origin: str  # "3번째 줄" / "JSON 3번째 행" - where the row came from
    label: str
    cells: str


def _error(message: str, code: str, **params) -> ValidationError:
    return ValidationError(message, code=code, params=params or None)


def parse_layout(text: str) -> Layout:
    """Parse a pasted seat map (text or JSON, see module docstring) into a Layout."""
    if not isinstance(text, str):
        raise TypeError("parse_layout() expects a str")
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_INPUT_CHARS:
        raise _error(
            "좌석 배치도 입력이 너무 깁니다 (최대 %(limit)d자).",
            "too_long",
            limit=MAX_INPUT_CHARS,
        )
    stripped = text.strip()
    if not stripped:
        raise _error("좌석 배치도가 비어 있습니다.", "empty")

    errors: list[ValidationError] = []
    if stripped[0] in "{[":
        raw_rows = _read_json(text, errors)  # unstripped: error line numbers match the paste
    else:
        raw_rows = _read_text(text, errors)

    row_total = len(raw_rows) + len(errors)
    if row_total > MAX_ROWS:
        raise _error(
            "행이 %(count)d개로, 최대 %(limit)d행을 넘습니다.",
            "too_many_rows",
            count=row_total,
            limit=MAX_ROWS,
        )
    if not raw_rows and not errors:
        raise _error("좌석 배치도가 비어 있습니다 (주석과 빈 줄만 있습니다).", "empty")

    rows, seats, width = _build_rows(raw_rows, errors)
    if errors:
        _raise_collected(errors)

    layout = Layout(rows=tuple(rows), width=width, seats=tuple(seats))
    if layout.sellable_count == 0:
        raise _error(
            "판매할 수 있는 좌석이 하나도 없습니다 (n, c, w, p 중 하나 이상이 필요합니다).",
            "no_sellable_seat",
        )
    return layout


def _build_rows(raw_rows, errors: list[ValidationError]):
    """Each row's label and cells checked; rows in order, their seats and the widest row.
    Problems are collected in ``errors`` so that one paste reports them all."""
    rows: list[str] = []
    seats: list[SeatSpec] = []
    width = 0
    first_seen: dict[str, str] = {}
    for raw in raw_rows:
        label = _check_label(raw, errors)
        if label is None:
            continue
        if label in first_seen:
            errors.append(_error(
                "%(where)s: 행 이름 '%(label)s'이(가) 중복됩니다 (%(first)s에서 이미 사용).",
                "duplicate_row",
                where=raw.origin,
                label=label,
                first=first_seen[label],
            ))
            continue
        first_seen[label] = raw.origin
        where = f"{raw.origin}({label}열)"
        cells = _check_cells(raw.cells.strip(), where, errors)
        if cells is None:
            continue
        rows.append(label)
        width = max(width, len(cells))
        seats.extend(_row_seats(label, cells))

    return rows, seats, width


def _raise_collected(errors: list[ValidationError]) -> None:
    shown = errors[:MAX_REPORTED_ERRORS]
    if len(errors) > MAX_REPORTED_ERRORS:
        shown.append(_error(
            "그 밖에 오류가 %(count)d건 더 있습니다.",
            "more_errors",
            count=len(errors) - MAX_REPORTED_ERRORS,
        ))
    raise ValidationError(shown)


def _read_text(text: str, errors: list[ValidationError]) -> list[_RawRow]:
    raw_rows = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        content = line.strip()
        if not content or content.startswith("#"):
            continue
        origin = f"{lineno}번째 줄"
        positions = [i for i in (content.find(":"), content.find("|")) if i >= 0]
        if not positions:
            errors.append(_error(
                "%(where)s: 행 이름과 좌석 사이에 ':' 또는 '|'가 없습니다 (예: A: nnnn..nnnn).",
                "missing_separator",
                where=origin,
            ))
            continue
        split = min(positions)
        raw_rows.append(_RawRow(origin, content[:split], content[split + 1:]))
    return raw_rows


def _read_json(text: str, errors: list[ValidationError]) -> list[_RawRow]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(
            "JSON 형식이 올바르지 않습니다: %(line)d번째 줄 %(column)d번째 글자 근처를 확인하세요.",
            "invalid_json",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise _error("JSON 형식이 올바르지 않습니다: 중첩이 너무 깊습니다.", "invalid_json") from None

    rows = data.get("rows") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise _error(
            'JSON은 {"rows": [{"label": "A", "cells": "nnnn"}, ...]} 형태여야 합니다.',
            "invalid_json_shape",
        )
    if len(rows) > MAX_ROWS:
        raise _error(
            "행이 %(count)d개로, 최대 %(limit)d행을 넘습니다.",
            "too_many_rows",
            count=len(rows),
            limit=MAX_ROWS,
        )
    raw_rows = []
    for index, item in enumerate(rows, start=1):
        origin = f"JSON {index}번째 행"
        if not isinstance(item, dict):
            errors.append(_error(
                '%(where)s: 각 행은 {"label": ..., "cells": ...} 객체여야 합니다.',
                "invalid_json_shape",
                where=origin,
            ))
            continue
        label, cells = item.get("label"), item.get("cells")
        bad = [key for key, value in (("label", label), ("cells", cells))
               if not isinstance(value, str)]
        if bad:
            errors.append(_error(
                "%(where)s: %(keys)s 값은 문자열이어야 합니다.",
                "invalid_json_shape",
                where=origin,
                keys=", ".join(f'"{key}"' for key in bad),
            ))
            continue
        raw_rows.append(_RawRow(origin, label, cells))
    return raw_rows


def _check_label(raw: _RawRow, errors: list[ValidationError]) -> str | None:
    label = raw.label.strip()
    problem = None
    if not label:
        problem = ("%(where)s: 행 이름이 없습니다 (예: A: nnnn).", "missing_label")
    elif any(ch.isspace() for ch in label):
        problem = ("%(where)s: 행 이름 '%(label)s'에 공백이 있습니다.", "label_has_space")
    elif len(label) > 2:
        problem = ("%(where)s: 행 이름 '%(label)s'이(가) 너무 깁니다 (최대 2자).", "label_too_long")
    elif not (label.isascii() and _LABEL_RE.fullmatch(label.upper())):
        problem = (
            "%(where)s: 행 이름 '%(label)s'은(는) 쓸 수 없습니다. 영문자 1자(A) 또는 "
            "영문·숫자 2자로 끝이 영문자여야 합니다(AA, 1A).",
            "bad_label",
        )
    if problem:
        message, code = problem
        errors.append(_error(message, code, where=raw.origin, label=label))
        return None
    return label.upper()


def _check_cells(cells: str, where: str, errors: list[ValidationError]) -> str | None:
    """Validate one row's cells; return them lower-cased, or None after recording errors."""
    if not cells:
        errors.append(_error("%(where)s: 좌석 칸이 비어 있습니다.", "empty_row", where=where))
        return None
    if len(cells) > MAX_COLUMNS:
        errors.append(_error(
            "%(where)s: %(count)d칸으로, 최대 %(limit)d칸을 넘습니다.",
            "too_wide",
            where=where,
            count=len(cells),
            limit=MAX_COLUMNS,
        ))
        return None

    if not _symbols_known(cells, where, errors):
        return None
    cells = cells.lower()
    return cells if _pairs_complete(cells, where, errors) else None


def _symbols_known(cells: str, where: str, errors: list[ValidationError]) -> bool:
    """Every cell is a known seat symbol or an aisle (no spaces)."""
    found_bad = False
    for index, char in enumerate(cells):
        if char.isspace():
            errors.append(_error(
                "%(where)s %(column)d번째 칸: 공백은 쓸 수 없습니다. 통로는 '.' 또는 '_'로 표시하세요.",
                "space_in_cells",
                where=where,
                column=index + 1,
            ))
            found_bad = True
        elif char.lower() not in CELL_KINDS and char not in GAP_CELLS:
            errors.append(_error(
                "%(where)s %(column)d번째 칸: 알 수 없는 좌석 기호 '%(char)s'입니다 "
                "(n 일반, c 커플, w 휠체어, p 동반자, x 판매 중지, . 또는 _ 통로).",
                "unknown_cell",
                where=where,
                column=index + 1,
                char=char,
            ))
            found_bad = True
    return not found_bad



def _pairs_complete(cells: str, where: str, errors: list[ValidationError]) -> bool:
    """Couple seats come in pairs; a companion seat stands beside a wheelchair seat."""
    found_bad = False
    for match in re.finditer(r"c+", cells):
        if len(match.group()) % 2:
            errors.append(_error(
                "%(where)s %(start)d~%(end)d번째 칸: 커플석(c)은 2석 단위여야 하는데 "
                "%(count)d석이 이어져 있어 짝이 없는 커플석이 있습니다.",
                "odd_couple_run",
                where=where,
                start=match.start() + 1,
                end=match.end(),
                count=len(match.group()),
            ))
            found_bad = True
    for index, char in enumerate(cells):
        if char == "p" and "w" not in (cells[index - 1:index] + cells[index + 1:index + 2]):
            errors.append(_error(
                "%(where)s %(column)d번째 칸: 동반자석(p)은 휠체어석(w) 바로 옆에 있어야 합니다.",
                "companion_without_wheelchair",
                where=where,
                column=index + 1,
            ))
            found_bad = True
    return not found_bad


def _row_seats(label: str, cells: str) -> list[SeatSpec]:
    seats = []
    number = 0
    open_pair: str | None = None  # couple unit whose second half is still to come
    for column, char in enumerate(cells):
        if char in GAP_CELLS:
            open_pair = None
            continue
        number += 1
        kind = CELL_KINDS[char]
        pair = None
        if kind is SeatKind.COUPLE:
            if open_pair is None:
                pair = open_pair = f"{label}-{number}"
            else:
                pair, open_pair = open_pair, None
        else:
            open_pair = None
        seats.append(SeatSpec(row=label, number=number, column=column, kind=kind, pair=pair))
    return seats
