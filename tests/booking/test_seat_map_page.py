"""The seat map page (issue 19): a return to the map with a live hold shows its seats
ticked and its people counted, and a refused hold comes back as a focusable error."""

from __future__ import annotations

import re

import pytest

from .conftest import hold

pytestmark = pytest.mark.django_db


def ticket_value(html: str, ticket_type: str) -> str:
    return re.search(rf'id="id_tickets_{ticket_type}"[^>]*value="(\d+)"', html, re.S).group(1)


def test_i19_b2_returning_to_the_map_with_a_live_hold_counts_its_people(client, member, showtime):
    hold(member, showtime, "C5", "C6", tickets={"adult": 1, "youth": 1})
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    html = client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    assert re.search(r'id="seat-C5"[^>]*checked', html)
    assert ticket_value(html, "adult") == "1" and ticket_value(html, "youth") == "1"


def test_i19_a_map_without_a_hold_counts_nobody(client, member, showtime):
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    html = client.get(f"/booking/showtimes/{showtime.pk}/").content.decode()
    assert ticket_value(html, "adult") == "0"


def test_i19_a_refused_hold_is_an_error_summary_with_the_counts_kept(client, member, showtime):
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    response = client.post(f"/booking/showtimes/{showtime.pk}/hold/",
                           {"seat": ["C5"], "tickets_adult": "2"})
    html = response.content.decode()
    assert response.status_code == 400
    assert re.search(r'id="booking-error" data-error-summary>', html)
    assert ticket_value(html, "adult") == "2"


HTMX = {"HTTP_HX_REQUEST": "true"}


def test_i19_an_unchanged_map_is_not_sent_again_to_the_poll(client, member, rival, showtime):
    """The poll sends back the version its map showed: 204 (htmx does not swap) while it
    is current, the new map with its new version once a seat changed."""
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    url = f"/booking/showtimes/{showtime.pk}/"
    first = client.get(url, **HTMX)
    assert first.status_code == 200 and "X-Seat-Map-Version" in first["Vary"]
    version = re.search(r'hx-headers=\'\{"X-Seat-Map-Version": "([^"]+)"\}\'',
                        first.content.decode()).group(1)
    same = client.get(url, **HTMX, HTTP_X_SEAT_MAP_VERSION=version)
    assert same.status_code == 204 and same.content == b""
    hold(rival, showtime, "C5")
    changed = client.get(url, **HTMX, HTTP_X_SEAT_MAP_VERSION=version)
    assert changed.status_code == 200
    html = changed.content.decode()
    assert re.search(r'id="seat-C5"[^>]*disabled', html)
    assert f'"X-Seat-Map-Version": "{version}"' not in html
    # Another member's view of the same map is another version (their own seats differ).
    client.force_login(rival, backend="marquee.members.auth.MemberBackend")
    assert client.get(url, **HTMX, HTTP_X_SEAT_MAP_VERSION=version).status_code == 200


def test_i19_the_tickets_payment_table_has_column_and_row_headers(client, member, showtime):
    """issue 19: the ticket's payment table had no header cells (WCAG 1.3.1); each
    seat's row is named by its seat and ticket type, each column by what it holds."""
    from marquee.booking import services

    booking = hold(member, showtime, "C5", "C6", tickets={"adult": 1, "youth": 1})
    assert services.confirm(booking)
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    html = client.get(f"/booking/bookings/{booking.number}/ticket/").content.decode()
    table = re.search(r"<table\b.*?</table>", html, re.S).group(0)
    assert re.findall(r'<th scope="col">([^<]+)</th>', table) == ["좌석 · 권종", "금액"]
    rows = re.findall(r'<th scope="row">([^<]+)</th>', table)
    assert "합계" in rows and {r.split(" · ")[0] for r in rows if " · " in r} == {"C5", "C6"}
    assert "<td" in table and not re.search(r"<tr>\s*<td", table)  # every row has its header
