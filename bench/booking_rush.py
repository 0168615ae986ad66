#!/usr/bin/env python
"""Booking rush: many members race for the seats of one showtime, end to end over HTTP.

A benchmark, not a test: it prints figures. It builds a fresh PostgreSQL database
(``marquee_bench`` and ``marquee_bench_archive``, dropped and created), migrates it,
creates one screen of ``--seats`` seats (rows of 25), one showtime, ``--members``
members (through the normal sign-up service) and one logged-in session each, starts
gunicorn on it, and then lets every member, concurrently, loop:

    GET  /api/showtimes/<id>/seats           pick 1-4 free adjacent seats
    POST /api/showtimes/<id>/holds           409 → pick again
    POST /api/bookings/<number>/payments     card
    POST /payments/sandbox/<payment_id>/     the sandbox PG window: 4242…, 12/29
    GET  /booking/bookings/<number>/payment-return/?paymentId=…   → ticket

until no seat is left. Then it checks the database (every seat sold at most once,
no money kept without seats) and prints the figures. See bench/README.md.

    .venv/bin/python bench/booking_rush.py [--seats 500] [--members 200] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rush_nodes  # noqa: E402  (this folder's modules)
import rush_pretix  # noqa: E402

try:
    import aiohttp
except ImportError:  # pragma: no cover - a set-up message, not a code path
    sys.exit("bench/booking_rush.py needs aiohttp: .venv/bin/pip install -e '.[bench]'")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import rush_waitingroom  # noqa: E402 - the waiting-room rush (B6), beside this file

ROW_LENGTH = 25
CARD = "4242424242424242"
EXPIRY = "12/29"
PASSWORD = "Rush!Seat2024"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seats", type=int, default=500, help="seats in the screen (rows of 25)")
    parser.add_argument("--members", type=int, default=200, help="concurrent members")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1),
                        help="gunicorn worker processes (default 2*cores)")
    parser.add_argument("--threads", type=int, default=3,
                        help="gthread threads per worker (1: gunicorn's sync worker)")
    parser.add_argument("--port", type=int, default=0, help="gunicorn port (default: a free one)")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432",
                        help="PostgreSQL server URL, without a database name")
    parser.add_argument("--db", default="marquee_bench",
                        help="database name (dropped and created; <name>_archive too)")
    parser.add_argument("--max-seconds", type=float, default=110,
                        help="stop the rush after this long even if seats are left")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0",
                        help="MARQUEE_REDIS_URL for the server (sessions read from Redis); "
                             "used only if it answers; '' for database-only sessions")
    parser.add_argument("--seed", type=int, default=None, help="random seed for seat choice")
    parser.add_argument("--profile", action="store_true",
                        help="sample the server with py-spy (if installed) into var/bench/")
    parser.add_argument("--pretix", metavar="ROOT", default="",
                        help="interleave with pretix's order-API rush (bench/rush_pretix.py)")
    parser.add_argument("--runs", type=int, default=3,
                        help="with --pretix: runs of each system (default 3)")
    parser.add_argument("--nodes", type=int, default=1,
                        help="gunicorn servers (each --workers) behind nginx (bench/rush_nodes.py)")
    rush_waitingroom.add_arguments(parser)
    args = parser.parse_args()
    args.wr_prefix = f"bench:wr:{os.getpid()}:{int(time.time())}:"
    return args


# --- database and data ------------------------------------------------------------------


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


def server_env(args) -> dict[str, str]:
    redis_url = {"MARQUEE_REDIS_URL": args.redis} if args.redis else {}
    return {
        **os.environ,
        "DATABASE_URL": f"{args.pg}/{args.db}",
        "ARCHIVE_DATABASE_URL": f"{args.pg}/{args.db}_archive",
        "DJANGO_SETTINGS_MODULE": "marquee.settings",
        "MARQUEE_SANDBOX_SEND_WEBHOOKS": "0",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        **redis_url,
        **rush_waitingroom.server_env(args),
    }


def set_up(args):
    """Migrate, then create the screen, showtime, members and their sessions."""
    os.environ.update(server_env(args))
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
        sessions.append((session.session_key, _get_new_csrf_string()))
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(args, port: int, log_path: Path) -> subprocess.Popen:
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    threads = ["-k", "gthread", "--threads", str(args.threads)] if args.threads > 1 else \
        ["-k", "sync"]
    command = [gunicorn, "marquee.wsgi", "-w", str(args.workers), *threads,
               "-b", f"127.0.0.1:{port}",
               "--timeout", "60", "--graceful-timeout", "5", "--log-level", "warning"]
    log = log_path.open("w")
    return subprocess.Popen(command, cwd=ROOT, env=server_env(args), stdout=log, stderr=log,
                            start_new_session=True)


def stop(process: subprocess.Popen | None, sig=signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- the rush -----------------------------------------------------------------------------


class Stats:
    def __init__(self):
        self.latency = defaultdict(list)  # step → seconds
        self.status = Counter()  # (step, status class) → count
        self.server_errors = Counter()  # step → 5xx count
        self.transport_errors = Counter()
        self.bookings = 0
        self.seats = 0
        self.started = time.perf_counter()
        self.sold_at: list[tuple[float, int]] = []  # (seconds into the rush, seats)
        self.requests_at: list[float] = []
        self.taken = 0  # 409 on hold
        self.other_failures = Counter()
        self.abandoned = 0  # members stopped mid-request when the rush ended
        self.sold_out = False

    def record(self, step, started, status: int):
        now = time.perf_counter()
        self.requests_at.append(now - self.started)
        self.latency[step].append(now - started)
        self.status[(step, f"{status // 100}xx")] += 1
        if status >= 500:
            self.server_errors[step] += 1


def free_runs(seat_map: dict, taken: set[str] = frozenset()) -> list[list[str]]:
    """Maximal runs of free seats side by side (consecutive grid columns) in a row,
    leaving out ``taken``: seats a 409 said are gone since the map was fetched."""
    runs = []
    for row in seat_map["rows"]:
        run, previous = [], None
        for seat in sorted(row["seats"], key=lambda s: s["column"]):
            if seat["state"] == "free" and seat["kind"] == "normal" \
                    and seat["label"] not in taken:
                if run and seat["column"] != previous + 1:
                    runs.append(run)
                    run = []
                run.append(seat["label"])
                previous = seat["column"]
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def choose(runs: list[list[str]], rng: random.Random) -> list[str] | None:
    if not runs:
        return None
    wanted = rng.randint(1, 4)
    fitting = [r for r in runs if len(r) >= wanted] or runs
    run = rng.choice(fitting)
    size = min(wanted, len(run))
    start = rng.randint(0, len(run) - size)
    return run[start:start + size]


class Member:
    """One member's HTTP client: their own session and CSRF cookies on a shared pool."""

    def __init__(self, http, base: str, session_key: str, csrf: str, stats: Stats):
        self.http, self.base, self.csrf, self.stats = http, base, csrf, stats
        self.headers = {"Cookie": f"sessionid={session_key}; csrftoken={csrf}",
                        "X-CSRFToken": csrf, "Referer": base + "/"}

    async def call(self, step: str, method: str, path: str, headers_extra=None, **kwargs):
        """Returns (status, body bytes, Location header)."""
        started = time.perf_counter()
        headers = {**self.headers, **headers_extra} if headers_extra else self.headers
        async with self.http.request(method, self.base + path, headers=headers,
                                     allow_redirects=False, **kwargs) as response:
            body = await response.read()
        self.stats.record(step, started, response.status)
        return response.status, body, response.headers.get("Location", "")


