"""Read-side queries for booking pages and the API (HackSoft: selectors read)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from django.utils import timezone

from . import holdsql, seating
from .models import Booking, Seat, SeatClaim, Showtime


def public_states(showtime: Showtime) -> tuple[dict[int, str], dict[int, list[int]]]:
    """Seat ID → "sold" | "held" for every seat that is not free right now, and member
    ID → the seat IDs of their live hold (to show them as "mine"). One query; the same
    answer for everyone, so it can be cached per seat-map version."""
    states: dict[int, str] = {}
    holders: dict[int, list[int]] = {}
    # Plain SQL built once (``holdsql``: the ORM's statement, issue 17).
    for seat_id, sold, member_id, status in holdsql.live_claims(showtime.pk, timezone.now()):
        states[seat_id] = "sold" if sold else "held"
        if status == Booking.Status.HELD:
            holders.setdefault(member_id, []).append(seat_id)
    return states, holders


def seat_states(showtime: Showtime, *, for_member=None) -> dict[int, str]:
    """Seat ID → "sold" | "held" | "mine" for every seat that is not free right now;
    "mine": the seats of ``for_member``'s live hold, found in the same query."""
    states, holders = public_states(showtime)
    mine = holders.get(getattr(for_member, "pk", None))
    return {**states, **dict.fromkeys(mine, "mine")} if mine else states


@dataclass(frozen=True)
class SeatCell:
    seat: Seat | None  # None: an aisle
    state: str  # free, held, sold, mine, blocked, aisle
    value: str  # what the checkbox submits; "H5+H6" for a couple unit
    label: str
    first_of_pair: bool = True

    @property
    def selectable(self) -> bool:
        return self.state in ("free", "mine") and self.first_of_pair


def seat_rows(showtime: Showtime, *, selected=frozenset(), for_member=None):
    """The seat map as rows of cells, aisles included, with each seat's live state."""
    states = seat_states(showtime, for_member=for_member)
    rows: OrderedDict[str, list] = OrderedDict()
    for row, places in seating.screen_seats(showtime.screen).rows.items():
        cells = []
        for place in places:
            seat = place.seat
            if seat is None:
                cells.append(SeatCell(None, "aisle", "", ""))
                continue
            cells.append(SeatCell(seat, seating.place_state(place, states), place.value, seat.label,
                                  first_of_pair=place.first_of_pair))
        rows[row] = cells
    return rows


def live_hold_tickets(member, showtime: Showtime) -> dict[str, int]:
    """How many tickets of each type the member's live hold on this showtime has, so that
    a return to the seat map shows its seats ticked *and* its people counted (issue 19)."""
    from collections import Counter

    from .models import Booking

    claims = SeatClaim.objects.filter(showtime=showtime, booking__member=member,
                                      booking__status=Booking.Status.HELD,
                                      expires_at__gt=timezone.now())
    return dict(Counter(claims.values_list("ticket_type", flat=True)))
