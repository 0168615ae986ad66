"""Real races on real parallel connections (B2 holds, B4 vouchers and late payments).

Each thread is its own Django database connection (Django keeps one per thread), all
released together by a ``threading.Barrier``; the tests use committed data
(``transaction=True``) so that the threads see what the main thread created. The big
races need PostgreSQL (row locks and unique-index waits between truly concurrent
transactions); a lighter variant runs on SQLite, in a subprocess against a file
database, because the SQLite test database of pytest-django is an in-memory
shared-cache database whose table locks are not what production SQLite does.

Several tests here reproduced bugs found while writing them (deadlocks on reversed
seat orders, a new hold undoing a concurrent sale, per-row queries in the seat map);
they now guard the fixes.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from marquee.booking import selectors, services
from marquee.booking.models import Booking, Screen, SeatClaim, Theatre
from marquee.payments import reconciliation, sandbox
from marquee.payments import services as payments
from marquee.payments.models import Payment, Refund, SandboxTransaction, Voucher

from ..conftest import make_identity, sign_up
from .conftest import make_showtime

THREADS = 50
ROUNDS = 3
JOIN_TIMEOUT = 60  # seconds for a whole race; a deadlock or a lock leak fails the test
# Six rows of ten normal seats: enough for 50 members to hold one seat each.
BIG_LAYOUT = "\n".join(f"{row}: nnnnnnnnnn" for row in "ABCDEF")

@pytest.fixture(autouse=True)
def _no_background_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
    # The same members race round after round in new showtimes, leaving holds behind:
    # the per-member cap (B7, tests/booking/test_hold_limits.py) is not what these test.
    settings.MARQUEE_MAX_HELD_SHOWTIMES = 1000


@pytest.fixture
def require_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")


def make_members(count: int, prefix: str):
    """``count`` adult members with distinct identities (DI derives from name+birthdate)."""
    return [
        sign_up(identity=make_identity(name="경쟁자",
                                       birthdate=datetime.date(1970, 1, 1) + timedelta(days=i),
                                       mobile=f"010-{5000 + i:04d}-{1000 + i:04d}"),
                login_id=f"{prefix}{i:03d}", email=f"{prefix}{i}@example.com")
        for i in range(count)
    ]


def big_showtime(title="동시 예매"):
    theatre, _ = Theatre.objects.get_or_create(
        code="RUSH1", defaults={"name": "마키 동시성", "region": "서울"})
    screen = Screen(theatre=theatre, name=f"{Screen.objects.count() + 1}관")
    services.save_screen_layout(screen, BIG_LAYOUT)
    return make_showtime(screen=screen, title=title)


def race(jobs, *, timeout=JOIN_TIMEOUT):
    """Run every job in its own thread, released together; return ``(result, error)``
    per job. Every thread closes its own connection."""
    barrier = threading.Barrier(len(jobs))
    outcomes = [None] * len(jobs)

    def run(i, job):
        try:
            connection.ensure_connection()  # connect first, so that the jobs really overlap
            barrier.wait(timeout=30)
            outcomes[i] = (job(), None)
        except BaseException as exc:  # noqa: B036 - recorded and asserted on below
            outcomes[i] = (None, exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, job), daemon=True)
               for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    deadline = timezone.now() + timedelta(seconds=timeout)
    for thread in threads:
        thread.join(max(0.0, (deadline - timezone.now()).total_seconds()))
    hung = sum(thread.is_alive() for thread in threads)
    assert not hung, f"{hung} of {len(jobs)} threads still running after {timeout}s (deadlock?)"
    return outcomes


def unexpected(outcomes, *allowed):
    """Errors other than the ``allowed`` exception types, described for the assert."""
    return [f"{type(err).__name__}: {err}" for _, err in outcomes
            if err is not None and not isinstance(err, allowed)]


def live_claims(showtime):
    return SeatClaim.objects.filter(showtime=showtime).filter(SeatClaim.live_q())


def assert_no_seat_sold_twice(showtime):
    doubled = (SeatClaim.objects.filter(showtime=showtime).values("seat_id")
               .annotate(n=Count("id")).filter(n__gt=1))
    assert not doubled.exists()
    # Every live booking owns all of its seats, and no claim belongs to a dead booking.
    for booking in Booking.objects.filter(showtime=showtime):
        claims = booking.claims.count()
        if booking.status in (Booking.Status.HELD, Booking.Status.CONFIRMED):
            assert claims in (0, booking.seat_count), booking  # 0: an expired hold, taken over
            if booking.status == Booking.Status.CONFIRMED:
                assert claims == booking.seat_count
                assert not booking.claims.filter(expires_at__isnull=False).exists()
        else:
            assert claims == 0, booking


def assert_money_never_kept_without_seats():
    """Every payment the gateway holds money for belongs to a confirmed booking that owns
    its seats, or is being (or has been) refunded in full."""
    for tx in SandboxTransaction.objects.all():
        kept = tx.amount - tx.cancelled_amount if tx.status in ("paid", "partially_cancelled") else 0
        if not kept:
            continue
        payment = Payment.objects.select_related("booking").get(payment_id=tx.payment_id)
        booking = payment.booking
        owns = booking.claims.filter(expires_at__isnull=True).count() == booking.seat_count
        refunding = sum(payment.refunds.exclude(status=Refund.Status.FAILED)
                        .values_list("amount", flat=True))
        assert (booking.status == Booking.Status.CONFIRMED and owns) or refunding >= kept, (
            f"{tx.payment_id}: {kept}원 kept, booking {booking.status}, refunds {refunding}")


# --- B2: many members, the same seats -----------------------------------------------------


# Besides 50 members wanting C3+C4, overlapping selections that chain round the same
# seats. Seats are listed left to right, as the seat-map form sends them: the same seats
# listed in opposite orders can deadlock today (see the deterministic test below), which
# would make these big races flaky rather than tell anything new.
OVERLAPS = [("C2", "C3"), ("C4", "C5"), ("C3", "C4", "C5"), ("C3", "C5"), ("C1", "C2"),
            ("C5", "C6"), ("C4", "C6"), ("C2", "C4", "C6")]


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_rush_on_the_same_seats_sells_each_seat_once(round_):
    members = make_members(THREADS + len(OVERLAPS), f"r{round_}m")
    showtime = big_showtime()
    wanted = [("C3", "C4")] * THREADS + OVERLAPS

    def attempt(member, labels):
        return lambda: services.hold_seats(
            member, showtime, services.SeatRequest(labels, {"adult": len(labels)})).pk

    outcomes = race([attempt(m, labels) for m, labels in zip(members, wanted, strict=True)])

    assert unexpected(outcomes, services.SeatsTaken) == []
    winners = [(labels, pk) for (pk, _), labels in zip(outcomes, wanted, strict=True) if pk]
    won_seats = Counter(label for labels, _ in winners for label in labels)
    assert won_seats and max(won_seats.values()) == 1  # nobody else got a seat someone got
    # Nobody is refused without cause: the unique constraint refuses a seat only once
    # another member's hold of it has committed, so every loser wanted a seat a winner
    # holds. (Both C3 and C4 may still go unsold: when the chained selections win C2, C4
    # and C5 first, every member who wanted C3 also wanted one of those.)
    for (pk, _), labels in zip(outcomes, wanted, strict=True):
        assert pk or set(labels) & set(won_seats), f"{labels} refused although all were free"
    claims = live_claims(showtime)
    assert sorted(c.seat.label for c in claims.select_related("seat")) == sorted(won_seats)
    assert claims.values("seat_id").distinct().count() == claims.count()
    # Losers wrote nothing: one booking per winner and nothing else.
    assert Booking.objects.filter(showtime=showtime).count() == len(winners)
    for labels, pk in winners:
        booking = Booking.objects.get(pk=pk)
        assert booking.status == Booking.Status.HELD
        assert sorted(c.seat.label for c in booking.claims.select_related("seat")) == sorted(labels)
    assert_no_seat_sold_twice(showtime)


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_rush_on_seats_whose_hold_expired_gives_them_to_one_member(round_):
    """The expired claims are deleted by the next writer: 50 writers at once."""
    members = make_members(THREADS + 1, f"e{round_}m")
    showtime = big_showtime()
    old = services.hold_seats(members[-1], showtime, services.SeatRequest(("C3", "C4"),
                                                                           {"adult": 2}))
    past = timezone.now() - timedelta(seconds=1)
    SeatClaim.objects.filter(booking=old).update(expires_at=past)
    Booking.objects.filter(pk=old.pk).update(held_until=past)
    wanted = [("C3", "C4")] * THREADS

    outcomes = race([
        (lambda m=m, labels=labels: services.hold_seats(
            m, showtime, services.SeatRequest(labels, {"adult": 2})).pk)
        for m, labels in zip(members[:THREADS], wanted, strict=True)])

    assert unexpected(outcomes, services.SeatsTaken) == []
    winners = [pk for pk, _ in outcomes if pk]
    assert len(winners) == 1
    assert set(live_claims(showtime).values_list("booking_id", flat=True)) == {winners[0]}
    assert not SeatClaim.objects.filter(booking=old).exists()
    assert_no_seat_sold_twice(showtime)


def _blocking_pids(pid):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_blocking_pids(%s)", [pid])
        return cursor.fetchone()[0]


def _wait_until(predicate, seconds=5.0):
    deadline = timezone.now() + timedelta(seconds=seconds)
    while timezone.now() < deadline:
        if predicate():
            return True
        threading.Event().wait(0.02)
    return False


@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b2_the_same_seats_in_opposite_orders_do_not_deadlock():
    """Deterministic interleaving: two uncommitted claims by other transactions (on A1
    and A7) hold both members at chosen points, then let go. Member 1 asks for A1..A8,
    member 2 for A8..A1. Whatever the order, one must win and the other get SeatsTaken."""
    forward, backward, owner = make_members(3, "dl")
    showtime = big_showtime()
    seats = {s.label: s for s in showtime.screen.seats.all()}
    labels = tuple(f"A{n}" for n in range(1, 9))
    pids, ready = {}, {name: threading.Event() for name in ("x1", "x7", "t1", "t2")}
    release = {"x1": threading.Event(), "x7": threading.Event()}
    outcomes = {}

    def blocker(name, label):
        booking = Booking.objects.create(
            number=services.new_booking_number(), member=owner, showtime=showtime,
            held_until=timezone.now() + timedelta(minutes=5), seat_count=1)
        try:
            with transaction.atomic():
                SeatClaim.objects.create(showtime=showtime, seat=seats[label], booking=booking,
                                         expires_at=booking.held_until)
                pids[name] = connection.connection.info.backend_pid
                ready[name].set()
                release[name].wait(30)
                raise _RollBack
        except _RollBack:
            pass
        finally:
            connection.close()

    def member(name, who, order):
        try:
            connection.ensure_connection()
            pids[name] = connection.connection.info.backend_pid
            ready[name].set()
            outcomes[name] = (services.hold_seats(who, showtime, services.SeatRequest(
                order, {"adult": 8})).pk, None)
        except BaseException as exc:  # noqa: B036 - asserted on below
            outcomes[name] = (None, exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=blocker, args=("x1", "A1"), daemon=True),
               threading.Thread(target=blocker, args=("x7", "A7"), daemon=True)]
    for thread in threads:
        thread.start()
    assert ready["x1"].wait(10) and ready["x7"].wait(10)
    for name, who, order in (("t1", forward, labels), ("t2", backward, labels[::-1])):
        thread = threading.Thread(target=member, args=(name, who, order), daemon=True)
        thread.start()
        threads.append(thread)
        assert ready[name].wait(10)
        assert _wait_until(lambda name=name: _blocking_pids(pids[name]))  # waits on someone
    release["x1"].set()  # member 1 now inserts A1..A6 and waits for A7
    _wait_until(lambda: pids["x7"] in _blocking_pids(pids["t1"]) + _blocking_pids(pids["t2"])
                and pids["x1"] not in _blocking_pids(pids["t1"]) + _blocking_pids(pids["t2"]))
    release["x7"].set()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads)

    errors = [f"{type(err).__name__}: {err}" for _, err in outcomes.values()
              if err is not None and not isinstance(err, services.SeatsTaken)]
    assert errors == []
    winners = [pk for pk, _ in outcomes.values() if pk]
    assert len(winners) == 1
    assert set(live_claims(showtime).values_list("booking_id", flat=True)) == set(winners)


class _RollBack(Exception):
    pass


@pytest.mark.django_db
def test_b2_the_seat_map_reads_its_claims_in_one_query(django_assert_max_num_queries):
    members = make_members(6, "q")
    showtime = big_showtime()
    for i, member in enumerate(members):
        services.hold_seats(member, showtime, services.SeatRequest(
            (f"B{2 * i + 1}", f"B{2 * i + 2}") if i < 5 else ("C1",), {"adult": 2 - (i == 5)}))
    with django_assert_max_num_queries(1):
        states = selectors.seat_states(showtime)
    assert len(states) == 11


# --- B4: one voucher, fifty payments ------------------------------------------------------


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b4_one_voucher_redeemed_by_fifty_members_pays_exactly_one_booking(round_):
    members = make_members(THREADS, f"v{round_}m")
    showtime = big_showtime()
    bookings = [services.hold_seats(m, showtime, services.SeatRequest(
        (f"{'ABCDEF'[i // 10]}{i % 10 + 1}",), {"adult": 1})) for i, m in enumerate(members)]
    code = payments.issue_voucher(14000)  # one adult ticket, in full

    outcomes = race([
        (lambda b=b, m=m: payments.start_payment(b, m, "card", [code]).payment.pk)
        for b, m in zip(bookings, members, strict=True)])

    assert unexpected(outcomes, payments.PaymentError) == []
    winners = [pk for pk, _ in outcomes if pk]
    assert len(winners) == 1
    payment = Payment.objects.get()  # the losers' attempts were rolled back entirely
    assert payment.pk == winners[0]
    assert (payment.status, payment.method, payment.voucher_amount, payment.amount) == (
        Payment.Status.PAID, Payment.Method.VOUCHER, 14000, 0)
    voucher = Voucher.objects.get()
    assert voucher.booking_id == payment.booking_id and voucher.redeemed_at is not None
    assert Booking.objects.get(pk=payment.booking_id).status == Booking.Status.CONFIRMED
    assert Booking.objects.filter(status=Booking.Status.CONFIRMED).count() == 1
    assert Booking.objects.filter(status=Booking.Status.HELD).count() == THREADS - 1
    assert not SandboxTransaction.objects.exists()
    # Redeemed once: a second use, even by the winner on another booking, is refused.
    again = services.hold_seats(members[0], big_showtime("다시"), services.SeatRequest(
        ("A1",), {"adult": 1}))
    redeemed_at = voucher.redeemed_at
    with pytest.raises(payments.PaymentError, match="이미 사용된"):
        payments.start_payment(again, members[0], "card", [code])
    assert Voucher.objects.get().redeemed_at == redeemed_at


# --- B4: paying for an expired hold while someone else takes the seats --------------------


def _paid_but_expired(member, showtime, labels):
    """A member held seats, paid at the gateway, and the hold lapsed before the return."""
    booking = services.hold_seats(member, showtime,
                                  services.SeatRequest(labels, {"adult": len(labels)}))
    start = payments.start_payment(booking, member, "card")
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    past = timezone.now() - timedelta(seconds=1)
    SeatClaim.objects.filter(booking=booking).update(expires_at=past)
    Booking.objects.filter(pk=booking.pk).update(held_until=past)
    return booking, start.payment


@pytest.mark.parametrize("round_", range(2 * ROUNDS))
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b4_late_payment_and_a_new_hold_race_exactly_one_owns_the_seats(round_):
    payer, *rivals = make_members(1 + 8, f"p{round_}m")
    showtime = big_showtime()
    labels = ("C3", "C4") if round_ % 2 else ("C4", "C3")  # both insertion orders
    booking, payment = _paid_but_expired(payer, showtime, labels)

    jobs = [lambda: payments.complete_payment(payment.payment_id, via="return").pk]
    jobs += [(lambda r=r: services.hold_seats(r, showtime, services.SeatRequest(
        ("C3", "C4"), {"adult": 2})).pk) for r in rivals]
    outcomes = race(jobs)

    assert unexpected(outcomes, services.SeatsTaken) == []
    booking.refresh_from_db()
    payment.refresh_from_db()
    tx = SandboxTransaction.objects.get(payment_id=payment.payment_id)
    rival_wins = [pk for pk, _ in outcomes[1:] if pk]
    owners = set(live_claims(showtime).values_list("booking_id", flat=True))
    if booking.status == Booking.Status.CONFIRMED:
        assert rival_wins == [] and owners == {booking.pk}
        assert payment.status == Payment.Status.PAID and not payment.refunds.exists()
        assert tx.status == "paid"
    else:
        assert len(rival_wins) == 1 and owners == {rival_wins[0]}
        refund = payment.refunds.get()  # the payer lost: the money goes back, once
        assert (refund.status, refund.amount) == (Refund.Status.DONE, payment.amount)
        assert payment.status == Payment.Status.CANCELLED
        assert (tx.status, tx.cancelled_amount) == ("cancelled", payment.amount)
    assert_no_seat_sold_twice(showtime)
    assert_money_never_kept_without_seats()


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b4_return_webhook_and_reconciler_complete_one_payment_once(round_):
    """The return URL, the webhook and the reconciler all finish the same payment."""
    payer, rival = make_members(2, f"c{round_}m")
    showtime = big_showtime()
    booking, payment = _paid_but_expired(payer, showtime, ("C3", "C4"))
    Booking.objects.filter(pk=booking.pk).update(held_until=timezone.now() + timedelta(minutes=5))
    SeatClaim.objects.filter(booking=booking).update(
        expires_at=timezone.now() + timedelta(minutes=5))

    jobs = [lambda via=via: payments.complete_payment(payment.payment_id, via=via).status
            for via in ("return", "webhook") * 10]
    jobs += [lambda: reconciliation.reconcile(older_than=timedelta(0)).completed] * 5
    outcomes = race(jobs)

    assert unexpected(outcomes) == []
    payment.refresh_from_db()
    booking.refresh_from_db()
    assert payment.status == Payment.Status.PAID and booking.status == Booking.Status.CONFIRMED
    assert not Refund.objects.exists()
    assert payment.completed_via in {"return", "webhook", "reconcile"}
    assert SandboxTransaction.objects.get().status == "paid"
    assert_money_never_kept_without_seats()


@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_b4_a_new_hold_never_undoes_a_sale_confirmed_at_the_same_moment(monkeypatch):
    """Deterministic interleaving: the payment's confirmation is paused just before its
    commit; meanwhile the same member selects other seats of the same showtime."""
    member, = make_members(1, "x")
    showtime = big_showtime()
    booking = services.hold_seats(member, showtime, services.SeatRequest(("C3", "C4"),
                                                                         {"adult": 2}))
    start = payments.start_payment(booking, member, "card")
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    confirmed, go_on, pids = threading.Event(), threading.Event(), {}
    original = services.confirm

    def confirm_then_pause(b):
        result = original(b)  # claims sold and booking CONFIRMED, not yet committed
        pids["payer"] = connection.connection.info.backend_pid
        confirmed.set()
        go_on.wait(30)
        return result

    monkeypatch.setattr(services, "confirm", confirm_then_pause)
    outcomes = {}

    def run(name, job):
        try:
            if name == "hold":
                connection.ensure_connection()
                pids["hold"] = connection.connection.info.backend_pid
            outcomes[name] = (job(), None)
        except BaseException as exc:  # noqa: B036 - asserted on below
            outcomes[name] = (None, exc)
        finally:
            connection.close()

    payer = threading.Thread(target=run, daemon=True, args=("pay", lambda: payments.complete_payment(
        start.payment.payment_id, via="return").status))
    payer.start()
    assert confirmed.wait(20)
    holder = threading.Thread(target=run, daemon=True, args=("hold", lambda: services.hold_seats(
        member, showtime, services.SeatRequest(("E5",), {"adult": 1})).pk))
    holder.start()
    # Let the new hold reach the point where it waits for the payer (or finish first).
    _wait_until(lambda: "hold" in outcomes or (
        "hold" in pids and pids["payer"] in _blocking_pids(pids["hold"])))
    go_on.set()
    payer.join(30)
    holder.join(30)
    assert not payer.is_alive() and not holder.is_alive()

    assert [err for _, err in outcomes.values() if err is not None] == []
    payment = Payment.objects.get(pk=start.payment.pk)
    booking.refresh_from_db()
    assert payment.status == Payment.Status.PAID
    assert booking.status == Booking.Status.CONFIRMED, "paid booking was expired by a new hold"
    assert sorted(booking.claims.filter(expires_at__isnull=True)
                  .values_list("seat__row", "seat__number")) == [("C", 3), ("C", 4)]
    assert_money_never_kept_without_seats()


# --- a lighter variant on SQLite (a file database, like production SQLite) ----------------

SQLITE_RACE = textwrap.dedent("""
    import datetime, threading
    from datetime import timedelta
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import Count
    call_command("migrate", verbosity=0, interactive=False)
    call_command("migrate", database="archive", verbosity=0, interactive=False)
    from marquee.booking import services
    from marquee.booking.models import SeatClaim
    from marquee.payments import services as payments
    from marquee.payments.models import Payment, Voucher
    from tests.conftest import make_identity, sign_up
    from tests.booking.conftest import make_showtime

    THREADS, ROUNDS = 6, 5
    members = [sign_up(identity=make_identity(
        birthdate=datetime.date(1970, 1, 1) + timedelta(days=i),
        mobile=f"010-5000-{1000 + i:04d}"), login_id=f"lite{i:03d}",
        email=f"lite{i}@example.com") for i in range(THREADS)]

    def race(jobs):
        barrier, out = threading.Barrier(len(jobs)), [None] * len(jobs)
        def run(i, job):
            try:
                barrier.wait()
                out[i] = (job(), None)
            except Exception as exc:
                out[i] = (None, exc)
            finally:
                connection.close()
        threads = [threading.Thread(target=run, args=(i, j), daemon=True)
                   for i, j in enumerate(jobs)]
        for t in threads: t.start()
        for t in threads: t.join(60)
        assert not any(t.is_alive() for t in threads), "hung"
        return out

    for round_ in range(ROUNDS):
        showtime = make_showtime(title=f"라운드{round_}")
        def attempt(m, labels):
            return lambda: services.hold_seats(
                m, showtime, services.SeatRequest(labels, {"adult": 2})).pk
        out = race([attempt(m, ("C3", "C4") if i % 2 else ("C4", "C3"))
                    for i, m in enumerate(members)])
        errors = [repr(e) for _, e in out if e and not isinstance(e, services.SeatsTaken)]
        assert not errors, errors
        assert sum(1 for pk, _ in out if pk) == 1, out
        assert not SeatClaim.objects.values("showtime_id", "seat_id").annotate(
            n=Count("id")).filter(n__gt=1).exists()

        code = payments.issue_voucher(14000)
        bookings = [services.hold_seats(m, showtime, services.SeatRequest(
            (f"E{i + 1}",), {"adult": 1})) for i, m in enumerate(members)]
        out = race([lambda b=b, m=m: payments.start_payment(b, m, "card", [code]).payment.pk
                    for b, m in zip(bookings, members)])
        errors = [repr(e) for _, e in out if e and not isinstance(e, payments.PaymentError)]
        assert not errors, errors
        assert sum(1 for pk, _ in out if pk) == 1, out
        assert Voucher.objects.filter(redeemed_at__isnull=False).count() == round_ + 1
        assert Payment.objects.filter(voucher_amount__gt=0).count() == round_ + 1
    print("SQLITE-RACES-OK")
""")


@pytest.mark.django_db
def test_b2_b4_light_race_on_a_sqlite_file_database(tmp_path):
    """Six threads, five rounds, against a file database with the app's own SQLite
    settings (busy timeout), in a subprocess so that it does not share pytest's
    in-memory test database."""
    if connection.vendor != "sqlite":
        pytest.skip("the PostgreSQL races above cover this with fifty threads")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ,
           "DATABASE_URL": f"sqlite:///{tmp_path / 'race.sqlite3'}",
           "ARCHIVE_DATABASE_URL": f"sqlite:///{tmp_path / 'race-archive.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "marquee.settings",
           "MARQUEE_SANDBOX_SEND_WEBHOOKS": "0",
           "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    env.pop("MARQUEE_TEST_POSTGRES", None)
    script = "from django.conf import settings\n" + SQLITE_RACE.replace(
        "django.setup()\n",
        "django.setup()\nsettings.PASSWORD_HASHERS = ['tests.hashers.FastArgon2PasswordHasher']\n"
        "settings.MARQUEE_MAX_HELD_SHOWTIMES = 1000\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0 and "SQLITE-RACES-OK" in done.stdout, done.stderr[-3000:]
