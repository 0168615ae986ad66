"""Read-side queries for booking pages and the API (HackSoft: selectors read)."""

from __future__ import annotations

import datetime
from collections import OrderedDict
from dataclasses import dataclass

from django.utils import timezone

from .models import Seat, Showtime
from .services import seat_states


@dataclass(frozen=True)
class SeatCell:
    seat: Seat | None  # None: an aisle
    state: str  # free, held, sold, mine, blocked, aisle
    value: str  # what the checkbox submits; "H5+H6" for a couple unit
    label: str
    first_of_pair: bool = True

    @property
    def selectable(self) -> bool:
        return self.state == "free" and self.first_of_pair


def seat_rows(showtime: Showtime, *, selected=frozenset(), for_booking=None):
    """The seat map as rows of cells, aisles included, with each seat's live state."""
    states = seat_states(showtime, for_booking=for_booking)
    seats = list(showtime.screen.seats.all())
    width = max((s.column for s in seats), default=-1) + 1
    pairs: dict[str, list[Seat]] = {}
    for seat in seats:
        if seat.pair:
            pairs.setdefault(seat.pair, []).append(seat)
    rows: OrderedDict[str, list] = OrderedDict()
    by_row: dict[str, dict[int, Seat]] = {}
    for seat in seats:
        by_row.setdefault(seat.row, {})[seat.column] = seat
    for row in sorted(by_row, key=lambda r: by_row[r][next(iter(by_row[r]))].row_index):
        cells = []
        for column in range(width):
            seat = by_row[row].get(column)
            if seat is None:
                cells.append(SeatCell(None, "aisle", "", ""))
                continue
            if not seat.sellable:
                state = "blocked"
            else:
                unit = sorted(pairs.get(seat.pair, [seat]), key=lambda s: s.column)
                unit_states = {states.get(s.pk, "free") for s in unit}
                state = next((s for s in ("sold", "held", "mine") if s in unit_states), "free")
            unit = sorted(pairs.get(seat.pair, [seat]), key=lambda s: s.column)
            value = "+".join(s.label for s in unit)
            cells.append(SeatCell(seat, state, value, seat.label, first_of_pair=unit[0] == seat))
        rows[row] = cells
    return rows


def upcoming_by_day(days: int = 7):
    now = timezone.now()
    until = now + datetime.timedelta(days=days)
    grouped: OrderedDict = OrderedDict()
    for showtime in Showtime.objects.filter(starts_at__gt=now, starts_at__lt=until, on_sale=True) \
            .select_related("movie", "screen__theatre").order_by("starts_at"):
        grouped.setdefault(timezone.localtime(showtime.starts_at).date(), []).append(showtime)
    return grouped
