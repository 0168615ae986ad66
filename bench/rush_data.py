"""``booking_rush.py``'s databases and data: drop and create them, the screen, showtime,
members and sessions (through the normal services), the snapshot later runs restore,
and the audit after the rush (what the database says, not the client)."""

from __future__ import annotations

import datetime
import os
import sys
import time
from pathlib import Path

import rush_server
import rush_waitingroom

ROOT = Path(__file__).resolve().parent.parent
ROW_LENGTH = 25
PASSWORD = "Rush!Seat2024"

def recreate_databases(pg: str, names: list[str], templates: list[str] = ()) -> None:
    """Drop and create each database, empty or as a copy of its template."""
    import psycopg

    with psycopg.connect(f"{pg}/postgres", autocommit=True) as conn:
        for name, template in zip(names, templates or [None] * len(names), strict=True):
            for busy in (name, template):
                if busy:  # a template must have no connections either
                    conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = %s AND pid <> pg_backend_pid()", [busy])
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template
                                                        else ""))


def redis_answers(url: str) -> bool:
    if not url:
        return False
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except Exception:  # noqa: BLE001 - any failure means: run without it
        return False



def set_up(args):
    """Migrate, then create the screen, showtime, members and their sessions."""
    os.environ.update(rush_server.server_env(args))
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import connections
    from django.middleware.csrf import _get_new_csrf_string
    from django.utils import timezone

    from marquee.booking import services as booking
    from marquee.booking.models import Movie, Price, Screen, Showtime, Theatre
    from marquee.members import services as members
    from marquee.members.identity import sandbox as identity
    from marquee.members.models import IdentityVerification
    from marquee.waitingroom import identity as queue_identity

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("migrate", database="archive", verbosity=0, interactive=False)
    migrated = time.perf_counter()

    rows = -(-args.seats // ROW_LENGTH)
    labels = [chr(ord("A") + i) if i < 26 else f"{i // 26}{chr(ord('A') + i % 26)}"
              for i in range(rows)]
    layout = "\n".join(f"{label}: {'n' * min(ROW_LENGTH, args.seats - i * ROW_LENGTH)}"
                       for i, label in enumerate(labels))
    theatre = Theatre.objects.create(code="RUSH", name="마키 벤치", region="서울")
    screen = Screen(theatre=theatre, name="1관")
    booking.save_screen_layout(screen, layout)
    movie = Movie.objects.create(title="개봉 첫날", rating=Movie.Rating.ALL, running_minutes=120)
    showtime = Showtime.objects.create(movie=movie, screen=screen,
                                       starts_at=timezone.now() + datetime.timedelta(days=1))
    Price.objects.create(showtime=showtime, ticket_type="adult", amount=14000)
    if args.waiting_room:
        print(f"waiting room: gate {rush_waitingroom.open_gate(showtime.pk, args)} on")

    # Cheap Argon2 parameters for the sign-ups only (still a real, verifiable Argon2
    # hash): nobody logs in with a password here, the sessions are created below.
    settings.PASSWORD_HASHERS = ["tests.hashers.FastArgon2PasswordHasher"]
    sessions = []
    for i in range(args.members):
        token = identity.issue_result(
            # Adults of every age, wrapping after ~49 years so --members 5000 stays over 14.
            name="관객", birthdate=datetime.date(1960, 1, 1) + datetime.timedelta(
                days=37 * i % 18000),
            gender="female" if i % 2 else "male", is_foreigner=False,
            mobile=f"010-{7000 + i // 10000:04d}-{i % 10000:04d}", carrier="KT")
        record = members.store_verification(identity.SandboxProvider().fetch(token),
                                            IdentityVerification.Purpose.SIGNUP)
        member = members.sign_up(record, members.SignupData(
            login_id=f"rush{i:04d}", password=PASSWORD, email=f"rush{i}@example.com"),
            {"terms": True})
        session = SessionStore()
        session[SESSION_KEY] = str(member.pk)
        session[BACKEND_SESSION_KEY] = "marquee.members.auth.MemberBackend"
        session[HASH_SESSION_KEY] = member.get_session_auth_hash()
        session.create()
        # The queue identity the member's browser got from the seat-map page it had open
        # before the on-sale (waitingroom/identity.py; minted here with the server's key,
        # like the session): with it the fast path answers the arrival before Django.
        sessions.append((session.session_key, _get_new_csrf_string(),
                         queue_identity.issue(member.pk, session.session_key)))
    connections.close_all()
    print(f"set-up: migrate {migrated - started:.1f}s, {args.seats} seats, "
          f"{args.members} members + sessions {time.perf_counter() - migrated:.1f}s")
    return showtime.pk, sessions


def left_to_reconciler() -> int:
    """Payments approved at the PG whose return never reached us (client gave up)."""
    from marquee.payments.models import Payment, SandboxTransaction

    paid_at_pg = SandboxTransaction.objects.filter(status="paid").values("payment_id")
    return Payment.objects.filter(payment_id__in=paid_at_pg, status__in=[
        Payment.Status.READY, Payment.Status.FAILED]).count()


def reconcile() -> str:
    """What the cron job (manage.py payments_reconcile) would do next."""
    from marquee.payments import reconciliation

    return reconciliation.reconcile(older_than=datetime.timedelta(0)).summary()


def audit(showtime_id: int) -> dict:
    """What the database says after the rush (the ground truth, not the client's view)."""
    from django.db.models import Count

    from marquee.booking.models import Booking, SeatClaim
    from marquee.members.models import AccessRecord
    from marquee.payments.models import Payment, SandboxTransaction

    claims = SeatClaim.objects.filter(showtime_id=showtime_id)
    sold = claims.filter(expires_at__isnull=True)
    doubled = claims.values("seat_id").annotate(n=Count("id")).filter(n__gt=1).count()
    confirmed = Booking.objects.filter(showtime_id=showtime_id, status=Booking.Status.CONFIRMED)
    broken = [b.number for b in confirmed.annotate(n=Count("claims")) if b.n != b.seat_count]
    kept_without_seats = []
    for tx in SandboxTransaction.objects.filter(status__in=["paid", "partially_cancelled"]):
        payment = Payment.objects.select_related("booking").get(payment_id=tx.payment_id)
        refunding = sum(payment.refunds.values_list("amount", flat=True))
        owns = payment.booking.claims.filter(expires_at__isnull=True).count() == \
            payment.booking.seat_count
        if not (payment.booking.status == Booking.Status.CONFIRMED and owns) and \
                refunding < tx.amount - tx.cancelled_amount:
            kept_without_seats.append(payment.payment_id)
    return {
        "sold": sold.count(),
        "held": claims.filter(expires_at__isnull=False).count(),
        "doubled": doubled,
        "confirmed_bookings": confirmed.count(),
        "confirmed_missing_seats": broken,
        "paid_payments": Payment.objects.filter(status=Payment.Status.PAID).count(),
        "refunded_payments": Payment.objects.filter(refunds__isnull=False).distinct().count(),
        "money_kept_without_seats": kept_without_seats,
        "access_records": AccessRecord.objects.count(),
    }


# --- the server ---------------------------------------------------------------------------



_PREPARED: dict = {}  # the first run's showtime and sessions, reused by later runs


def forget_cached_maps(redis_url: str, showtime_id: int) -> None:
    """A restored database counts its seat-map versions from the start again, and the
    seat map is cached in Redis by (showtime, version) for a minute
    (``booking/api/showtimes.py``): the previous run's map of version N, served as this
    run's, would show seats sold that are free (or "sold out" at once). Drop them."""
    if not redis_url:
        return
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"*:seatmap:{showtime_id}:*"))
    if keys:
        client.delete(*keys)


def prepare(args) -> tuple[int, list]:
    """Fresh databases with the showtime, members and sessions. The first run builds
    them and keeps a copy (``<db>_seed``, a template database); later runs (``--pretix``
    interleaving) restore that copy in seconds instead of signing everyone up again."""
    names = [args.db, f"{args.db}_archive"]
    seeds = [f"{name}_seed" for name in names]
    if _PREPARED:
        from django.db import connections

        connections.close_all()
        recreate_databases(args.pg, names, seeds)
        forget_cached_maps(args.redis, _PREPARED["showtime"])
        return _PREPARED["showtime"], _PREPARED["sessions"]
    recreate_databases(args.pg, names)
    showtime_id, sessions = set_up(args)
    if args.pretix:
        recreate_databases(args.pg, seeds, names)  # set_up closed its connections
    _PREPARED.update(showtime=showtime_id, sessions=sessions)
    return showtime_id, sessions

