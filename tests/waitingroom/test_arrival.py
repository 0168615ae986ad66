"""Arrivals answered before Django (B6, issue 17): a member whose seat map is gated gets
their queue ticket from the fast path, identified by the signed, session-bound queue
identity a page they had open handed out (``identity.py``). Forged, tampered, expired
or another session's identities, a pass, no gate: left to Django. One ticket per
member; tickets in arrival order, also when members arrive at the same moment."""

from __future__ import annotations

import json
import threading
import time

import pytest
from django.conf import settings
from django.core import signing
from django.test import RequestFactory

from marquee.waitingroom import api, fastpath, gates, identity, store
from tests.booking.conftest import make_showtime
from tests.conftest import make_identity, sign_up

from .test_fastpath import BACKEND, Django, call, header

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("redis_gate")]
SESSION = settings.SESSION_COOKIE_NAME


def arrive(showtime_id: int, cookies: dict, headers: dict | None = None):
    """One seat-map request through the fast path: (status, headers, body, reached Django)."""
    django = Django()
    status, response_headers, body = call(fastpath.QueueFastPath(django),
                                          f"/api/showtimes/{showtime_id}/seats", cookies, headers)
    return status, response_headers, body, bool(django.environs)


def cookies_of(member_pk: int, session_key: str) -> dict:
    return {SESSION: session_key, identity.COOKIE: identity.issue(member_pk, session_key)}


