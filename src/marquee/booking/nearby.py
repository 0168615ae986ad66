"""A hold that takes the nearby block when the picked seats are gone (B2, issue 17).

In an opening-day rush most holds are refused: members pick from a map that is seconds
old by the time the hold arrives. The refusal offers the best free block of the same
size near the picked seats (one click takes it), but that click is another request,
and by the time it arrives the offered block may be gone too. A member who asked for
it up front (``nearby``: "if my seats are taken, give me the nearest ones") gets that
block held in the same request instead: the picked seats if free, else the refusal's
offer (spread per member, ``bestseats``), chosen again from the claims as they are
after each conflict, at most ``MARQUEE_BEST_ATTEMPTS`` times. The unique constraint on
seat claims decides every seat, as for any hold.
"""

from __future__ import annotations

from django.conf import settings

from . import services
from .models import Booking, Showtime


def hold_or_nearby(member, showtime: Showtime, request: services.SeatRequest, *,
                   attempts: int | None = None) -> Booking:
    """The picked seats, or the nearest free block of the same size; raises SeatsTaken
    (with the last offer) when every attempt lost or no block is left. The booking's
    ``requested`` is the picked seats when others were held instead (else None)."""
    attempts = attempts or settings.MARQUEE_BEST_ATTEMPTS
    labels = tuple(request.labels)
    for attempt in range(attempts):
        try:
            booking = services.hold_seats(member, showtime,
                                          services.SeatRequest(labels, request.tickets))
        except services.SeatsTaken as refused:
            if not refused.suggestion or attempt == attempts - 1:
                raise
            labels = tuple(refused.suggestion)
            continue
        booking.requested = None if labels == tuple(request.labels) else list(request.labels)
        return booking
    raise services.BookingError("좌석을 선택하세요.")  # attempts < 1
