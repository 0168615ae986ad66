"""Each screen's seats, indexed once per layout and process.

A screen's seats change only when a manager pastes a new layout, but every seat-map
request and every hold needs them: by label (to resolve a selection), by grid position
(to draw the map) and as couple units. Loading 500 ``Seat`` rows per request was most
of the cost of a seat map during an on-sale rush, so the index is built once and only
the live claims are read per request.

The cache key is the layout text (seats change only through ``save_screen_layout``,
which rewrites it, in whichever process); the seats' own identity (lowest/highest ID and
count, one aggregate query) is re-checked once per catalogue snapshot period, so a
screen re-created with the same layout text never keeps another set of seat rows for
longer than that, and any seat saved or deleted in this process drops the indexes at
once (``catalogue.forget``). Entries are read-only once built and
shared between threads; a race builds the same index twice, harmlessly.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Min

from . import catalogue
from .models import Screen, Seat

_LIMIT = 256
_INDEXES: dict[tuple, tuple[float, tuple, ScreenSeats]] = {}  # → (checked at, identity, index)


@dataclass(frozen=True)
class Place:
    """One grid position: a seat (or an aisle when ``seat`` is None)."""

    seat: Seat | None
    unit_ids: tuple[int, ...]  # the seats sold together (a couple unit, or just this one)
    value: str  # what the seat map's checkbox submits: "H5+H6" for a couple unit
    first_of_pair: bool


@dataclass
class ScreenSeats:
    by_label: dict[str, Seat]
    by_id: dict[int, Seat]
    units: dict[str, tuple[Seat, ...]]  # couple unit ID → its seats, left to right
    rows: OrderedDict[str, tuple[Place, ...]]  # row label → places, aisles included
    width: int
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def derived(self, name: str, build: Callable[[ScreenSeats], Any]) -> Any:
        """A rendering of this index (e.g. the API's JSON fragments), built once."""
        value = self._derived.get(name)
        if value is None:
            value = self._derived[name] = build(self)
        return value


def _build(seats: list[Seat]) -> ScreenSeats:
    width = max((s.column for s in seats), default=-1) + 1
    units: dict[str, list[Seat]] = {}
    by_row: dict[str, dict[int, Seat]] = {}
    for seat in seats:
        if seat.pair:
            units.setdefault(seat.pair, []).append(seat)
        by_row.setdefault(seat.row, {})[seat.column] = seat
    ordered_units = {pair: tuple(sorted(unit, key=lambda s: s.column))
                     for pair, unit in units.items()}
    rows: OrderedDict[str, tuple[Place, ...]] = OrderedDict()
    for row in sorted(by_row, key=lambda r: next(iter(by_row[r].values())).row_index):
        places = []
        for column in range(width):
            seat = by_row[row].get(column)
            if seat is None:
                places.append(Place(None, (), "", True))
                continue
            unit = ordered_units.get(seat.pair, (seat,)) if seat.pair else (seat,)
            places.append(Place(seat, tuple(s.pk for s in unit),
                                "+".join(s.label for s in unit), unit[0] == seat))
        rows[row] = tuple(places)
    return ScreenSeats(by_label={s.label: s for s in seats}, by_id={s.pk: s for s in seats},
                       units=ordered_units, rows=rows, width=width)


def _identity(screen_pk: int) -> tuple:
    ids = Seat.objects.filter(screen_id=screen_pk).aggregate(
        low=Min("id"), high=Max("id"), n=Count("id"))
    return ids["low"], ids["high"], ids["n"]


def screen_seats(screen: Screen) -> ScreenSeats:
    key = (screen.pk, hash(screen.layout))
    now = time.monotonic()
    entry = _INDEXES.get(key)
    if entry is not None and now - entry[0] < catalogue.ttl():
        return entry[2]
    identity = _identity(screen.pk)
    if entry is not None and entry[1] == identity:
        _INDEXES[key] = (now, identity, entry[2])
        return entry[2]
    index = _build(list(Seat.objects.filter(screen_id=screen.pk)))
    if len(_INDEXES) >= _LIMIT:
        _INDEXES.clear()
    _INDEXES[key] = (now, identity, index)
    return index


def forget() -> None:
    _INDEXES.clear()


def place_state(place: Place, states: dict[int, str]) -> str:
    """A seat's state on the map: its couple unit is as taken as its most taken seat."""
    if not place.seat.sellable:
        return "blocked"
    if len(place.unit_ids) == 1:
        return states.get(place.unit_ids[0], "free")
    unit_states = {states.get(pk, "free") for pk in place.unit_ids}
    return next((s for s in ("sold", "held", "mine") if s in unit_states), "free")
