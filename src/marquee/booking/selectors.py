"""Read-side queries for booking pages and the API (HackSoft: selectors read)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from django.utils import timezone

from . import seating
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

    from .models import Booking, SeatClaim

    claims = SeatClaim.objects.filter(showtime=showtime, booking__member=member,
                                      booking__status=Booking.Status.HELD,
                                      expires_at__gt=timezone.now())
    return dict(Counter(claims.values_list("ticket_type", flat=True)))