# A member whose hold is refused (409) redraws the map they already have from the
# refusal, which lists every seat others hold or have bought right now, and picks again,
# as the app does; after this many refusals in a row they reload the map.
RETRIES_FROM_SAME_MAP = 3


async def member_loop(member: Member, showtime_id, rng, deadline, sold_out: asyncio.Event):
    stats = member.stats
    idle = 0
    while not sold_out.is_set() and time.perf_counter() < deadline:
        try:
            status, body, _ = await member.call("seat_map", "GET",
                                                f"/api/showtimes/{showtime_id}/seats")
            if status != 200:
                continue
            seat_map = json.loads(body)
            taken: set[str] = set()
            runs = free_runs(seat_map)
            if not runs:
                states = Counter(s["state"] for row in seat_map["rows"] for s in row["seats"])
                if not states.get("held") and not states.get("mine"):
                    sold_out.set()  # nothing free, nothing in flight: sold out
                    return
                idle += 1  # others' holds may still lapse or be released
                await asyncio.sleep(min(0.05 * idle, 0.5))
                continue
            idle = 0
            for _ in range(RETRIES_FROM_SAME_MAP):
                seats = choose(runs, rng)
                if seats is None:
                    break
                status, body, _ = await member.call(
                    "hold", "POST", f"/api/showtimes/{showtime_id}/holds",
                    json={"seats": seats, "tickets": {"adult": len(seats)}})
                if status == 409:
                    stats.taken += 1
                    refusal = json.loads(body)
                    taken.update(refusal.get("unavailable") or refusal.get("seats") or seats)
                    runs = free_runs(seat_map, taken)
                    continue
                if status != 201:
                    stats.other_failures[f"hold {status}"] += 1
                    break
                number = json.loads(body)["number"]
                if await pay(member, number):
                    stats.bookings += 1
                    stats.seats += len(seats)
                    stats.sold_at.append((time.perf_counter() - stats.started, len(seats)))
                else:
                    # Give the seats back at once rather than after ten minutes.
                    await member.call("release", "DELETE", f"/api/bookings/{number}/hold")
                break
        except (TimeoutError, aiohttp.ClientError) as exc:
            stats.transport_errors[type(exc).__name__] += 1
            await asyncio.sleep(0.1)


