"""Queries per step of the opening-day rush's hot path (issue 17, B2, B4, P1.2), pinned so
that a change adding a query to a step every buyer takes fails here rather than in a
benchmark weeks later.

The flow is the benchmark's (bench/booking_rush.py): seat map, hold, payment start, the
sandbox PG window, the return. Each signed-in request costs the session and the member
(with their data key, in one query); the access record (P1.2) costs nothing in the
request once it goes through the batched spool.
"""

from __future__ import annotations

import json
import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marquee.booking.models import Booking, SeatMapVersion
from marquee.members import access_spool
from marquee.members.models import AccessRecord

CARD = "4242424242424242"
# Most queries each step may take (SQLite and PostgreSQL alike; savepoints count).
# A hold also bumps the showtime's seat-map version and records the changed seats (two
# statements; the version row itself exists after the showtime's first change), and so does
# the confirmation on the return (the same two). The hold reads the member's holds once
# (the cap and the hold it replaces) and answers with the seats it inserted, without
# reading them back; the confirmation's UPDATE returns the seat IDs the message and the
# version bump need; the return looks the payment up once, for the booking, and reports
# the booking's status from the confirmation, without reading it again; a payment with no
# voucher spends none (no voucher UPDATE: 25 -> 24, issue 17).
# Then (issue 17, branch rushapp) the return reads the member's payment with its booking,
# film, screen and theatre in one query (no separate booking read), locks the payment by
# its status alone, confirms the booking by a conditional UPDATE (no locking read of it),
# takes no savepoint of its own for a payment without vouchers nor for the message's
# queuing, and leaves the SMS to the relay: 24 -> 18 (and no 3 statements after the
# commit). The sandbox PG window pays by one UPDATE of the PG's ledger and reads the
# return URL stored with it: 8 -> 4 (the session and the member are two of them).
# Then (issue 17, branch rushhold) the hold reads the lapsed claims on its seats with the
# live ones (no DELETE unless it saw one: 12 -> 11), the confirmation is not rate-limited
# (no lock of the data key, no count of the hour's messages: 18 -> 16), and on PostgreSQL
# the version bump and the changed seats are one statement (one less again on both).
LIMITS = {"seat_map": 3, "hold": 11, "payment": 10, "sandbox_window": 4, "payment_return": 16}
# The benchmark's flow since issue 17's "fewer requests per sale": the hold starts the card
# payment (``"pay": "card"``) in the same request and transaction. 16, not 12 + 10: no
# second session and member, and a booking the transaction has just made needs no row
# lock, no replaced payment and no released vouchers (``payments.services.start_for_hold``):
# the payment and the PG's record are two INSERTs (the hold's own transaction becomes a
# savepoint inside the outer one: two statements more). Since branch rushhold the payment
# starts inside the hold's own transaction (``booking.holdhook``: no savepoint), and with
# the hold's and the return's cuts above: 16 -> 13.
SHORT_LIMITS = {"seat_map": 3, "hold_and_pay": 13, "sandbox_window": 4, "payment_return": 16}
BUMPS = {"hold": 1, "hold_and_pay": 1, "payment_return": 1}  # one statement less on PostgreSQL


@pytest.fixture
def spooled(settings, tmp_path, monkeypatch):
    settings.MARQUEE_ACCESS_BATCH = 1000
    settings.MARQUEE_ACCESS_FLUSH_SECONDS = 0
    settings.MARQUEE_ACCESS_SPOOL_DIR = tmp_path
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
    settings.MARQUEE_CATALOGUE_CACHE_SECONDS = 600  # a slow machine must not expire them
    monkeypatch.setattr(access_spool, "_spool", None)
    yield
    spool = access_spool._spool
    if spool is not None and spool.fd is not None:
        os.close(spool.fd)
        spool.fd = None


def walk(client, showtime, *, short=False) -> dict[str, list[str]]:
    """The benchmark's flow for one buyer (``short``: the hold starts the payment); the
    SQL of each step."""
    queries = {}

    def step(name, call):
        with CaptureQueriesContext(connection) as captured:
            response = call()
        queries[name] = [q["sql"] for q in captured.captured_queries]
        return response

    seats = f"/api/showtimes/{showtime.pk}/seats"
    step("seat_map", lambda: client.get(seats))
    body = {"seats": ["C5", "C6"], "tickets": {"adult": 2}, **({"pay": "card"} if short else {})}
    held = step("hold_and_pay" if short else "hold", lambda: client.post(
        f"/api/showtimes/{showtime.pk}/holds", json.dumps(body), content_type="application/json"))
    number = held.json()["number"]
    if short:
        started = held.json()["payment"]
    else:
        started = step("payment", lambda: client.post(
            f"/api/bookings/{number}/payments", json.dumps({"method": "card"}),
            content_type="application/json")).json()
    window = started["params"]["window_url"]
    paid = step("sandbox_window", lambda: client.post(window, {
        "method": "card", "card_number": CARD, "card_expiry": "12/29", "action": "pay"}))
    back = step("payment_return", lambda: client.get(paid["Location"]))
    assert back.status_code == 302 and "/ticket/" in back["Location"]
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED
    return queries


@pytest.mark.django_db
@pytest.mark.parametrize("short", [False, True], ids=["hold then payment", "hold that pays"])
def test_b2_p1_2_hot_path_query_counts_stay_pinned(client, member, showtime, spooled, short):
    client.force_login(member)
    SeatMapVersion.objects.create(showtime=showtime, version=1)  # on sale: changed before
    client.get(f"/api/showtimes/{showtime.pk}/seats")  # warm the per-process snapshots
    queries = walk(client, showtime, short=short)
    counts = {name: len(sql) for name, sql in queries.items()}
    limits = SHORT_LIMITS if short else LIMITS
    if connection.vendor == "postgresql":
        limits = {name: limit - BUMPS.get(name, 0) for name, limit in limits.items()}
    assert counts.keys() == limits.keys()
    assert all(counts[name] <= limit for name, limit in limits.items()), (counts, queries)
    # The access record (P1.2) is spooled, not inserted in the request...
    assert not any("members_accessrecord" in q for sql in queries.values() for q in sql)
    # ...and the member with their data key is loaded once per request, never again
    # (the hold's per-member lock, ``SELECT … id … FOR UPDATE``, loads nothing).
    for name, sql in queries.items():
        members = [q for q in sql if q.startswith('SELECT "members_member"."id", ')]
        keys = [q for q in sql if 'FROM "privacy_datakey"' in q and "SELECT 1" not in q]
        assert len(members) <= 1 and not keys, (name, members, keys)
    requests = 1 + len(limits)  # the warm-up and the steps
    assert access_spool.spool().flush() == requests
    assert AccessRecord.objects.filter(member=member).count() == requests
