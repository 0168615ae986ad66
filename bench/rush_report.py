"""``booking_rush.py``'s figures: what the client saw, what the database says, the CPU."""

from __future__ import annotations

import os
from collections import Counter


def percentile(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))]


def last_sale_at(stats) -> float:
    """Seconds from the first request to the last sale's answer (the ticket): pretix's
    ``t_sellout_s``. The rush wall goes on until a member's map shows everything sold."""
    return max((at for at, _n in stats.sold_at), default=0.0)


def report(args, stats, wall: float, db: dict, total_wall: float, open_at_end: int,
           reconciled: str, cpu: dict[str, float]) -> None:
    requests = sum(stats.status.values())
    hold = stats.latency["hold"]
    print()
    sessions = "Redis + database" if args.redis else "database"
    kind = "sync workers" if args.threads == 1 else f"workers x {args.threads} threads"
    print(f"=== booking rush: {args.seats} seats, {args.members} members, gunicorn "
          f"{args.workers} {kind}, {os.cpu_count()} cores, sessions: {sessions} ===")
    print(f"seats sold (DB)               {db['sold']} / {args.seats}"
          f"   (still held: {db['held']})")
    print(f"seats sold twice (DB)         {db['doubled']}")
    print(f"successful bookings           {stats.bookings} (client)  "
          f"{db['confirmed_bookings']} (DB, confirmed)")
    print(f"confirmed, seats missing      {len(db['confirmed_missing_seats'])}")
    print(f"paid at PG, return lost       {open_at_end}   (then reconcile: {reconciled})")
    print(f"money kept without seats      {len(db['money_kept_without_seats'])}   (after reconcile)")
    print(f"seats/second, rush wall       {db['sold'] / wall:.1f}")
    last_sale = last_sale_at(stats)
    if last_sale:
        print(f"seats/second, to last sale    {stats.seats / last_sale:.1f}   (pretix's "
              f"tickets_per_s: sold / first request to the last sale's answer, {last_sale:.1f} s)")
    print(f"bookings/second               {stats.bookings / wall:.1f}")
    print(f"hold latency p50 / p99        {percentile(hold, 50) * 1000:.0f} ms / "
          f"{percentile(hold, 99) * 1000:.0f} ms   ({len(hold)} holds, {stats.taken} × 409)")
    for step in ("seat_map", "payment", "sandbox_window", "payment_return"):
        values = stats.latency[step]
        if values:
            unchanged = stats.status[(step, "3xx")] if step == "seat_map" else 0
            idle = getattr(stats, "idle_maps", 0) if step == "seat_map" else 0
            print(f"  {step:<27} p50 {percentile(values, 50) * 1000:.0f} ms, "
                  f"p99 {percentile(values, 99) * 1000:.0f} ms ({len(values)}"
                  + (f", {unchanged} × 304 unchanged" if unchanged else "")
                  + (f", {idle} showed nothing free" if idle else "") + ")")
    print(f"HTTP requests                 {requests} ({requests / wall:.0f}/s)")
    idle_refusals = getattr(stats, "idle_refusals", 0)
    if idle_refusals:
        print(f"  refusals leaving nothing free {idle_refusals} (the member waits for the page's "
              "next poll)")
    if stats.bookings:
        by_step = Counter()
        for (step, _kind), n in stats.status.items():
            by_step[step] += n
        print(f"requests per booking          {requests / stats.bookings:.2f}: " + ", ".join(
            f"{step} {n / stats.bookings:.2f}" for step, n in by_step.most_common()))
        why = getattr(stats, "map_why", None)
        if why:
            print("  seat maps, why fetched       " + ", ".join(
                f"{reason} {n} ({stats.map_unchanged[reason]} × 304)"
                for reason, n in why.most_common()))
            print("  holds, which                 " + ", ".join(
                f"{kind} {n} ({stats.hold_refused[kind]} × 409)"
                for kind, n in stats.hold_why.most_common()))
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


