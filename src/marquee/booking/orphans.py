"""The "no single orphan seat" rule (B2, 사석 방지) over a parsed :class:`Layout`."""

from __future__ import annotations

from collections.abc import Iterable

from .layout import Layout, SeatKind

ORPHAN_EXEMPT = frozenset({SeatKind.WHEELCHAIR, SeatKind.COMPANION, SeatKind.BLOCKED})


def orphan_seats(layout: Layout, taken: Iterable[str], selected: Iterable[str]) -> set[str]:
    """Labels of free seats that selecting ``selected`` would leave stranded.

    A free seat (sellable, in neither ``taken`` nor ``selected``) is stranded
    when, looking only at the seats directly left and right of it in the same
    row, each side is a wall - a row end, an aisle, a blocked seat - or an
    occupied (taken or selected) seat.  Seats across an aisle are not
    neighbours.  A couple seat is also stranded when the other half of its
    couple unit is occupied (it can no longer be sold as a unit).

    Wheelchair and companion seats are never reported, and neither is a seat
    that is already stranded with ``selected`` empty (e.g. a lone seat between
    two aisles, or one boxed in by earlier bookings): the rule forbids
    *creating* orphans.  Labels that are not in the layout are ignored.
    """
    before = frozenset(taken)
    after = before | frozenset(selected)
    return _stranded(layout, after) - _stranded(layout, before)


def _stranded(layout: Layout, occupied: frozenset[str]) -> set[str]:
    def closed(row: str, column: int) -> bool:
        neighbour = layout._by_position.get((row, column))
        return (neighbour is None or neighbour.kind is SeatKind.BLOCKED
                or neighbour.label in occupied)

    stranded = set()
    for seat in layout.seats:
        if seat.kind in ORPHAN_EXEMPT or seat.label in occupied:
            continue
        partner = layout.partner(seat)
        if partner is not None and partner.label in occupied:
            stranded.add(seat.label)
        elif closed(seat.row, seat.column - 1) and closed(seat.row, seat.column + 1):
            stranded.add(seat.label)
    return stranded
