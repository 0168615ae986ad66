"""The best free block of seats (B2, fewer collisions in a rush): next to the seats a
member picked when someone was faster, or "best available N seats" directly.

A block is N seats side by side in one row: consecutive grid columns, no aisle between
them. The rules a block keeps:

- blocked seats (판매 중지) are never in it, nor seats held or sold by others;
- couple seats come as whole units: a block never splits a pair;
- wheelchair and companion seats only when asked for (``accessible``), and then the
  block holds at least one wheelchair seat; otherwise never;
- with the screen's orphan rule on, a block that would strand a single seat is skipped.

Ranking, near a picked selection: the same row first, then the nearest rows, between
rows equally near the one toward the middle of the room (the best view); then the block
whose centre is nearest the picked seats' centre. Without a selection: the rows nearest
the middle, then the columns nearest the centre line.

Spreading (a rush): members who asked at the same moment would all be offered the one
best block and all but one refused again. ``best_block(spread=k, key=…)`` chooses one of
the best ``k`` admissible blocks by a key the caller derives from the member
(``spread_key``): the same member gets the same block on a repeated request, members
refused together are sent to different blocks. ``spread=1`` is the plain ranking.
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Iterable, Iterator
from operator import itemgetter

from django.conf import settings

from .layout import parse_layout
from .models import Screen, Seat
from .orphans import orphan_seats
from .seating import Place, ScreenSeats

ACCESSIBLE_KINDS = {Seat.Kind.WHEELCHAIR, Seat.Kind.COMPANION}


def _eligible(place: Place, taken: set[int], accessible: bool) -> bool:
    seat = place.seat
    if seat is None or not seat.sellable:
        return False
    if seat.kind in ACCESSIBLE_KINDS and not accessible:
        return False
    return not any(pk in taken for pk in place.unit_ids)


def _blocks(places: tuple[Place, ...], n: int, taken: set[int], accessible: bool
            ) -> Iterator[tuple[Place, ...]]:
    """Every window of ``n`` adjacent eligible places that keeps couple units whole, left
    to right. Each place is judged once and the windows slide over the runs of eligible
    places (a refused hold in a rush ranks every block of the room: issue 17)."""
    run = 0  # eligible places ending here
    for end, place in enumerate(places):
        run = run + 1 if _eligible(place, taken, accessible) else 0
        if run < n:
            continue
        window = places[end - n + 1:end + 1]
        if any(len(p.unit_ids) > 1 for p in window):
            ids = {p.seat.pk for p in window}
            if any(pk not in ids for p in window for pk in p.unit_ids):
                continue  # would split a couple unit
        if accessible and not any(p.seat.kind == Seat.Kind.WHEELCHAIR for p in window):
            continue
        yield window


def _rank(index: ScreenSeats, near: list[Seat] | None):
    row_order = {label: i for i, label in enumerate(index.rows)}
    middle_row = (len(row_order) - 1) / 2
    if near:
        near_row = sum(row_order[s.row] for s in near) / len(near)
        near_col = sum(s.column for s in near) / len(near)

        def key(row: str, window: tuple[Place, ...]):
            centre = (window[0].seat.column + window[-1].seat.column) / 2
            r = row_order[row]
            return (abs(r - near_row), abs(r - middle_row), abs(centre - near_col))
        return key
    middle_col = (index.width - 1) / 2

    def best(row: str, window: tuple[Place, ...]):
        centre = (window[0].seat.column + window[-1].seat.column) / 2
        return (abs(row_order[row] - middle_row), abs(centre - middle_col))
    return best


def candidates(index: ScreenSeats, taken: Iterable[int], n: int, *,
               near: list[Seat] | None = None, accessible: bool = False) -> list[list[Seat]]:
    """Every admissible block of ``n`` seats, best first."""
    found = sorted(_ranked(index, set(taken), n, near, accessible), key=itemgetter(0))
    return [[p.seat for p in window] for _, window in found]


def _ranked(index: ScreenSeats, taken: set[int], n: int, near, accessible: bool):
    """(rank, window) of every admissible block, in the room's order."""
    key = _rank(index, near)
    for row, places in index.rows.items():
        for window in _blocks(places, n, taken, accessible):
            yield key(row, window), window


def spread_key(*parts: object) -> int:
    """A stable key from e.g. (member, showtime, attempt): the same on every worker and
    every run (not Python's randomised ``hash``)."""
    text = ":".join(map(str, parts)).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


def best_block(screen: Screen, index: ScreenSeats, taken: Iterable[int], n: int, *,
               near: list[Seat] | None = None, accessible: bool = False,
               spread: int = 1, key: int = 0) -> list[Seat] | None:
    """The best block (see the module note), or one of the ``spread`` best chosen by
    ``key``; None if no block of ``n`` is free."""
    if n < 1:
        return None
    taken = set(taken)
    if not screen.orphan_rule:  # the ``spread`` best are all it needs, the rest unsorted
        best = [[p.seat for p in window] for _, window in heapq.nsmallest(
            max(1, spread), _ranked(index, taken, n, near, accessible), key=itemgetter(0))]
        return best[key % len(best)] if best else None
    layout = parse_layout(screen.layout)
    taken_labels = {index.by_id[pk].label for pk in taken if pk in index.by_id}
    best: list[list[Seat]] = []
    for block in candidates(index, taken, n, near=near, accessible=accessible):
        if orphan_seats(layout, taken_labels, {s.label for s in block}):
            continue
        best.append(block)
        if len(best) >= max(1, spread):
            break
    return best[key % len(best)] if best else None


def suggestion(screen: Screen, index: ScreenSeats, taken: Iterable[int], picked: list[Seat], *,
               key: int) -> list[Seat] | None:
    """A refusal's offer: a block of the picked size near the picked seats, one of the
    ``MARQUEE_SUGGESTION_SPREAD`` best, chosen by ``key`` (the member's)."""
    return best_block(screen, index, taken, len(picked), near=picked,
                      accessible=any(s.kind in ACCESSIBLE_KINDS for s in picked),
                      spread=settings.MARQUEE_SUGGESTION_SPREAD, key=key)
