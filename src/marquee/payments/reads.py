"""The payment return's reads, built once per process (issue 17): the member's payment
with what completing it needs (the ORM's statement, compiled once: ``marquee.compiled``),
the payment's status under its row lock and the booking's vouchers (plain SQL, the
statements the ORM issued)."""

from __future__ import annotations

from django.db import connection

from marquee.compiled import Compiled, for_update

from .models import Payment, Voucher

# A payment with what completing it needs, in one query: the booking (its status, its
# seat count), the film, screen and theatre (the confirmation message).
COMPLETION_RELATED = ("booking__showtime__movie", "booking__showtime__screen__theatre")

# Compiled once per thread (``marquee.compiled``: the ORM's statement, issue 17).
OWN_PAYMENT = Compiled(
    lambda payment_id, member_id, number: Payment.objects.select_related(*COMPLETION_RELATED)
    .filter(payment_id=payment_id, member_id=member_id, booking__number=number,
            booking__member_id=member_id),
    "\x00payment", -7_000_002, "\x00number")  # values no request can carry


def locked_status(payment_pk: int) -> str:
    """The payment's status under its row lock (plain SQL: issue 17)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT status FROM {Payment._meta.db_table} WHERE id = %s"  # noqa: S608
                       f"{for_update()}", [payment_pk])
        return cursor.fetchone()[0]


def voucher_values(booking_id: int) -> list[int]:
    """The values of the vouchers attached to the booking (plain SQL: issue 17)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {Voucher._meta.db_table} "  # noqa: S608
                       "WHERE booking_id = %s", [booking_id])
        return [row[0] for row in cursor.fetchall()]
