"""The seat map's size rules written as CSS from the layout (issues 15 and 19,
``marquee.booking.seatfit``): each row's width as seats x size + gaps, counted as the
template draws it; the fitted size, the scrolling threshold at 20 px and at full size."""

from __future__ import annotations

from types import SimpleNamespace

from marquee.booking import seatfit


def cell(kind: str, *, first: bool = True):
    """"n" a seat, "." an aisle, "c" a couple seat, "x" a blocked seat, "bc" a blocked couple seat."""
    if kind == ".":
        return SimpleNamespace(seat=None, state="aisle", first_of_pair=True)
    pair = "H5+H6" if kind in ("c", "bc") else ""
    state = "blocked" if kind in ("x", "bc") else "free"
    return SimpleNamespace(seat=SimpleNamespace(pair=pair), state=state, first_of_pair=first)


def test_i19_row_width_counts_cells_as_drawn():
    rows = {
        "A": [cell("n"), cell("n"), cell("."), cell("c"), cell("c", first=False)],
        "B": [cell("n")] * 4,
        "C": [cell("x"), cell("bc"), cell("bc", first=False), cell("n"), cell(".")],
    }
    # A: 4 cells drawn, one wide (two seats and a gap): 5 seats + labels, 5 gaps + 1.
    # B and C: 4 cells of one seat each (a blocked couple seat is drawn narrow).
    assert seatfit.row_widths(rows) == [(5.7, 20), (6.7, 24)]


def test_i19_css_fits_each_row_and_scrolls_below_twenty_pixels():
    rows = {"A": [cell("n")] * 20, "B": [cell("n")] * 10}
    css = seatfit.css(rows)
    # The size: the full one, or smaller so that every row fits, never below 20 px.
    assert ("@supports (width: 1cqi) { .theatre-panel { --seat: max(20px, min(1.9rem, "
            "calc((100cqi - 44px) / 11.7), calc((100cqi - 84px) / 21.7))); } }") in css
    # The widest row needs 21.7 x 20 + 84 = 518 px at 20 px: below that the panel scrolls.
    assert "@container seat-panel (width < 518px) or (width < 16rem) {" in css
    assert ".scroll-hint { display:block;" in css
    # At the full size ("좌석 크게 보기") it scrolls below 21.7 x 1.9rem + 84 px.
    assert "(width < calc(21.7 * 1.9rem + 84px))" in css
    assert ".theatre-panel.full .scroll-hint { display:block;" in css
    assert "<" not in css.replace("(width <", "")  # numbers and fixed rules only


def test_i19_an_empty_layout_has_only_the_default_size():
    assert seatfit.css({}) == \
        "@supports (width: 1cqi) { .theatre-panel { --seat: max(20px, min(1.9rem)); } }\n" \
        "@container seat-panel (width < 0px) or (width < 16rem) { " + seatfit.SCROLLING + " }"
