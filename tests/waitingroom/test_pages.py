"""The waiting room over HTTP (B6): skipping the queue is refused on the seat map and
the hold (page: redirect to the queue; API: 409 JSON), the queue page and its poll, the
pass that then opens the seat map, and the staff page."""

from __future__ import annotations

import json

import pytest

from marquee.waitingroom import api, gates, store
from tests.booking.conftest import make_showtime
from tests.conftest import create_staff, otp_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("redis_gate")]
BACKEND = "marquee.members.auth.MemberBackend"


@pytest.fixture
def gated(db):
    showtime = make_showtime()
    return showtime, gates.open_gate([showtime.pk], rate=100)


def test_b6_skipping_the_queue_to_the_seat_map_page_redirects_to_the_queue(client, member, gated):
    showtime, gate = gated
    client.force_login(member, backend=BACKEND)
    response = client.get(f"/booking/showtimes/{showtime.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/queue/{gate}/?next=%2Fbooking%2Fshowtimes%2F{showtime.pk}%2F"
    hold = client.post(f"/booking/showtimes/{showtime.pk}/hold/", {"seat": ["C5"],
                                                                   "tickets_adult": "1"})
    assert hold.status_code == 302 and hold["Location"].startswith(f"/queue/{gate}/")
    htmx = client.get(f"/booking/showtimes/{showtime.pk}/", headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"].startswith(f"/queue/{gate}/")


def test_b6_skipping_the_queue_in_the_api_is_a_409_that_says_where_to_queue(client, member, gated):
    showtime, gate = gated
    client.force_login(member, backend=BACKEND)
    response = client.get(f"/api/showtimes/{showtime.pk}/seats")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "waiting_room" and body["queue"] == f"/queue/{gate}/"
    # A signed-in caller has joined already: their ticket and when to poll come with it.
    assert body["number"] == 1 and int(response["Retry-After"]) == body["poll_seconds"]
    assert gates.join(gate, member.pk).seq == 1
    hold = client.post(f"/api/showtimes/{showtime.pk}/holds", json.dumps(
        {"seats": ["C5"], "tickets": {"adult": 1}}), content_type="application/json")
    assert hold.status_code == 409 and hold.json()["code"] == "waiting_room"
    anonymous = client.__class__().get(f"/api/showtimes/{showtime.pk}/seats")
    assert anonymous.status_code == 409


def test_b6_a_forged_or_someone_elses_pass_does_not_open_the_seat_map(client, member, gated):
    showtime, gate = gated
    client.force_login(member, backend=BACKEND)
    other = gates.issue_pass(gate, member.pk + 1000, 1)
    for token in (other, "forged:token", other[:-3] + "abc"):
        client.cookies[api.cookie_name(gate)] = token
        assert client.get(f"/api/showtimes/{showtime.pk}/seats").status_code == 409
        assert client.get(f"/api/showtimes/{showtime.pk}/seats",
                          headers={"X-Marquee-Pass": token}).status_code == 409


def test_b6_waiting_then_admitted_the_pass_opens_seat_map_and_hold(client, member, gated,
                                                                   monkeypatch):
    showtime, gate = gated
    client.force_login(member, backend=BACKEND)
    # The clock is the test's: the page is served the instant the gate opened (nothing
    # admitted yet), the poll 50 ms later (100/s admits one). On the wall clock a fast
    # machine served both within 10 ms of the opening, and the poll found no pass.
    opened, wall_clock = float(store.client().hget(store.key("gate", gate), "last")), store.now
    monkeypatch.setattr(store, "now", lambda: opened)
    page = client.get(f"/queue/{gate}/?next=/booking/showtimes/{showtime.pk}/")
    assert page.status_code == 200 and "접속 대기 중" in page.content.decode()
    monkeypatch.setattr(store, "now", lambda: opened + 0.05)
    status = client.get(f"/queue/{gate}/status?next=/booking/showtimes/{showtime.pk}/",
                        headers={"Accept": "application/json"})
    assert status.status_code == 200 and status.json()["admitted"] is True
    monkeypatch.setattr(store, "now", wall_clock)
    token = client.cookies[api.cookie_name(gate)].value
    assert gates.pass_valid(token, gate, member.pk)
    assert client.get(f"/booking/showtimes/{showtime.pk}/").status_code == 200
    assert client.get(f"/api/showtimes/{showtime.pk}/seats").status_code == 200
    hold = client.post(f"/api/showtimes/{showtime.pk}/holds", json.dumps(
        {"seats": ["C5"], "tickets": {"adult": 1}}), content_type="application/json")
    assert hold.status_code == 201
    assert list(store.client().scan_iter(match=store.key("m", "hold", gate, "*")))


def test_b6_a_waiting_member_polls_a_small_answer_with_retry_after(client, member, db):
    showtime = make_showtime()
    gate = gates.open_gate([showtime.pk], rate=1)
    for early in range(1, 31):
        gates.join(gate, 10_000 + early)  # thirty members arrived first
    client.force_login(member, backend=BACKEND)
    response = client.get(f"/queue/{gate}/status", headers={"Accept": "application/json"})
    body = response.json()
    assert response.status_code == 200 and body["admitted"] is False
    assert 29 <= body["position"] <= 31 and body["wait_seconds"] >= 29
    assert int(response["Retry-After"]) == body["poll_seconds"] >= 9
    again = client.get(f"/queue/{gate}/status", headers={"Accept": "application/json"}).json()
    assert again["number"] == body["number"]  # one ticket per member
    fragment = client.get(f"/queue/{gate}/status", headers={"HX-Request": "true"})
    assert 'hx-trigger="load delay:' in fragment.content.decode()
    assert "15분 안에" in fragment.content.decode()  # the pass's time box (900 s)
    assert len(fragment.content) < 1200


def test_b6_the_gate_off_lets_everyone_through(client, member, gated):
    showtime, gate = gated
    gates.close_gate(gate)
    client.force_login(member, backend=BACKEND)
    assert client.get(f"/api/showtimes/{showtime.pk}/seats").status_code == 200


def test_b6_staff_switch_a_gate_on_and_off_and_see_its_queue(client, db):
    showtime = make_showtime()
    otp_session(client, create_staff("cinema_manager"))
    assert 'id="waitingroom-link"' in client.get("/admin/").content.decode()
    response = client.post("/queue/staff/", {"action": "open", "showtimes": str(showtime.pk),
                                             "rate": "12"})
    assert response.status_code == 302
    gate = gates.gate_for(showtime.pk)
    gates.join(gate, 1)
    html = client.get("/queue/staff/").content.decode()
    assert gate in html and "12.0" in html
    assert client.post("/queue/staff/", {"action": "open", "showtimes": "x"}).status_code == 400
    client.post("/queue/staff/", {"action": "close", "gate": gate})
    assert gates.gate_for(showtime.pk) is None


def test_b6_staff_page_says_the_gate_needs_redis(client, db, settings):
    settings.MARQUEE_REDIS_URL = ""
    otp_session(client, create_staff("cinema_manager"))
    html = client.get("/queue/staff/").content.decode()
    assert 'id="waitingroom-unavailable"' in html and "<code>MARQUEE_REDIS_URL</code>" in html


def test_b6_members_outside_the_staff_role_cannot_open_gates(client, member):
    client.force_login(member, backend=BACKEND)
    response = client.post("/queue/staff/", {"action": "open", "showtimes": "1", "rate": "5"})
    assert response.status_code in (302, 403)
    assert gates.gate_for(1) is None


def test_b6_a_hold_made_behind_a_gate_cannot_be_extended(client, member, settings):
    """The checkout's one extension (WCAG 2.2.1) is refused while a waiting room gates
    the showtime: the seats are owed to the next person in the queue."""
    from tests.booking.conftest import hold

    settings.MARQUEE_HOLD_WARNING_MINUTES = 15  # the whole 10-minute hold is in the window
    showtime = make_showtime()
    booking = hold(member, showtime, "C5")
    gates.open_gate([showtime.pk], rate=100)
    client.force_login(member, backend=BACKEND)
    response = client.post(f"/booking/bookings/{booking.number}/extend/", follow=True)
    assert "대기열" in response.content.decode()
    booking.refresh_from_db()
    assert booking.hold_extended_at is None