def test_b6_a_page_the_member_has_open_hands_out_the_queue_identity(client, member):
    showtime = make_showtime()
    client.force_login(member, backend=BACKEND)
    response = client.get(f"/api/showtimes/{showtime.pk}/seats")
    assert response.status_code == 200
    cookie = response.cookies[identity.COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    session_key = client.session.session_key
    assert identity.member_of(cookie.value, session_key) == member.pk
    assert identity.member_of(cookie.value, "another-session") is None
    again = client.get(f"/api/showtimes/{showtime.pk}/seats")  # still good: not re-sent
    assert identity.COOKIE not in again.cookies
    page = client.get(f"/booking/showtimes/{showtime.pk}/")
    assert page.status_code == 200
    anonymous = client.__class__().get(f"/api/showtimes/{showtime.pk}/seats")
    assert identity.COOKIE not in anonymous.cookies


def test_b6_the_fast_path_answers_the_arrival_as_django_does(client, member):
    rival = sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"), login_id="rival")
    showtime = make_showtime()
    gate = gates.open_gate([showtime.pk], rate=1)
    client.force_login(rival, backend=BACKEND)
    django_answer = client.get(f"/api/showtimes/{showtime.pk}/seats")  # Django's 409
    client.force_login(member, backend=BACKEND)
    session_key = client.session.session_key
    status, headers, body, reached = arrive(showtime.pk, cookies_of(member.pk, session_key))
    assert (status, reached) == (409, False)
    ours, theirs = json.loads(body), django_answer.json()
    assert gates.ticket_claims(ours["ticket"], gate, session_key) == (member.pk, 2)
    for answer in (ours, theirs):
        for key in ("ticket", "number", "position", "wait_seconds", "poll_seconds"):
            answer.pop(key)
    assert ours == theirs and ours["code"] == "waiting_room"
    assert header(headers, "Retry-After") and header(headers, "X-Frame-Options") == "DENY"
    assert "Cookie" in header(headers, "Vary")
    # The ticket is the queue's: its polls are answered by the fast path from here on.
    django = Django()
    status, _h, poll = call(fastpath.QueueFastPath(django), f"/queue/{gate}/status",
                            {SESSION: session_key}, {"Accept": "application/json",
                                                     "X-Marquee-Ticket": json.loads(body)["ticket"]})
    assert (status, django.environs) == (200, []) and json.loads(poll)["number"] == 2


def test_b6_identities_it_cannot_trust_go_to_django(monkeypatch):
    gate = gates.open_gate([601], rate=1)
    session_key = "the-members-session"
    claims = {"m": 42, "s": gates.session_tag(session_key)}
    good = identity.issue(42, session_key)
    old = time.time() - identity.lifetime() - 60
    with monkeypatch.context() as past:
        past.setattr(time, "time", lambda: old)
        expired = identity.issue(42, session_key)
    refused = {
        "forged": signing.dumps(claims, salt=identity.SALT, key="not-the-secret-key"),
        "tampered": good[:-2] + ("xy" if not good.endswith("xy") else "yz"),
        "expired": expired,
        "another session's": identity.issue(42, "someone-elses-session"),
        "a ticket, not an identity": gates.join(gate, 42, session_key).token,
        "a pass, not an identity": gates.issue_pass(gate, 42, 1),
        "no identity": "",
    }
    for reason, token in refused.items():
        status, _h, body, reached = arrive(601, {SESSION: session_key, identity.COOKIE: token})
        assert (status, body, reached) == (599, b"django", True), reason
    assert arrive(601, {identity.COOKIE: good})[3], "no session cookie"
    assert arrive(602, {SESSION: session_key, identity.COOKIE: good})[3], "no gate there"
    # A member with a valid pass is admitted: Django serves (and checks) the seat map.
    with_pass = {SESSION: session_key, identity.COOKIE: good,
                 api.cookie_name(gate): gates.issue_pass(gate, 42, 1)}
    assert arrive(601, with_pass)[3]
    assert arrive(601, {SESSION: session_key, identity.COOKIE: good},
                  {"X-Marquee-Pass": gates.issue_pass(gate, 42, 1)})[3]
    assert not arrive(601, {SESSION: session_key, identity.COOKIE: good})[3]  # the control


def test_b6_an_ungated_seat_map_is_django_s_with_the_gate_already_looked_up(client, member):
    """The fast path looked the gate up (and counted the demand): Django does not ask
    Redis again, and serves the map."""
    showtime = make_showtime()
    client.force_login(member, backend=BACKEND)
    session_key = client.session.session_key
    django = Django()
    call(fastpath.QueueFastPath(django), f"/api/showtimes/{showtime.pk}/seats",
         cookies_of(member.pk, session_key))
    assert django.environs[0][api.GATE_KEY] == ""
    request = RequestFactory().get("/", **{api.GATE_KEY: ""})
    request.user, request.COOKIES = member, {}
    gates.open_gate([showtime.pk], rate=1)  # opened since: the lookup passed on decides
    assert api.must_queue(request, showtime.pk) is None
    del request.META[api.GATE_KEY]
    assert api.must_queue(request, showtime.pk) == f"s{showtime.pk}"


def test_b6_one_ticket_per_member_whichever_way_they_arrive(client, member):
    showtime = make_showtime()
    gate = gates.open_gate([showtime.pk], rate=1)
    client.force_login(member, backend=BACKEND)
    session_key = client.session.session_key
    numbers = {json.loads(arrive(showtime.pk, cookies_of(member.pk, session_key))[2])["number"]
               for _ in range(3)}
    numbers.add(client.get(f"/api/showtimes/{showtime.pk}/seats").json()["number"])  # Django
    assert numbers == {1}
    assert store.client().hlen(store.key("tickets", gate)) == 1


def test_b6_tickets_follow_arrival_order_also_for_simultaneous_arrivals():
    gates.open_gate([603], rate=1)
    in_turn = [json.loads(arrive(603, cookies_of(100 + i, f"session-{i}"))[2])["number"]
               for i in range(5)]
    assert in_turn == [1, 2, 3, 4, 5]
    # Thirty members at the same instant: one ticket each, no number twice, none lost.
    barrier = threading.Barrier(30)
    numbers = {}

    def one(i):
        cookies = cookies_of(200 + i, f"together-{i}")
        barrier.wait(timeout=10)
        numbers[i] = json.loads(arrive(603, cookies)[2])["number"]

    threads = [threading.Thread(target=one, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(numbers.values()) == list(range(6, 36))