async def pay(member: Member, number: str) -> bool:
    stats = member.stats
    status, body, _ = await member.call("payment", "POST", f"/api/bookings/{number}/payments",
                                        json={"method": "card"})
    if status != 201:
        stats.other_failures[f"payment {status}"] += 1
        return False
    window = json.loads(body)["params"]["window_url"]
    status, _, location = await member.call("sandbox_window", "POST", window, data={
        "csrfmiddlewaretoken": member.csrf, "method": "card",
        "card_number": CARD, "card_expiry": EXPIRY, "action": "pay"})
    if status != 302:
        stats.other_failures[f"sandbox window {status}"] += 1
        return False
    status, _, location = await member.call("payment_return", "GET", location)
    if status == 302 and "/ticket/" in location:
        return True
    stats.other_failures[f"return → {location or status}"] += 1
    return False


async def rush(base, showtime_id, sessions, args) -> tuple[Stats, float]:
    stats = Stats()
    sold_out = asyncio.Event()
    rng = random.Random(args.seed)
    # No per-member cookie jar: each member sends their own cookies. One connection per
    # request, as a reverse proxy (nginx's default upstream) talks to gunicorn: kept-alive
    # connections stick to the worker that accepted them, and a burst of 200 connects
    # can leave one worker with most of them and the others idle.
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
                                     timeout=aiohttp.ClientTimeout(total=60)) as http:
        started = stats.started = time.perf_counter()
        deadline = started + args.max_seconds
        tasks = [asyncio.create_task(member_loop(Member(http, base, key, csrf, stats),
                                                 showtime_id, random.Random(rng.random()),
                                                 deadline, sold_out))
                 for key, csrf in sessions]
        everyone = asyncio.gather(*tasks, return_exceptions=True)
        sold = asyncio.create_task(sold_out.wait())
        await asyncio.wait([everyone, sold], timeout=args.max_seconds + 5,
                           return_when=asyncio.FIRST_COMPLETED)
        ended = time.perf_counter()
        stats.sold_out = sold_out.is_set()
        # Sold out (or past the deadline): stop the members still polling or in a request.
        stats.abandoned = sum(not task.done() for task in tasks)
        for task in tasks:
            task.cancel()
        sold.cancel()
        await asyncio.gather(everyone, sold, return_exceptions=True)
    return stats, ended - started


def wait_until_up(base: str, showtime_id: int, server: subprocess.Popen, log: Path) -> None:
    import httpx

    for _ in range(300):
        if server.poll() is not None:
            sys.exit(f"gunicorn exited ({server.returncode}):\n{log.read_text()[-3000:]}")
        try:
            # 409: the waiting room's gate is on (--waiting-room), the server is up
            if httpx.get(f"{base}/api/showtimes/{showtime_id}/seats",
                         timeout=2).status_code in (200, 409):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    sys.exit(f"gunicorn did not answer within 30s:\n{log.read_text()[-3000:]}")


