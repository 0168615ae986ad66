"""A sale: a hold becomes a confirmed booking (``services.confirm``), inside the
transaction that took the money; one job, kept apart from the hold rules in
``services`` (issue 17: the payment return's part of every booking)."""

from __future__ import annotations

from django.db import connection, transaction
from django.utils import timezone

from marquee.waitingroom import api as waitingroom

from . import notifications, seating, versions
from .models import Booking, SeatClaim


class _SeatLost(Exception):
    pass


def confirm(booking: Booking) -> bool:
    """Turn a hold into a sale (inside the caller's transaction). False if a seat was lost.

    Even after its hold expired a booking still owns its seats until someone else takes
    them (the taker deletes the expired claims). The UPDATE of the claims either sees
    every one of them or we lost a seat; on PostgreSQL a concurrent taker waits for our
    row locks and then finds the claims sold, so exactly one side wins. The booking row is
    locked by the conditional UPDATE that confirms it (no locking read first: issue 17),
    and a lost seat rolls both back. The confirmation message uses the booking's member,
    film, screen and theatre as given: a caller that read them with the booking (the
    payment return) pays no query for them. On success the given object gets the status
    and time too (its caller need not read the booking again).
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            if not _mark_confirmed(booking.pk, now):
                raise _NotHeld
            seat_ids = _sell_claims(booking.pk)
            if len(seat_ids) != booking.seat_count:
                raise _SeatLost
            booking.status, booking.confirmed_at = Booking.Status.CONFIRMED, now
            _announce_sale(booking, seat_ids)
    except _SeatLost:
        return False
    except _NotHeld:
        return _already_confirmed(booking)
    return True


_CONFIRMABLE = (Booking.Status.HELD, Booking.Status.EXPIRED)


class _NotHeld(Exception):
    pass


def _already_confirmed(booking: Booking) -> bool:
    """A booking ``confirm`` found neither held nor expired: True if it is confirmed
    already (a second completion of the same payment), with its status and time."""
    current = Booking.objects.filter(pk=booking.pk).values_list("status", "confirmed_at").first()
    if current is None or current[0] != Booking.Status.CONFIRMED:
        return False
    booking.status, booking.confirmed_at = current
    return True


def _announce_sale(booking: Booking, seat_ids: list[int]) -> None:
    """What a sale tells others: the member (the message, relayed after the commit), the
    seat maps (the version bump) and the waiting room's controller (B6)."""
    by_id = seating.screen_seats(booking.showtime.screen).by_id
    notifications.booking_confirmed(booking, labels=[by_id[pk].label for pk in seat_ids])
    versions.bump(booking.showtime_id, seat_ids)
    showtime_id = booking.showtime_id
    transaction.on_commit(lambda: waitingroom.booking_completed(showtime_id))


def _mark_confirmed(booking_id: int, now) -> bool:
    """HELD or EXPIRED → CONFIRMED, a conditional UPDATE (its row lock held until the
    commit); False if the booking was neither. Plain SQL built once (issue 17)."""
    with connection.cursor() as cursor:
        cursor.execute(_CONFIRM, [Booking.Status.CONFIRMED.value,
                                  connection.ops.adapt_datetimefield_value(now), booking_id,
                                  *(status.value for status in _CONFIRMABLE)])
        return cursor.rowcount == 1


_CONFIRM = (f"UPDATE {Booking._meta.db_table} SET status = %s, confirmed_at = %s "  # noqa: S608
            "WHERE id = %s AND status IN (%s, %s)")


def _sell_claims(booking_id: int) -> list[int]:
    """Every claim of the booking becomes a sale (no expiry); returns their seat IDs, read
    by the same statement (``RETURNING``: PostgreSQL, and SQLite from 3.35)."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {SeatClaim._meta.db_table} SET expires_at = NULL "  # noqa: S608
                       "WHERE booking_id = %s RETURNING seat_id", [booking_id])
        return [row[0] for row in cursor.fetchall()]
