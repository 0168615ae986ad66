"""Seat-map parsing (B1) and the no-single-orphan-seat rule (B2). Pure Python, no DB."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError

from marquee.booking.layout import (
    MAX_COLUMNS,
    MAX_ROWS,
    Layout,
    SeatKind,
    SeatSpec,
    parse_layout,
)
from marquee.booking.orphans import orphan_seats

MULTIPLEX = """
# 5관 (첫 줄이 스크린 쪽) - 휠체어석은 앞줄, 커플석은 맨 뒷줄

A: wpn..nnnnnnnnnn..npw
B: nnn..nnnnnnnnnn..nnn
C: nnn..nnnnnnnnnn..nnn
D: nnn..nnnnnnnnnn..nnn
E: nnn..nnnnnnnnnn..nnn
F: nnn..nnnnnnnnnn..nnn
  G: nnn..nnnnxxnnnn..nnn
H: nnn..nnnnnnnnnn..nnn
I | nnn__nnnnnnnnnn__nnn
J: cc...cccccccccc...cc
"""


def messages(excinfo) -> str:
    return "\n".join(excinfo.value.messages)


def codes(excinfo) -> set[str]:
    return {error.code for error in excinfo.value.error_list}


@pytest.fixture
def multiplex() -> Layout:
    return parse_layout(MULTIPLEX)


# --------------------------------------------------------------------------
# B1: parsing


def test_b1_parses_a_realistic_multiplex_layout(multiplex):
    assert multiplex.rows == tuple("ABCDEFGHIJ")
    assert multiplex.width == 20
    assert multiplex.seat_count == 16 * 9 + 14
    assert multiplex.sellable_count == multiplex.seat_count - 2
    kinds = [seat.kind for seat in multiplex.seats]
    assert kinds.count(SeatKind.WHEELCHAIR) == 2
    assert kinds.count(SeatKind.COMPANION) == 2
    assert kinds.count(SeatKind.COUPLE) == 14
    assert kinds.count(SeatKind.BLOCKED) == 2
    # Seats come in display order: row by row, left to right.
    assert [seat.label for seat in multiplex.seats[:3]] == ["A1", "A2", "A3"]
    assert multiplex.seats[-1].label == "J14"


def test_b1_seat_numbers_skip_aisles(multiplex):
    row_b = multiplex.row_seats("B")
    assert [seat.number for seat in row_b] == list(range(1, 17))
    assert [seat.column for seat in row_b] == [0, 1, 2, *range(5, 15), 17, 18, 19]
    assert multiplex.seat("B4") == SeatSpec("B", 4, 5, SeatKind.NORMAL)
    assert multiplex.seat("B14").column == 17
    # Underscore aisles behave exactly like dots.
    assert [s.column for s in multiplex.row_seats("I")] == [s.column for s in row_b]


def test_b1_blocked_seats_are_numbered_but_not_sellable(multiplex):
    assert multiplex.seat("G8").kind is SeatKind.BLOCKED
    assert multiplex.seat("G9").kind is SeatKind.BLOCKED
    assert not multiplex.seat("G8").is_sellable
    assert multiplex.seat("G10").column == 11
    assert len(multiplex.row_seats("G")) == 16


def test_b1_wheelchair_and_companion_seats_at_the_front(multiplex):
    front = {seat.label: seat.kind for seat in multiplex.row_seats("A")}
    assert front["A1"] is SeatKind.WHEELCHAIR
    assert front["A2"] is SeatKind.COMPANION
    assert front["A15"] is SeatKind.COMPANION
    assert front["A16"] is SeatKind.WHEELCHAIR
    assert multiplex.seat("A16").column == 19


def test_b1_couple_seats_come_in_units(multiplex):
    back = multiplex.row_seats("J")
    assert all(seat.kind is SeatKind.COUPLE for seat in back)
    assert [seat.pair for seat in back[:4]] == ["J-1", "J-1", "J-3", "J-3"]
    assert [seat.column for seat in back[:4]] == [0, 1, 5, 6]
    assert multiplex.partner(multiplex.seat("J4")) == multiplex.seat("J3")
    assert multiplex.partner(multiplex.seat("A3")) is None
    assert {seat.pair for seat in back} == {f"J-{n}" for n in range(1, 15, 2)}
    assert multiplex.seat("A3").pair is None


def test_b1_couple_units_do_not_run_across_other_seats():
    layout = parse_layout("H: ccnccxcc")
    assert [(s.label, s.pair) for s in layout.seats] == [
        ("H1", "H-1"), ("H2", "H-1"), ("H3", None), ("H4", "H-4"), ("H5", "H-4"),
        ("H6", None), ("H7", "H-7"), ("H8", "H-7"),
    ]


def test_b1_seat_label_and_layout_are_immutable(multiplex):
    seat = multiplex.seat("H5")
    assert seat.label == "H5"
    with pytest.raises(AttributeError):
        seat.number = 6
    with pytest.raises(AttributeError):
        multiplex.width = 3


def test_b1_round_trip_through_canonical_json_is_exact(multiplex):
    canonical = multiplex.to_json()
    again = parse_layout(canonical)
    assert again == multiplex
    assert again.to_json() == canonical
    assert parse_layout(multiplex.to_text()) == multiplex


def test_b1_canonical_json_form():
    layout = parse_layout("a: WP_nn\nb| cc_nnnx..\n")
    assert layout.to_json() == (
        '{"rows": [\n'
        '  {"label": "A", "cells": "wp.nn...."},\n'
        '  {"label": "B", "cells": "cc.nnnx.."}\n'
        "]}\n"
    )
    assert json.loads(layout.to_json())["rows"][1]["label"] == "B"


def test_b1_ragged_rows_keep_the_widest_line_including_trailing_gaps():
    layout = parse_layout("A: nnn\nB: .nnnn...\nC: n")
    assert layout.width == 8
    assert parse_layout(layout.to_json()) == layout
    assert [s.column for s in layout.row_seats("B")] == [1, 2, 3, 4]


def test_b1_json_input_matches_text_input(multiplex):
    rows = [
        {"label": line.split(":")[0].split("|")[0].strip(),
         "cells": line.replace("|", ":").split(":", 1)[1].strip()}
        for line in MULTIPLEX.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    pasted = "\n  " + json.dumps({"screen": "5관", "rows": rows}, ensure_ascii=False, indent=2)
    assert parse_layout(pasted) == multiplex


def test_b1_comments_blank_lines_case_and_separators():
    layout = parse_layout("\ufeff\n# 주석\n\n   # 들여쓴 주석\naa | NNXn\n1b:nn\n")
    assert layout.rows == ("AA", "1B")
    assert [s.label for s in layout.seats] == ["AA1", "AA2", "AA3", "AA4", "1B1", "1B2"]
    assert layout.seat("AA3").kind is SeatKind.BLOCKED
    assert layout.sellable_count == 5


def test_b1_a_row_of_gaps_is_allowed_as_a_spacer():
    layout = parse_layout("A: nnnn\nB: ....\nC: nnnn")
    assert layout.rows == ("A", "B", "C")
    assert layout.row_seats("B") == ()
    assert parse_layout(layout.to_json()) == layout


def test_b1_limits_are_inclusive():
    wide = parse_layout("A: " + "n" * MAX_COLUMNS)
    assert wide.width == MAX_COLUMNS
    labels = [chr(ord("A") + i) for i in range(26)] + [f"A{chr(ord('A') + i)}" for i in range(14)]
    tall = parse_layout("\n".join(f"{label}: nn" for label in labels))
    assert len(tall.rows) == MAX_ROWS


# --------------------------------------------------------------------------
# B1: validation errors name the line/row and column


@pytest.mark.parametrize("text", ["", "   \n\t\n", "# 주석만\n\n# 있음", '{"rows": []}'])
def test_b1_empty_layout_is_refused(text):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"empty"}
    assert "비어 있습니다" in messages(excinfo)


def test_b1_unknown_cell_names_line_row_and_column():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnnn\n\nC: nn.nzn")
    text = messages(excinfo)
    assert codes(excinfo) == {"unknown_cell"}
    assert "3번째 줄(C열) 5번째 칸" in text
    assert "'z'" in text


def test_b1_unknown_cell_in_json_names_row_and_column():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout('{"rows": [{"label": "A", "cells": "nn"}, {"label": "B", "cells": "n?n"}]}')
    assert "JSON 2번째 행(B열) 2번째 칸" in messages(excinfo)
    assert "'?'" in messages(excinfo)


def test_b1_spaces_inside_cells_are_refused_with_a_hint():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnn nnn")
    assert codes(excinfo) == {"space_in_cells"}
    assert "1번째 줄(A열) 4번째 칸" in messages(excinfo)
    assert "'.'" in messages(excinfo)


def test_b1_duplicate_row_label_names_both_lines():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnn\nB: nnn\na: nnn")
    assert codes(excinfo) == {"duplicate_row"}
    text = messages(excinfo)
    assert "3번째 줄" in text and "1번째 줄" in text and "'A'" in text


def test_b1_couple_seat_without_its_pair_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnnn\nJ: cc..ccc..cc")
    assert codes(excinfo) == {"odd_couple_run"}
    assert "2번째 줄(J열) 5~7번째 칸" in messages(excinfo)
    assert "커플석" in messages(excinfo)


def test_b1_couple_pair_may_not_straddle_an_aisle():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("J: c.c")
    assert "J열" in messages(excinfo)
    assert len(excinfo.value.messages) == 2


@pytest.mark.parametrize("cells, column", [("pnw", 1), ("w.p", 3), ("nnp", 3), ("ppw", 1)])
def test_b1_companion_seat_must_be_next_to_a_wheelchair(cells, column):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(f"B: {cells}")
    assert codes(excinfo) == {"companion_without_wheelchair"}
    assert f"1번째 줄(B열) {column}번째 칸" in messages(excinfo)
    assert "휠체어석" in messages(excinfo)


def test_b1_companion_on_either_side_of_a_wheelchair_is_fine():
    layout = parse_layout("A: pwp.wp.pw")
    assert [s.kind for s in layout.seats].count(SeatKind.COMPANION) == 4


def test_b1_too_many_columns_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnn\nB: " + "n" * (MAX_COLUMNS + 1))
    assert codes(excinfo) == {"too_wide"}
    assert "2번째 줄(B열)" in messages(excinfo)
    assert "61칸" in messages(excinfo) and "60칸" in messages(excinfo)


@pytest.mark.parametrize("as_json", [False, True])
def test_b1_too_many_rows_is_refused(as_json):
    labels = [chr(ord("A") + i) for i in range(26)] + [f"A{chr(ord('A') + i)}" for i in range(15)]
    if as_json:
        text = json.dumps({"rows": [{"label": label, "cells": "nn"} for label in labels]})
    else:
        text = "\n".join(f"{label}: nn" for label in labels)
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"too_many_rows"}
    assert "41" in messages(excinfo) and "40" in messages(excinfo)


@pytest.mark.parametrize("text", ["A: xxxx\nB: ..xx", "A: ....", '{"rows": [{"label": "A", "cells": "x"}]}'])
def test_b1_layout_without_a_sellable_seat_is_refused(text):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"no_sellable_seat"}


def test_b1_malformed_json_names_line_and_column():
    text = '\n{"rows": [\n  {"label": "A", "cells": "nnnn"},\n  {"label": "B" "cells": "nnnn"}\n]}'
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"invalid_json"}
    assert "JSON" in messages(excinfo)
    assert "4번째 줄 17번째 글자" in messages(excinfo)


@pytest.mark.parametrize("text, where", [
    ('["A", "nnn"]', None),
    ('{"seats": []}', None),
    ('{"rows": [{"label": "A", "cells": "nn"}, "B: nn"]}', "JSON 2번째 행"),
    ('{"rows": [{"label": "A", "cells": ["n", "n"]}]}', "JSON 1번째 행"),
    ('{"rows": [{"cells": "nn"}]}', "JSON 1번째 행"),
])
def test_b1_json_of_the_wrong_shape_is_refused(text, where):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"invalid_json_shape"}
    if where:
        assert where in messages(excinfo)


@pytest.mark.parametrize("line, code, fragment", [
    ("ABC: nnn", "label_too_long", "'ABC'"),
    ("A B: nnn", "label_has_space", "'A B'"),
    ("가: nnn", "bad_label", "'가'"),
    ("A1: nnn", "bad_label", "'A1'"),
    ("A-: nnn", "bad_label", "'A-'"),
    (": nnn", "missing_label", "행 이름이 없습니다"),
    ("A nnn", "missing_separator", "':'"),
])
def test_b1_bad_row_labels_are_refused(line, code, fragment):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(f"B: nnn\n{line}")
    assert codes(excinfo) == {code}
    assert "2번째 줄" in messages(excinfo)
    assert fragment in messages(excinfo)


def test_b1_all_problems_are_reported_at_once():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("A: nnzn\nB: ccc\nA: nnn\nC: pn")
    assert codes(excinfo) == {
        "unknown_cell", "odd_couple_run", "duplicate_row", "companion_without_wheelchair",
    }
    assert len(excinfo.value.messages) == 4


def test_b1_overly_long_input_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        parse_layout("# " + "x" * 60_000)
    assert codes(excinfo) == {"too_long"}


# --------------------------------------------------------------------------
# B2: no single orphan seat (사석 방지)


def test_b2_creating_an_orphan_next_to_the_row_end_is_detected():
    layout = parse_layout("A: nnnnnn")
    assert orphan_seats(layout, taken=set(), selected={"A2", "A3"}) == {"A1"}
    assert orphan_seats(layout, taken=set(), selected={"A1", "A2"}) == set()


def test_b2_creating_an_orphan_between_taken_and_selected_is_detected():
    layout = parse_layout("A: nnnnnn")
    assert orphan_seats(layout, taken={"A1"}, selected={"A3", "A4"}) == {"A2"}
    assert orphan_seats(layout, taken={"A1"}, selected={"A2", "A3"}) == set()
    assert orphan_seats(layout, taken={"A6"}, selected={"A1", "A2", "A3", "A4"}) == {"A5"}


def test_b2_an_existing_orphan_is_not_reported():
    layout = parse_layout("A: nnnnnnn")
    assert orphan_seats(layout, taken={"A1", "A3"}, selected=set()) == set()
    assert orphan_seats(layout, taken={"A1", "A3"}, selected={"A6", "A7"}) == set()
    # ...but a new orphan created next to it still is.
    assert orphan_seats(layout, taken={"A1", "A3"}, selected={"A5"}) == {"A4"}


def test_b2_aisles_act_as_walls():
    layout = parse_layout("A: nn.nnn")
    assert orphan_seats(layout, taken=set(), selected={"A1"}) == {"A2"}
    # A seat across the aisle is not a neighbour: A3 has a wall on its left, not A2.
    assert orphan_seats(layout, taken=set(), selected={"A4"}) == {"A3", "A5"}
    assert orphan_seats(layout, taken=set(), selected={"A4", "A5"}) == {"A3"}


def test_b2_a_lone_seat_between_aisles_was_already_isolated():
    layout = parse_layout("A: nn.n.nn")
    assert orphan_seats(layout, taken=set(), selected={"A1", "A2"}) == set()
    assert orphan_seats(layout, taken=set(), selected={"A4", "A5"}) == set()


def test_b2_blocked_seats_act_as_walls():
    layout = parse_layout("A: nnxnn")
    assert orphan_seats(layout, taken=set(), selected={"A1"}) == {"A2"}
    assert orphan_seats(layout, taken=set(), selected={"A5"}) == {"A4"}


def test_b2_rows_are_independent():
    layout = parse_layout("A: nnnn\nB: nnnn")
    full_row_b = {"B1", "B2", "B3", "B4"}
    assert orphan_seats(layout, taken=full_row_b, selected={"A1", "A2"}) == set()
    assert orphan_seats(layout, taken=full_row_b, selected={"A1", "A2", "A3"}) == {"A4"}
    assert orphan_seats(layout, taken=set(), selected={"B2"}) == {"B1"}


def test_b2_wheelchair_and_companion_seats_are_exempt():
    layout = parse_layout("A: nwn\nB: npwn\nC: nwpnn")
    assert orphan_seats(layout, taken=set(), selected={"A1", "A3"}) == set()
    assert orphan_seats(layout, taken={"B3"}, selected={"B1"}) == set()
    # A free wheelchair seat still counts as free space for its neighbour.
    assert orphan_seats(layout, taken=set(), selected={"C5"}) == set()
    assert orphan_seats(layout, taken=set(), selected={"C3", "C5"}) == {"C4"}


def test_b2_half_a_couple_unit_is_an_orphan():
    layout = parse_layout("J: cccc")
    assert orphan_seats(layout, taken=set(), selected={"J1"}) == {"J2"}
    assert orphan_seats(layout, taken=set(), selected={"J1", "J2"}) == set()
    assert orphan_seats(layout, taken={"J3"}, selected={"J1", "J2"}) == set()


def test_b2_in_the_multiplex(multiplex):
    # Booking B5..B13 of the centre block strands B4 against the aisle.
    centre = {f"B{n}" for n in range(5, 14)}
    assert orphan_seats(multiplex, taken=set(), selected=centre) == {"B4"}
    # G7 sits between G6 and the blocked G8; G4 was already boxed in by G5.
    assert orphan_seats(multiplex, taken={"G5"}, selected={"G6"}) == {"G7"}
    assert orphan_seats(multiplex, taken={"G5"}, selected={"G4"}) == set()
    assert orphan_seats(multiplex, taken=set(), selected={"G6"}) == {"G7"}


def test_b2_unknown_labels_are_ignored():
    layout = parse_layout("A: nnn")
    assert orphan_seats(layout, taken={"Z9"}, selected={"A2", "Q1"}) == {"A1", "A3"}


@pytest.mark.parametrize("text, where", [
    ("A: nnn\nB:", "2번째 줄(B열)"),
    ('{"rows": [{"label": "A", "cells": "  "}]}', "JSON 1번째 행(A열)"),
])
def test_b1_a_row_without_cells_is_refused(text, where):
    with pytest.raises(ValidationError) as excinfo:
        parse_layout(text)
    assert codes(excinfo) == {"empty_row"}
    assert where in messages(excinfo)
