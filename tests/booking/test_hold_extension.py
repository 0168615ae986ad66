"""The warning before a seat hold runs out and its one extension (issue 19, WCAG 2.2.1
Timing Adjustable; B2 holds). The rule is the server's: once, only in the warning
window, capped, never for a member admitted by a waiting room (B6)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages

from marquee.booking import holds
from marquee.booking.models import Booking, SeatClaim
from marquee.booking.services import BookingError

from ..conftest import make_identity, sign_up
from .conftest import hold, make_showtime

pytestmark = pytest.mark.django_db

LOGIN = {"backend": "marquee.members.auth.MemberBackend"}


def in_window(booking: Booking):
    """A moment one minute before the hold runs out (inside the 2-minute window)."""
    return booking.held_until - timedelta(minutes=1)


def held_deadlines(booking: Booking) -> set:
    return set(SeatClaim.objects.filter(booking=booking).values_list("expires_at", flat=True))


def test_i19_b2_an_extension_in_the_window_moves_the_booking_and_its_seats(member, showtime,
                                                                         settings):
    booking = hold(member, showtime, "C5", "C6")
    before = booking.held_until
    now = in_window(booking)
    until = holds.extend_hold(booking, now=now)
    booking.refresh_from_db()
    assert until == before + timedelta(minutes=settings.MARQUEE_HOLD_EXTENSION_MINUTES)
    assert booking.held_until == until and booking.hold_extended_at == now
    assert held_deadlines(booking) == {until}


def test_i19_b2_a_hold_is_extended_once_only(member, showtime):
    booking = hold(member, showtime, "C5")
    holds.extend_hold(booking, now=in_window(booking))
    booking.refresh_from_db()
    with pytest.raises(BookingError, match="한 번만"):
        holds.extend_hold(booking, now=in_window(booking))
    assert not holds.can_extend(booking, now=in_window(booking))


def test_i19_b2_no_extension_before_the_warning_window(member, showtime):
    booking = hold(member, showtime, "C5")
    early = booking.held_until - timedelta(minutes=5)
    assert not holds.can_extend(booking, now=early)
    with pytest.raises(BookingError, match="이하일 때"):
        holds.extend_hold(booking, now=early)
    booking.refresh_from_db()
    assert booking.hold_extended_at is None


def test_i19_b2_an_expired_hold_cannot_be_extended(member, showtime):
    booking = hold(member, showtime, "C5")
    with pytest.raises(BookingError, match="이미 지났습니다"):
        holds.extend_hold(booking, now=booking.held_until + timedelta(seconds=1))


def test_i19_b6_a_member_admitted_by_a_waiting_room_cannot_extend(member, showtime):
    booking = hold(member, showtime, "C5")
    with pytest.raises(BookingError, match="대기열"):
        holds.extend_hold(booking, admitted_by_waiting_room=True, now=in_window(booking))
    booking.refresh_from_db()
    assert booking.hold_extended_at is None


def test_i19_b2_the_extension_is_capped_by_the_showtime_start(member):
    showtime = make_showtime(starts_in=timedelta(minutes=30))
    booking = hold(member, showtime, "C5")
    now = showtime.starts_at - timedelta(minutes=2)
    booking.held_until = now + timedelta(minutes=1)  # as if the hold ends just before
    booking.save(update_fields=["held_until"])
    assert holds.extend_hold(booking, now=now) == showtime.starts_at


def test_i19_b2_a_crash_half_way_leaves_neither_the_booking_nor_the_seats_moved(
        member, showtime, monkeypatch):
    booking = hold(member, showtime, "C5", "C6")
    before = booking.held_until

    def crash(*args):
        raise RuntimeError("crash after the booking row was updated")

    monkeypatch.setattr(holds, "_move_claims", crash)
    with pytest.raises(RuntimeError):
        holds.extend_hold(booking, now=in_window(booking))
    booking.refresh_from_db()
    assert booking.held_until == before and booking.hold_extended_at is None
    assert held_deadlines(booking) == {before}


def test_i19_the_extend_endpoint_extends_and_says_so(client, member, showtime, settings):
    settings.MARQUEE_HOLD_WARNING_MINUTES = 15  # the whole 10-minute hold is in the window
    booking = hold(member, showtime, "C5")
    client.force_login(member, **LOGIN)
    response = client.post(f"/booking/bookings/{booking.number}/extend/")
    assert response.status_code == 302 and response.url.endswith("/checkout/")
    booking.refresh_from_db()
    assert booking.hold_extended_at is not None
    assert any("연장했습니다" in str(m) for m in get_messages(response.wsgi_request))
    again = client.post(f"/booking/bookings/{booking.number}/extend/", follow=True)
    assert "한 번만 연장할 수 있습니다" in again.content.decode()


def test_i19_the_extend_endpoint_is_post_only_and_the_owners_alone(client, member, showtime):
    booking = hold(member, showtime, "C5")
    other = sign_up(identity=make_identity(name="김다른", mobile="010-3030-4040"), login_id="other")
    client.force_login(other, **LOGIN)
    assert client.post(f"/booking/bookings/{booking.number}/extend/").status_code == 404
    client.force_login(member, **LOGIN)
    assert client.get(f"/booking/bookings/{booking.number}/extend/").status_code == 405


def test_i19_checkout_carries_the_warning_dialog_and_its_live_region(client, member, showtime):
    booking = hold(member, showtime, "C5")
    client.force_login(member, **LOGIN)
    html = client.get(f"/booking/bookings/{booking.number}/checkout/").content.decode()
    assert 'id="hold-live" role="status" aria-live="polite"' in html
    assert '<dialog id="hold-warning"' in html and 'aria-labelledby="hold-warning-title"' in html
    assert f'action="/booking/bookings/{booking.number}/extend/"' in html
    inline = re.findall(r"<script nonce=[^>]*>(.*?)</script>", html, re.S)
    assert "booking/hold-timer" in html and not any("hold" in s for s in inline)  # static file
    holds.extend_hold(booking, now=in_window(booking))
    html = client.get(f"/booking/bookings/{booking.number}/checkout/").content.decode()
    assert 'id="hold-extend"' not in html and "이미 한 번 연장했습니다" in html


def test_i19_a_return_to_the_seat_map_with_a_live_hold_carries_the_warning(client, member,
                                                                          showtime):
    client.force_login(member, **LOGIN)
    assert 'id="hold-warning"' not in client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    booking = hold(member, showtime, "C5")
    html = client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    assert '<dialog id="hold-warning"' in html and "booking/hold-timer" in html
    assert f'action="/booking/bookings/{booking.number}/extend/"' in html
    # The 5-second refresh of the map carries no warning of its own.
    partial = client.get(f"/booking/showtimes/{showtime.pk}/", HTTP_HX_REQUEST="true")
    assert 'id="hold-warning"' not in partial.content.decode()
