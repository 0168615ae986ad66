#!/usr/bin/env python
"""Booking rush: many members race for the seats of one showtime, end to end over HTTP.

A benchmark, not a test: it prints figures. It builds a fresh PostgreSQL database
(``marquee_bench`` and ``marquee_bench_archive``, dropped and created), migrates it,
creates one screen of ``--seats`` seats (rows of 25), one showtime, ``--members``
members (through the normal sign-up service) and one logged-in session each, starts
gunicorn on it (production's configuration), and then lets every member, concurrently,
loop:

    GET  /api/showtimes/<id>/seats           pick 1-4 free adjacent seats
    POST /api/showtimes/<id>/holds           "pay": "card": the hold starts the payment;
                                             409 → take the suggested block, or pick again
    POST /payments/sandbox/<payment_id>/     the sandbox PG window: 4242…, 12/29
    GET  /booking/bookings/<number>/payment-return/?paymentId=…   → ticket

until no seat is left. Then it checks the database (every seat sold at most once,
no money kept without seats) and prints the figures. See bench/README.md.

    .venv/bin/python bench/booking_rush.py [--seats 500] [--members 200] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# This folder's modules, one job each: the data and audit, the server, the load, the figures.
import rush_data  # noqa: E402
import rush_driver  # noqa: E402
import rush_pretix  # noqa: E402
import rush_report  # noqa: E402
import rush_server  # noqa: E402
import rush_waitingroom  # noqa: E402 - the waiting-room rush (B6)

ROOT = Path(__file__).resolve().parent.parent


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seats", type=int, default=500, help="seats in the screen (rows of 25)")
    parser.add_argument("--members", type=int, default=200, help="concurrent members")
    parser.add_argument("--workers", type=int, default=None,
                        help="gunicorn worker processes (default: production's configuration, "
                             "marquee.deployment.gunicorn_conf: 2*cores+1)")
    parser.add_argument("--threads", type=int, default=1,
                        help="gthread threads per worker (default 1: production's sync workers)")
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
    parser.add_argument("--hot-pool", action="store_true",
                        help="with --nodes >= 2: the last node serves holds and payments only "
                             "(rush_nodes.HOT_PATHS), the others everything else")
    parser.add_argument("--best-share", type=float, default=rush_driver.BEST_SHARE,
                        help="share of members who press 'best available' instead of picking "
                             "seats (see rush_driver.BEST_SHARE; 0: everyone picks)")
    parser.add_argument("--nearby-share", type=float, default=rush_driver.NEARBY_SHARE,
                        help="share of the seat-picking members whose hold asks for the nearest "
                             "block if their seats are gone (see rush_driver.NEARBY_SHARE)")
    parser.add_argument("--classic-flow", action="store_true",
                        help="start the payment with a request of its own after the hold "
                             "(the flow before 2026-12-07) instead of with the hold")
    rush_waitingroom.add_arguments(parser)
    args = parser.parse_args()
    args.wr_prefix = f"bench:wr:{os.getpid()}:{int(time.time())}:"
    args.workers = args.workers or rush_server.production_workers()
    if args.hot_pool and args.nodes < 2:
        parser.error("--hot-pool needs --nodes 2 or more")
    return args


# --- database and data ------------------------------------------------------------------


def one_run(args, run: int = 0) -> tuple[int, dict]:
    """Set up (or restore), serve, rush, audit, report. Returns (exit status, figures)."""
    total_started = time.perf_counter()
    out = ROOT / "var" / "bench"  # var/ is ignored by git
    out.mkdir(parents=True, exist_ok=True)
    showtime_id, sessions = rush_data.prepare(args)
    servers, profiler = [], None
    try:
        base = rush_server.start_servers(args, out, showtime_id, servers)
        if args.profile:
            profiler = rush_server.start_profiler(args, servers[0], out)
        print(f"server up on {base}; rush starts", flush=True)
        pids = {server.pid for server in servers}
        cpu_before = rush_server.cpu_readings(pids)
        if args.waiting_room:
            stats, wall, visits = asyncio.run(rush_waitingroom.rush(
                base, showtime_id, sessions, args, rush_driver))
        else:
            stats, wall = asyncio.run(rush_driver.rush(base, showtime_id, sessions, args))
        cpu = rush_server.cpu_used(cpu_before, rush_server.cpu_readings(pids))
    finally:
        rush_server.stop(profiler, signal.SIGINT)
        for server in servers:
            rush_server.stop(server)
    open_at_end = rush_data.left_to_reconciler()
    reconciled = rush_data.reconcile() if open_at_end else "nothing to do"
    db = rush_data.audit(showtime_id)
    rush_report.report(args, stats, wall, db, time.perf_counter() - total_started, open_at_end,
                       reconciled, cpu)
    if args.waiting_room:
        rush_waitingroom.report(args, visits, stats, rush_waitingroom.redis_figures(args),
                                max(stats.rates, default=0.0))
    errors = sum(path.read_text().count("Traceback") for path in out.glob("gunicorn*.log"))
    if errors:
        print(f"server log: {errors} traceback(s) in {out}/gunicorn*.log")
    ok = (db["doubled"] == 0 and not db["money_kept_without_seats"]
          and not db["confirmed_missing_seats"] and not stats.server_errors)
    requests = sum(stats.status.values())
    last_sale = rush_report.last_sale_at(stats)
    return (0 if ok else 1), {"seats_per_s": db["sold"] / wall, "doubled": db["doubled"],
                              "seats_per_s_last_sale": stats.seats / last_sale if last_sale else 0.0,
                              "server_errors": sum(stats.server_errors.values()),
                              "requests_per_booking": requests / max(stats.bookings, 1)}


def main() -> int:
    args = parse_args()
    if not rush_data.redis_answers(args.redis):
        if args.waiting_room:
            sys.exit("--waiting-room needs Redis (--redis URL that answers)")
        args.redis = ""  # run with database-only sessions
    if args.pretix:
        return rush_pretix.interleaved(args, one_run)
    return one_run(args)[0]


if __name__ == "__main__":
    sys.exit(main())
