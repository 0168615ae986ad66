#!/usr/bin/env python
"""Server CPU per hot request, in one process, without the network (issue 17).

On a shared machine the rush's seats per second follow whatever share of the cores
other jobs leave; the CPU a request costs does not. This replays the rush's requests
one member at a time through what gunicorn serves (``marquee.wsgi.application``: the
queue fast path around Django), on a fresh showtime in a database a ``booking_rush.py``
run left behind (its screen, members and sessions), and measures each step's CPU: this
process's (``time.process_time``: the worker's, spool flusher thread included) and the
PostgreSQL backend's (from ``/proc``, summed over the steps: its clock ticks are 10 ms).

Per member: the seat map (200), the same map revalidated (304), a hold of 1-4 free seats
that starts the card payment (201), a hold of seats someone bought (409, plain and
``"nearby": true`` when no block is left), the sandbox PG window (302) and the return
(302 to the ticket). Prints per step the median and mean CPU in ms; ``--profile DIR``
writes a cProfile file per step there (``python -m pstats``).

    PYTHONPATH=src python bench/hot_path_cpu.py --db m_rush_bench --members 150
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")


def backend_cpu(pid: int) -> float:
    """CPU seconds (user + system) of one PostgreSQL backend."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def backend_pid() -> int | None:
    """The PostgreSQL backend of Django's connection (kept open: ``CONN_MAX_AGE``)."""
    from django.db import connection

    return connection.connection.info.backend_pid if connection.connection else None


class Steps:
    """Runs requests through the WSGI application and files their CPU by step."""

    def __init__(self, app, profile_dir: Path | None):
        self.app, self.profile_dir = app, profile_dir
        self.show_queries = False
        self.cpu = defaultdict(list)
        self.db = defaultdict(float)
        self.profiles: dict[str, cProfile.Profile] = {}

    def __call__(self, step: str, environ: dict, expected: int):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        seen = {}
        profile = None
        if self.profile_dir is not None:
            profile = self.profiles.setdefault(step, cProfile.Profile(time.process_time))
        backend = backend_pid()
        db_before = backend_cpu(backend) if backend else 0.0
        started = time.process_time()
        if profile:
            profile.enable()
        # Only when asked: the debug cursor formats every statement, which the server
        # does not pay (it added about 0.1 ms per query to every figure before 2026-12-07).
        with CaptureQueriesContext(connection) if self.show_queries else nullcontext() as queries:
            body = b"".join(self.app(environ, lambda status, headers: seen.update(
                status=int(status[:3]), headers=dict(headers))))
        if profile:
            profile.disable()
        self.cpu[step].append(time.process_time() - started)
        if backend and backend == backend_pid():  # the same connection throughout
            self.db[step] += backend_cpu(backend) - db_before
        if self.show_queries:
            print(f"--- {step}: {len(queries)} queries")
            for query in queries:
                print("   ", query["sql"][:400])
        if seen["status"] != expected:
            raise SystemExit(f"{step}: {seen['status']} (expected {expected}): {body[:300]!r}")
        return body, seen["headers"]

    def report(self) -> None:
        print(f"{'step':<26} {'n':>4} {'median ms':>10} {'mean ms':>8} {'PG mean ms':>11}")
        for step, values in self.cpu.items():
            print(f"{step:<26} {len(values):>4} {statistics.median(values) * 1000:>10.2f} "
                  f"{statistics.mean(values) * 1000:>8.2f} {self.db[step] / len(values) * 1000:>11.2f}")
        if self.profile_dir is not None:
            self.profile_dir.mkdir(parents=True, exist_ok=True)
            for step, profile in self.profiles.items():
                profile.dump_stats(self.profile_dir / f"{step}.pstats")
            print(f"profiles: {self.profile_dir}/<step>.pstats")


def fresh_showtime():
    """A new showtime on the bench's screen, nothing claimed yet."""
    import datetime

    from django.utils import timezone

    from marquee.booking.models import Price, Showtime

    last = Showtime.objects.order_by("-pk").first()
    showtime = Showtime.objects.create(movie=last.movie, screen=last.screen,
                                       starts_at=timezone.now() + datetime.timedelta(days=2))
    Price.objects.create(showtime=showtime, ticket_type="adult", amount=14000)
    return showtime


