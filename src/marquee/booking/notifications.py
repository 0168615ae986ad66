"""Booking messages (issue 15, B4, B5): a confirmation when a booking is paid and a
notice when it is cancelled, with the refund, stored in the outbox and relayed by SMS.

They carry the booking number, the film, the time, the theatre and the seats, and
nothing more personal: no name, no phone number, no payment details. They are service
messages of the booking contract, not advertising, so they need no marketing consent.
"""

from __future__ import annotations

from django.utils import timezone

from marquee.formatting import format_won
from marquee.outbox import services as outbox

from .models import Booking

WEEKDAYS = "월화수목금토일"


def _when(booking: Booking) -> str:
    start = timezone.localtime(booking.showtime.starts_at)
    return f"{start.month}/{start.day}({WEEKDAYS[start.weekday()]}) {start:%H:%M}"


def _what(booking: Booking, labels=None) -> str:
    """``labels``: the booking's seats when the caller has them already."""
    showtime = booking.showtime
    if labels is None:
        labels = [c.seat.label for c in booking.claims.select_related("seat")]
    seats = ", ".join(sorted(labels))
    where = f"{showtime.screen.theatre.name} {showtime.screen.name}"
    return f"{showtime.movie.title} {_when(booking)} {where}" + (f" {seats}" if seats else "")


def _send(booking: Booking, kind: str, body: str, *, deliver_now: bool = True) -> None:
    member = booking.member
    if not member.mobile:
        return
    outbox.queue(data_key=member.data_key, channel="sms", kind=kind,
                 recipient=member.mobile, body=body, deliver_now=deliver_now)


def booking_confirmed(booking: Booking, labels=None) -> None:
    """Queued with the sale, in its transaction, and sent by the relay's next run (every
    minute, ``docs/outbox.md``), not by a first attempt in the payment return: the member
    sees the ticket on the page the return redirects to, and the SMS need not hold that
    answer up (issue 17: the attempt was three statements and a decryption per sale)."""
    _send(booking, "booking_confirmed",
          f"[마키시네마] 예매 완료 (예매번호 {booking.number})\n{_what(booking, labels)}",
          deliver_now=False)


def booking_cancelled(booking: Booking, refunded: int) -> None:
    refund = f"환불 {format_won(refunded)}" if refunded else "환불 금액 없음"
    _send(booking, "booking_cancelled",
          f"[마키시네마] 예매 취소 (예매번호 {booking.number})\n{_what(booking)}\n{refund}")
