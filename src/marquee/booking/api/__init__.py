"""Booking API: showtimes, seat maps, holds, booking detail and staff check-in (B1–B5).
Thin: every rule lives in the services; these modules parse, look up the caller's own
rows, and shape the answers. Payment and cancellation are payments' (``payments/api.py``).

The NinjaAPI instance, its authentication default (member session) and the one
exception handler that turns every ``marquee.errors.ServiceError`` into 4xx JSON live in
``marquee/api.py``, which mounts ``router``.
"""

from ninja import Router

from . import bookings, checkin, showtimes
from .schemas import ErrorOut, SeatsTakenOut, ValidationErrorOut  # noqa: F401  (shared shapes)
from .showtimes import SeatMapOut  # noqa: F401  (the seat map's documented shape)

router = Router()
router.add_router("", showtimes.router)
router.add_router("", bookings.router)
router.add_router("", checkin.router)
