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