def member_sessions(limit: int) -> list[str]:
    from django.contrib.sessions.models import Session

    keys = [s.session_key for s in Session.objects.order_by("session_key")
            if "_auth_user_id" in s.get_decoded()]
    return keys[:limit]


def free_block(seat_map: dict, size: int) -> list[str]:
    for row in seat_map["rows"]:
        run = []
        for seat in row["seats"]:
            run = run + [seat["label"]] if seat["state"] == "free" else []
            if len(run) == size:
                return run
    return []


def one_member(steps: Steps, factory, showtime_id: int, key: str, n: int, sold: list[str]):
    """One member's requests; returns the seats they bought."""
    csrf = "x" * 32
    headers = {"Cookie": f"sessionid={key}; csrftoken={csrf}", "Host": "127.0.0.1",
               "X-CSRFToken": csrf, "Referer": "http://127.0.0.1/"}
    seats_path = f"/api/showtimes/{showtime_id}/seats"
    body, answer = steps("seat map", factory.get(seats_path, headers=headers).environ, 200)
    seat_map = json.loads(body)
    steps("seat map 304", factory.get(seats_path, headers={
        **headers, "If-None-Match": answer["ETag"]}).environ, 304)
    holds = f"/api/showtimes/{showtime_id}/holds"

    def hold(step, seats, expected, **extra):
        payload = {"seats": seats, "tickets": {"adult": len(seats)}, "pay": "card", **extra}
        return steps(step, factory.post(holds, json.dumps(payload), "application/json",
                                        headers=headers).environ, expected)

    if sold:
        hold("hold refused", sold[:1], 409)
    seats = free_block(seat_map, 1 + n % 4) or free_block(seat_map, 1)
    if not seats:
        return []
    body, _ = hold("hold that pays", seats, 201)
    window = json.loads(body)["payment"]["params"]["window_url"]
    form = {"csrfmiddlewaretoken": csrf, "method": "card", "card_number": "4242424242424242",
            "card_expiry": "12/29", "action": "pay"}
    _, answer = steps("PG window", factory.post(window, form, headers=headers).environ, 302)
    _, answer = steps("payment return", factory.get(answer["Location"], headers=headers).environ,
                      302)
    if "/ticket/" not in answer["Location"]:
        raise SystemExit(f"the return went to {answer['Location']}")
    return seats


def database_arguments(parser: argparse.ArgumentParser) -> None:
    """The options naming the database a rush left behind, and Redis."""
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--db", default="marquee_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")


def server_environment(args) -> None:
    """The environment the rush's gunicorn runs with, for Django in this process."""
    os.environ.update({
        "DATABASE_URL": f"{args.pg}/{args.db}", "ARCHIVE_DATABASE_URL": f"{args.pg}/{args.db}_archive",
        "DJANGO_SETTINGS_MODULE": "marquee.settings", "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "MARQUEE_SANDBOX_SEND_WEBHOOKS": "0",
        **({"MARQUEE_REDIS_URL": args.redis} if args.redis else {})})
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    database_arguments(parser)
    parser.add_argument("--members", type=int, default=150)
    parser.add_argument("--profile", type=Path, default=None, metavar="DIR")
    parser.add_argument("--queries", action="store_true",
                        help="print the SQL of each step for the last member")
    args = parser.parse_args()
    server_environment(args)
    from django.test import RequestFactory

    from marquee.wsgi import application  # what gunicorn serves, warmed up

    showtime = fresh_showtime()
    steps = Steps(application, args.profile)
    factory = RequestFactory()
    sold: list[str] = []
    keys = member_sessions(args.members)
    for n, key in enumerate(keys):
        steps.show_queries = args.queries and n == len(keys) - 1
        sold += one_member(steps, factory, showtime.pk, key, n, sold)
        if n == 0:  # the first member warmed the code paths up: count from the second
            steps.cpu.clear()
            steps.db.clear()
    print(f"showtime {showtime.pk}: {len(sold)} seats sold; load average "
          f"{os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    steps.report()


if __name__ == "__main__":
    main()