def cpu_seconds(server_pids: set[int]) -> dict[str, float]:
    """CPU seconds used so far (user + system) by the server (gunicorn and its workers),
    PostgreSQL (every ``postgres`` process: other databases' work counts too) and this
    load generator, read from Linux's /proc; empty elsewhere."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    totals = {"server": 0.0, "postgres": 0.0, "load generator": 0.0}
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        return {}
    for stat in proc.glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue  # exited meanwhile
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2:].split()
        pid, ppid = int(stat.parent.name), int(fields[1])
        used = (int(fields[11]) + int(fields[12])) / ticks
        if pid in server_pids or ppid in server_pids:
            totals["server"] += used
        elif comm == "postgres":
            totals["postgres"] += used
        elif pid == os.getpid():
            totals["load generator"] += used
    return totals


def percentile(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))]


def report(args, stats: Stats, wall: float, db: dict, total_wall: float, open_at_end: int,
           reconciled: str, cpu: dict[str, float]) -> None:
    requests = sum(stats.status.values())
    hold = stats.latency["hold"]
    print()
    sessions = "Redis + database" if args.redis else "database"
    print(f"=== booking rush: {args.seats} seats, {args.members} members, gunicorn "
          f"{args.workers} workers x {args.threads} threads, {os.cpu_count()} cores, "
          f"sessions: {sessions} ===")
    print(f"seats sold (DB)               {db['sold']} / {args.seats}"
          f"   (still held: {db['held']})")
    print(f"seats sold twice (DB)         {db['doubled']}")
    print(f"successful bookings           {stats.bookings} (client)  "
          f"{db['confirmed_bookings']} (DB, confirmed)")
    print(f"confirmed, seats missing      {len(db['confirmed_missing_seats'])}")
    print(f"paid at PG, return lost       {open_at_end}   (then reconcile: {reconciled})")
    print(f"money kept without seats      {len(db['money_kept_without_seats'])}   (after reconcile)")
    print(f"seats/second end-to-end       {db['sold'] / wall:.1f}")
    print(f"bookings/second               {stats.bookings / wall:.1f}")
    print(f"hold latency p50 / p99        {percentile(hold, 50) * 1000:.0f} ms / "
          f"{percentile(hold, 99) * 1000:.0f} ms   ({len(hold)} holds, {stats.taken} × 409)")
    for step in ("seat_map", "payment", "sandbox_window", "payment_return"):
        values = stats.latency[step]
        if values:
            print(f"  {step:<27} p50 {percentile(values, 50) * 1000:.0f} ms, "
                  f"p99 {percentile(values, 99) * 1000:.0f} ms ({len(values)})")
    print(f"HTTP requests                 {requests} ({requests / wall:.0f}/s)")
    print(f"access records (P1.2, DB)     {db['access_records']}   (batched through the spool; "
          "at least the requests answered, plus any cut off at the end)")
    print(f"5xx responses                 {sum(stats.server_errors.values())}"
          + (f"  {dict(stats.server_errors)}" if stats.server_errors else ""))
    if stats.transport_errors:
        print(f"transport errors              {dict(stats.transport_errors)}")
    if stats.other_failures:
        print(f"other failures                {dict(stats.other_failures)}")
    if cpu:
        capacity = wall * (os.cpu_count() or 1)
        print(f"CPU during the rush           {sum(cpu.values()):.1f} s of {capacity:.1f} s "
              f"({os.cpu_count()} cores x wall): " + ", ".join(
                  f"{name} {seconds:.1f} s ({100 * seconds / capacity:.0f}%)"
                  for name, seconds in cpu.items()))
        if stats.bookings and requests:
            print(f"  per HTTP request            server {1000 * cpu['server'] / requests:.1f} ms, "
                  f"PostgreSQL {1000 * cpu['postgres'] / requests:.1f} ms, "
                  f"load generator {1000 * cpu['load generator'] / requests:.1f} ms")
            print(f"  requests per booking        {requests / stats.bookings:.1f}")
    seconds = int(wall) + 1
    sold = [0] * seconds
    for at, n in stats.sold_at:
        sold[min(int(at), seconds - 1)] += n
    answered = [0] * seconds
    for at in stats.requests_at:
        answered[min(int(at), seconds - 1)] += 1
    print("seats sold, second by second  " + " ".join(str(n) for n in sold))
    print("requests, second by second    " + " ".join(str(n) for n in answered))
    ending = "sold out" if stats.sold_out else f"cut off at --max-seconds {args.max_seconds:g}"
    print(f"rush wall time                {wall:.1f} s, {ending}   (whole run {total_wall:.1f} s;"
          f" {stats.abandoned} members stopped mid-request)")


_PREPARED: dict = {}  # the first run's showtime and sessions, reused by later runs


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
        return _PREPARED["showtime"], _PREPARED["sessions"]
    recreate_databases(args.pg, names)
    showtime_id, sessions = set_up(args)
    if args.pretix:
        recreate_databases(args.pg, seeds, names)  # set_up closed its connections
    _PREPARED.update(showtime=showtime_id, sessions=sessions)
    return showtime_id, sessions


def start_servers(args, out: Path, showtime_id: int, servers: list) -> str:
    """One gunicorn on a free port, or ``--nodes`` of them behind nginx (each appended to
    ``servers`` as it starts); returns the base URL once every one answers."""
    for old in out.glob("gunicorn*.log"):
        old.unlink()
    ports = [args.port or free_port()] if args.nodes <= 1 else \
        [free_port() for _ in range(args.nodes)]
    for i, port in enumerate(ports):
        log = out / ("gunicorn.log" if args.nodes <= 1 else f"gunicorn-{i + 1}.log")
        servers.append(start_gunicorn(args, port, log))
        wait_until_up(f"http://127.0.0.1:{port}", showtime_id, servers[-1], log)
    if args.nodes <= 1:
        return f"http://127.0.0.1:{ports[0]}"
    front = free_port()
    nginx, folder = rush_nodes.start_nginx(front, ports)
    servers.append(nginx)
    wait_until_up(f"http://127.0.0.1:{front}", showtime_id, nginx, folder / "error.log")
    print(f"{args.nodes} nodes on ports {ports} behind nginx on {front} ({folder})")
    return f"http://127.0.0.1:{front}"


def start_profiler(args, server: subprocess.Popen, out: Path) -> subprocess.Popen | None:
    py_spy = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if not py_spy:
        print("--profile: py-spy is not installed (pip install py-spy); not profiling")
        return None
    svg = out / f"profile-{int(time.time())}.svg"
    print(f"profiling with py-spy into {svg}")
    return subprocess.Popen([py_spy, "record", "--pid", str(server.pid), "--subprocesses",
                             "--rate", "100", "--output", str(svg)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def one_run(args, run: int = 0) -> tuple[int, dict]:
    """Set up (or restore), serve, rush, audit, report. Returns (exit status, figures)."""
    total_started = time.perf_counter()
    out = ROOT / "var" / "bench"  # var/ is ignored by git
    out.mkdir(parents=True, exist_ok=True)
    showtime_id, sessions = prepare(args)
    servers, profiler = [], None
    try:
        base = start_servers(args, out, showtime_id, servers)
        if args.profile:
            profiler = start_profiler(args, servers[0], out)
        print(f"server up on {base}; rush starts", flush=True)
        pids = {server.pid for server in servers}
        cpu_before = cpu_seconds(pids)
        if args.waiting_room:
            stats, wall, visits = asyncio.run(rush_waitingroom.rush(
                base, showtime_id, sessions, args, sys.modules[__name__]))
        else:
            stats, wall = asyncio.run(rush(base, showtime_id, sessions, args))
        cpu_after = cpu_seconds(pids)
        cpu = {name: cpu_after[name] - cpu_before[name] for name in cpu_after}
    finally:
        stop(profiler, signal.SIGINT)
        for server in servers:
            stop(server)
    open_at_end = left_to_reconciler()
    reconciled = reconcile() if open_at_end else "nothing to do"
    db = audit(showtime_id)
    report(args, stats, wall, db, time.perf_counter() - total_started, open_at_end, reconciled,
           cpu)
    if args.waiting_room:
        rush_waitingroom.report(args, visits, stats, rush_waitingroom.redis_figures(args),
                                max(stats.rates, default=0.0))
    errors = sum(path.read_text().count("Traceback") for path in out.glob("gunicorn*.log"))
    if errors:
        print(f"server log: {errors} traceback(s) in {out}/gunicorn*.log")
    ok = (db["doubled"] == 0 and not db["money_kept_without_seats"]
          and not db["confirmed_missing_seats"] and not stats.server_errors)
    return (0 if ok else 1), {"seats_per_s": db["sold"] / wall, "doubled": db["doubled"],
                              "server_errors": sum(stats.server_errors.values())}


def main() -> int:
    args = parse_args()
    if not redis_answers(args.redis):
        if args.waiting_room:
            sys.exit("--waiting-room needs Redis (--redis URL that answers)")
        args.redis = ""  # run with database-only sessions
    if args.pretix:
        return rush_pretix.interleaved(args, one_run)
    return one_run(args)[0]


if __name__ == "__main__":
    sys.exit(main())
