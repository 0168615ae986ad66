"""Read-side queries for booking pages and the API (HackSoft: selectors read)."""

from __future__ import annotations

import datetime
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


def upcoming_by_day(days: int = 7):
    now = timezone.now()
    until = now + datetime.timedelta(days=days)
    grouped: OrderedDict = OrderedDict()
    for showtime in Showtime.objects.filter(starts_at__gt=now, starts_at__lt=until, on_sale=True) \
            .select_related("movie", "screen__theatre").order_by("starts_at"):
        grouped.setdefault(timezone.localtime(showtime.starts_at).date(), []).append(showtime)
    return grouped


def _member_bookings(member):
    from .models import Booking

    return Booking.objects.filter(member=member).exclude(status=Booking.Status.EXPIRED) \
        .select_related("showtime__movie", "showtime__screen__theatre").order_by("-created_at")


def mypage_bookings(member) -> dict:
    """My Page: purchase history and favourite theatres (P1.1, P1.4, P8.1)."""
    return {"template": "booking/_mypage_bookings.html",
            "bookings": list(_member_bookings(member)[:20]),
            "favourites": list(member.favourite_theatres.select_related("theatre"))}


def export_bookings(member) -> dict:
    from marquee.payments.models import Payment

    return {
        "favourite_theatres": [f.theatre.name for f in member.favourite_theatres.select_related("theatre")],
        "bookings": [
            {"number": b.number, "movie": b.showtime.movie.title,
             "theatre": b.showtime.screen.theatre.name, "starts_at": b.showtime.starts_at.isoformat(),
             "status": b.get_status_display(), "total": b.total}
            for b in _member_bookings(member)],
        "payments": [
            {"payment_id": p.payment_id, "method": p.get_method_display(), "amount": p.amount,
             "status": p.get_status_display(), "card": p.card_masked,
             "paid_at": p.paid_at.isoformat() if p.paid_at else None}
            for p in Payment.objects.filter(member=member).select_related("member__data_key")],
    }
