"""The one extension a seat hold may get (issue 19; WCAG 2.2.1 Timing Adjustable).

The checkout warns ``MARQUEE_HOLD_WARNING_MINUTES`` before a hold runs out and offers
to extend it. The rule is kept here, on the server, whatever the page does:

* only a live hold (status HELD, deadline not yet passed) can be extended;
* once per booking (``Booking.hold_extended_at``), and only in the warning window (the
  last ``MARQUEE_HOLD_WARNING_MINUTES``), so the extension cannot be used to hold seats
  for longer by asking early;
* by ``MARQUEE_HOLD_EXTENSION_MINUTES``, capped so the new deadline is never more than
  one full hold (``MARQUEE_HOLD_MINUTES``) from now, and never past the showtime's start;
* not when the member was admitted through a waiting room: there the seats are owed to
  the next person in the queue, so the caller passes ``admitted_by_waiting_room=True``.

The booking row and its seat claims move together in one transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Booking, SeatClaim
from .services import BookingError


def warning_seconds() -> int:
    return settings.MARQUEE_HOLD_WARNING_MINUTES * 60


def extension_minutes() -> int:
    return settings.MARQUEE_HOLD_EXTENSION_MINUTES


def warning_context(booking: Booking) -> dict:
    """What ``booking/_hold_warning.html`` needs (the checkout and the seat map)."""
    return {"booking": booking, "warn_seconds": warning_seconds(),
            "remaining": max(0, int((booking.held_until - timezone.now()).total_seconds())),
            "extendable": booking.hold_extended_at is None,
            "extension_minutes": extension_minutes()}


def live_hold(member, showtime) -> Booking | None:
    """The member's live hold on this showtime, if any (at most one: ``hold_seats``)."""
    return Booking.objects.filter(member=member, showtime=showtime, status=Booking.Status.HELD,
                                  held_until__gt=timezone.now()).first()


def can_extend(booking: Booking, now: datetime | None = None) -> bool:
    """Whether the page should offer the extension (the POST decides again)."""
    now = now or timezone.now()
    return (booking.status == Booking.Status.HELD and booking.held_until > now
            and booking.hold_extended_at is None and _in_window(booking, now)
            and _new_deadline(booking, now) > booking.held_until)


def _in_window(booking: Booking, now: datetime) -> bool:
    return booking.held_until - now <= timedelta(seconds=warning_seconds())


def _new_deadline(booking: Booking, now: datetime) -> datetime:
    wanted = booking.held_until + timedelta(minutes=extension_minutes())
    cap = min(now + timedelta(minutes=settings.MARQUEE_HOLD_MINUTES), booking.showtime.starts_at)
    return min(wanted, cap)


def extend_hold(booking: Booking, *, admitted_by_waiting_room: bool = False,
                now: datetime | None = None) -> datetime:
    """Extend the hold once; returns the new deadline or raises BookingError."""
    if admitted_by_waiting_room:
        raise BookingError("대기열을 거쳐 선택한 좌석은 선점 시간을 연장할 수 없습니다.")
    now = now or timezone.now()
    with transaction.atomic():
        locked = Booking.objects.select_for_update().select_related("showtime").get(pk=booking.pk)
        if locked.status != Booking.Status.HELD or locked.held_until <= now:
            raise BookingError("좌석 선점 시간이 이미 지났습니다. 좌석을 다시 선택해 주세요.")
        if locked.hold_extended_at is not None:
            raise BookingError("선점 시간은 한 번만 연장할 수 있습니다.")
        if not _in_window(locked, now):
            raise BookingError(f"선점 시간은 남은 시간이 {settings.MARQUEE_HOLD_WARNING_MINUTES}분 "
                               "이하일 때 연장할 수 있습니다.")
        until = _new_deadline(locked, now)
        if until <= locked.held_until:
            raise BookingError("상영 시작이 가까워 선점 시간을 더 연장할 수 없습니다.")
        Booking.objects.filter(pk=locked.pk).update(held_until=until, hold_extended_at=now)
        _move_claims(locked, until)
    booking.held_until, booking.hold_extended_at = until, now
    return until


def _move_claims(booking: Booking, until: datetime) -> None:
    """The held seats follow the booking's new deadline (sold seats have none)."""
    SeatClaim.objects.filter(booking_id=booking.pk, expires_at__isnull=False).update(
        expires_at=until)
