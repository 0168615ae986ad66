"""The hold's reads as plain parametrised SQL, their text built once per process (issue 17).

A hold runs four reads before it writes: the claims on the picked seats (the pre-check
that answers most refusals), the member's row lock and holds (B7's cap), and, for a
refusal, every seat taken by others. Each is one fixed statement whose only variables
are IDs and a time; Django's ORM built its SQL again on every call (the joins, the
exclusion, the column list), several times the CPU of running it. The statements here
are the same ones the ORM issued, with the same tables and conditions; nothing about
correctness moves here: the unique constraint on (showtime, seat) still decides every
seat, and the member's row lock still orders two holds of one member (B7).
"""

from __future__ import annotations

from functools import cache

from django.db import connection

from marquee.compiled import for_update

from .models import Booking, SeatClaim

HELD = Booking.Status.HELD.value
_CLAIMS = SeatClaim._meta.db_table
_BOOKINGS = Booking._meta.db_table


def _now(now):
    return connection.ops.adapt_datetimefield_value(now)


@cache
def _others_on_seats(count: int) -> str:
    # ``live``: the claim holds its seat at ``now`` (sold, or a hold not yet lapsed).
    marks = ", ".join(["%s"] * count)
    return (f"SELECT c.seat_id, (c.expires_at IS NULL OR c.expires_at > %s) "  # noqa: S608
            f"FROM {_CLAIMS} c INNER JOIN {_BOOKINGS} b ON c.booking_id = b.id "
            f"WHERE c.showtime_id = %s AND c.seat_id IN ({marks}) "
            "AND NOT (b.member_id = %s AND b.status = %s)")


def claims_by_others(member_id: int, showtime_id: int, seat_ids: list[int], now) -> dict[int, bool]:
    """``{seat ID: live}`` of the claims on ``seat_ids``, live or lapsed at ``now``, but for
    the member's own current hold (which a new hold replaces)."""
    with connection.cursor() as cursor:
        cursor.execute(_others_on_seats(len(seat_ids)),
                       [_now(now), showtime_id, *seat_ids, member_id, HELD])
        return {seat: bool(live) for seat, live in cursor.fetchall()}


_TAKEN = (f"SELECT c.seat_id FROM {_CLAIMS} c "  # noqa: S608 - model tables
          f"INNER JOIN {_BOOKINGS} b ON c.booking_id = b.id "
          "WHERE c.showtime_id = %s AND (c.expires_at IS NULL OR c.expires_at > %s) "
          "AND NOT (b.member_id = %s AND b.status = %s)")


def taken_by_others(member_id: int, showtime_id: int, now) -> set[int]:
    """Seat IDs held or sold at ``now`` by anyone but the member's own current hold."""
    with connection.cursor() as cursor:
        cursor.execute(_TAKEN, [showtime_id, _now(now), member_id, HELD])
        return {row[0] for row in cursor.fetchall()}


_LIVE = (f"SELECT c.seat_id, c.expires_at IS NULL, b.member_id, b.status "  # noqa: S608
         f"FROM {_CLAIMS} c INNER JOIN {_BOOKINGS} b ON c.booking_id = b.id "
         "WHERE c.showtime_id = %s AND (c.expires_at IS NULL OR c.expires_at > %s)")


def live_claims(showtime_id: int, now) -> list[tuple[int, bool, int, str]]:
    """``(seat ID, sold, member ID, booking status)`` of every claim of the showtime that
    holds its seat at ``now`` (the seat map's states, ``selectors.public_states``)."""
    with connection.cursor() as cursor:
        cursor.execute(_LIVE, [showtime_id, _now(now)])
        return [(seat, bool(sold), member, status) for seat, sold, member, status
                in cursor.fetchall()]


_HOLDS = (f"SELECT id, showtime_id, held_until > %s FROM {_BOOKINGS} "  # noqa: S608
          "WHERE member_id = %s AND status = %s AND (showtime_id = %s OR held_until > %s)")


def lock_member_and_read_holds(member, showtime_id: int, now) -> list[tuple[int, int, bool]]:
    """Inside the hold's transaction: lock the member's row, then read their holds in
    this showtime (live or lapsed) and their live holds elsewhere, as ``(booking ID,
    showtime ID, live)``. Two statements, in this order: the holds are read after the
    lock is granted, so a parallel hold of the same member that committed meanwhile is
    seen (PostgreSQL's READ COMMITTED takes each statement's snapshot when it starts)."""
    stamp = _now(now)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {member._meta.db_table} WHERE id = %s"  # noqa: S608
                       f"{for_update()}", [member.pk])
        cursor.fetchall()
        cursor.execute(_HOLDS, [stamp, member.pk, HELD, showtime_id, stamp])
        return [(pk, showtime, bool(live)) for pk, showtime, live in cursor.fetchall()]
