"""Best-available holds racing on real parallel PostgreSQL connections (B2, issue 17).

Members asking "best available" at the same moment read the same claims and would all
pick the same best block; ``services.hold_best`` spreads them over the best blocks (by
member) and, when the unique constraint refuses a seat of the chosen block, chooses
again from the claims as they are then, inside the same request. Each retry follows a
rival's committed hold that the earlier choice could not see, so with as many members
as ``MARQUEE_BEST_ATTEMPTS`` none is refused while blocks remain.
"""

from __future__ import annotations

from collections import Counter

import pytest

from marquee.booking import nearby, services

from .test_concurrency import (  # noqa: F401 - the two fixtures are used by name
    _no_background_webhooks,
    assert_no_seat_sold_twice,
    big_showtime,
    live_claims,
    make_members,
    race,
    require_postgres,
    unexpected,
)

ROUNDS = 3


@pytest.mark.parametrize(("round_", "size"), [(r, 2 + r % 2) for r in range(ROUNDS)])
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_parallel_best_available_holds_all_succeed_and_never_share_a_seat(round_, size,
                                                                           settings):
    """As many members as the retry bound ask at once for ``size`` seats in a 60-seat
    room that has room for all of them: every one gets a block, no seat twice."""
    threads = settings.MARQUEE_BEST_ATTEMPTS
    members = make_members(threads, f"b{round_}m")
    showtime = big_showtime("최적 좌석 동시")

    outcomes = race([
        (lambda m=m: services.hold_best(m, showtime, {"adult": size}).pk) for m in members])

    assert unexpected(outcomes) == []  # no refusal at all, no other error
    claims = list(live_claims(showtime).select_related("seat", "booking"))
    assert len({c.booking_id for c in claims}) == threads
    assert Counter(c.booking_id for c in claims) == {pk: size for pk, _ in outcomes}
    rows = Counter((c.booking_id, c.seat.row) for c in claims)
    assert all(n == size for n in rows.values())  # each block in one row
    assert len({c.seat_id for c in claims}) == threads * size
    assert_no_seat_sold_twice(showtime)


@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_parallel_holds_on_the_same_seats_with_nearby_all_get_a_block(settings):
    """Everyone picked C3–C4 at once and asked for the nearest block if taken: one gets
    C3–C4, every other one a nearby block, in the same request; no seat twice."""
    threads = settings.MARQUEE_BEST_ATTEMPTS
    members = make_members(threads, "nbm")
    showtime = big_showtime("가까운 좌석 동시")

    outcomes = race([
        (lambda m=m: nearby.hold_or_nearby(
            m, showtime, services.SeatRequest(("C3", "C4"), {"adult": 2})).requested)
        for m in members])

    assert unexpected(outcomes) == []
    assert sum(requested is None for requested, _ in outcomes) == 1  # C3–C4 went to one
    claims = list(live_claims(showtime).select_related("seat"))
    assert len(claims) == 2 * threads == len({c.seat_id for c in claims})
    assert {c.seat.label for c in claims} >= {"C3", "C4"}
    assert_no_seat_sold_twice(showtime)
