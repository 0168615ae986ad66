"""The opening-day rush with the waiting room on (B6), for ``booking_rush.py``.

``--waiting-room`` gates the showtime (staff's switch, done in the set-up) and lets
``--members`` members arrive spread evenly over ``--arrival-seconds``. Each member, once:

    GET  /api/showtimes/<id>/seats        409 waiting_room: queue
    GET  /queue/<gate>/status             (JSON, the ticket from the 409 in
                                          X-Marquee-Ticket: answered before Django) until
                                          admitted, honouring Retry-After; the answer
                                          carries the signed pass
    then the normal flow with the pass in ``X-Marquee-Pass``: map, hold (409 → pick
    again from the refusal, or take its suggested block), payment, PG window, return.

Figures, per booked member: the booking after admission (first seat map with the pass
to the ticket: the issue's "end-to-end booking"), arrival to ticket (the queue
included) and the time waited in the queue, apart; per step; fairness (arrival order at
the client against admission order), the server's backlog waits (admitted members'
requests, the controller's input; the waiting crowd's arrivals and polls), the admission rate the controller reached, Redis memory per waiting member
(``MEMORY USAGE`` of the gate's keys ÷ tickets), oversold seats and 5xx (from the
common audit).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field

try:
    import aiohttp
except ImportError:  # pragma: no cover
    aiohttp = None


def add_arguments(parser) -> None:
    parser.add_argument("--waiting-room", action="store_true",
                        help="gate the showtime; members queue, then book once each")
    parser.add_argument("--arrival-seconds", type=float, default=5.0,
                        help="with --waiting-room: members arrive spread over this long")
    parser.add_argument("--arrival", choices=("fast", "django"), default="fast",
                        help="with --waiting-room: members carry the queue identity from the "
                             "seat-map page (fast: the arrival is answered before Django) or "
                             "not (django: every arrival a full Django request)")
    parser.add_argument("--initial-rate", type=float, default=10.0,
                        help="with --waiting-room: the gate's starting admission rate (/s)")


def server_env(args) -> dict[str, str]:
    if not getattr(args, "waiting_room", False):
        return {}
    return {"MARQUEE_WAITINGROOM_PREFIX": args.wr_prefix,
            "MARQUEE_WAITINGROOM_INITIAL_RATE": str(args.initial_rate)}


def open_gate(showtime_id: int, args) -> str:
    """In the set-up process (Django configured like the server)."""
    from marquee.waitingroom import gates

    return gates.open_gate([showtime_id], rate=args.initial_rate)


@dataclass
class Visit:
    arrived: float  # client clock, seconds into the rush
    number: int = -1  # the server's ticket (arrival order at the server)
    queued_at: float | None = None
    admitted_at: float | None = None
    first_map: float | None = None  # the arrival: the first seat-map request
    booking_from: float | None = None  # the first seat-map request with the pass
    ticket_at: float | None = None
    seats: int = 0
    outcome: str = "waiting"
    polls: int = 0
    holds: list[float] = field(default_factory=list)


async def _queue(member, gate_status: str, ticket: str, visit: Visit, stats, t0: float) -> bool:
    """Poll the gate until admitted, with the signed ticket in ``X-Marquee-Ticket`` (the
    server's fast path answers from it, before Django); sets the pass header."""
    while True:
        status, body, _ = await member.call("queue_status", "GET", gate_status, headers_extra={
            "Accept": "application/json", "X-Marquee-Ticket": ticket})
        visit.polls += 1
        if status != 200:
            await asyncio.sleep(1)
            continue
        data = json.loads(body)
        visit.number = data.get("number", visit.number)
        ticket = data.get("ticket") or ticket
        if data.get("admitted"):
            visit.admitted_at = time.perf_counter() - t0
            member.headers["X-Marquee-Pass"] = data["pass"]
            return True
        await asyncio.sleep(data.get("poll_seconds", 1))


async def visit_loop(member, helpers, showtime_id, rng, visit: Visit, t0, sold_out):
    """One member's arrival, wait and booking (one booking at most); a client timeout
    (60 s) or connection error is counted and the member tries again."""
    await asyncio.sleep(max(0.0, t0 + visit.arrived - time.perf_counter()))
    visit.first_map = time.perf_counter() - t0
    while visit.outcome == "waiting" and not sold_out.is_set():
        try:
            await _visit(member, helpers, showtime_id, rng, visit, t0, sold_out)
        except (TimeoutError, aiohttp.ClientError) as exc:
            member.stats.transport_errors[type(exc).__name__] += 1
            await asyncio.sleep(0.5)


async def _visit(member, helpers, showtime_id, rng, visit: Visit, t0, sold_out):
    stats = member.stats
    taken: set[str] = set()
    attempts = 0
    while not sold_out.is_set() and attempts < 12:
        # The first map request is the arrival (a 409 with the ticket): reported apart
        # from the admitted members' maps; the first map with the pass starts the booking.
        if visit.admitted_at is not None and visit.booking_from is None:
            visit.booking_from = time.perf_counter() - t0
        status, body, _ = await member.call("seat_map" if visit.admitted_at else "arrival",
                                            "GET", f"/api/showtimes/{showtime_id}/seats")
        if status == 409 and json.loads(body).get("code") == "waiting_room":
            refusal = json.loads(body)  # the ticket comes with it: first poll after a while
            visit.queued_at = visit.queued_at or time.perf_counter() - t0
            visit.number = refusal.get("number", visit.number)
            await asyncio.sleep(refusal.get("poll_seconds", 1))
            await _queue(member, refusal["status"], refusal.get("ticket", ""), visit, stats, t0)
            continue
        if status != 200:
            attempts += 1
            continue
        seat_map = json.loads(body)
        runs = helpers.free_runs(seat_map)
        if not runs:
            visit.outcome = "sold out"
            return
        if member.best:
            attempts += 1
            status, seats, number, payment = await helpers.hold_best(member, showtime_id, rng)
            if status == 201:
                return await _booked(member, helpers, number, seats, visit, payment)
            continue
        seats = helpers.choose(runs, rng)
        while seats:
            attempts += 1
            started = time.perf_counter()
            status, body, _ = await member.call(
                "hold", "POST", f"/api/showtimes/{showtime_id}/holds",
                json=helpers.hold_body(member, seats))
            visit.holds.append(time.perf_counter() - started)
            if status == 201:
                held = json.loads(body)
                return await _booked(member, helpers, held["number"], held["seats"], visit,
                                     held.get("payment"))
            if status != 409 or attempts >= 12:
                break
            stats.taken += 1
            refusal = json.loads(body)
            if refusal.get("code") == "waiting_room":  # the pass lapsed
                break
            # One click: the refusal's suggested block near the picked seats.
            suggestion = refusal.get("suggestion") or []
            taken.update(refusal.get("unavailable") or [])
            seats = suggestion or helpers.choose(helpers.free_runs(seat_map, taken), rng)
    visit.outcome = visit.outcome if visit.outcome != "waiting" else "gave up"


async def _booked(member, helpers, number: str, seats: list[str], visit: Visit,
                  payment: dict | None = None) -> None:
    sold_at = await helpers.settle(member, number, seats, payment)
    if sold_at is None:
        visit.outcome = "payment failed"
        return
    visit.ticket_at = sold_at  # seconds into the rush, like t0's offsets
    visit.seats, visit.outcome = len(seats), "booked"


async def rush(base, showtime_id, sessions, args, helpers):
    """Returns (stats, wall seconds, visits)."""
    stats = helpers.Stats()
    sold_out = asyncio.Event()
    rng = random.Random(args.seed)
    n = len(sessions)
    visits = [Visit(arrived=args.arrival_seconds * i / max(1, n - 1)) for i in range(n)]
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
                                     timeout=aiohttp.ClientTimeout(total=60)) as http:
        t0 = stats.started = time.perf_counter()
        members = helpers.mix(helpers.make_members(http, base, sessions, stats, args), args,
                              rng)
        tasks = [asyncio.create_task(visit_loop(
            member, helpers, showtime_id, random.Random(rng.random()), visit, t0, sold_out))
            for member, visit in zip(members, visits, strict=True)]
        stats.rates, stats.rules, stats.inputs = [], [], []
        watcher = asyncio.create_task(_watch_sold_out(showtime_id, sold_out, stats, args))
        everyone = asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.wait([everyone, watcher], timeout=args.max_seconds,
                           return_when=asyncio.FIRST_COMPLETED)
        ended = time.perf_counter()
        stats.sold_out = sold_out.is_set()
        stats.abandoned = sum(not task.done() for task in tasks)
        for task in [*tasks, watcher]:
            task.cancel()
        await asyncio.gather(everyone, watcher, return_exceptions=True)
    return stats, ended - t0, visits


async def _watch_sold_out(showtime_id, sold_out, stats, args):
    """Every second: sold out (every seat sold, in the database) ends the rush; the gate's
    admission rate is sampled from Redis."""
    import redis

    from marquee.booking.models import SeatClaim

    client = redis.Redis.from_url(args.redis, decode_responses=True)
    gate = args.wr_prefix + f"gate:s{showtime_id}"

    def sold() -> int:
        from django.db import connection

        try:
            return SeatClaim.objects.filter(showtime_id=showtime_id,
                                            expires_at__isnull=True).count()
        finally:
            connection.close()

    while True:
        await asyncio.sleep(1)
        try:
            rate, rule, inputs = client.hmget(gate, "rate", "rule", "inputs")
            stats.rates.append(float(rate or 0))
            stats.rules.append(rule or "-")
            stats.inputs.append(inputs or "")
            if await asyncio.to_thread(sold) >= args.seats:
                sold_out.set()
                return
        except Exception as exc:  # noqa: BLE001 - a busy machine: look again next second
            stats.other_failures[f"sold-out check {type(exc).__name__}"] += 1


def percentile(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))]


def _line(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<30}(none)"
    return (f"{name:<30}p50 {percentile(values, 50):.2f} s, p95 {percentile(values, 95):.2f} s, "
            f"p99 {percentile(values, 99):.2f} s, max {max(values):.2f} s ({len(values)})")


def fairness(visits: list[Visit], batch: float) -> str:
    """Arrival order at the client against the order of the server's tickets (admission
    is by ticket, in order): how many were let in ahead of someone who arrived earlier,
    and by how many places at most, against the admission batch."""
    admitted = [v for v in visits if v.admitted_at is not None and v.number > 0]
    by_arrival = sorted(admitted, key=lambda v: v.arrived)
    rank_of = {id(v): i for i, v in enumerate(sorted(admitted, key=lambda v: v.number))}
    shifts = [i - rank_of[id(v)] for i, v in enumerate(by_arrival)]
    ahead = [s for s in shifts if s > 0]
    over = sum(1 for s in ahead if s > batch)
    return (f"{len(ahead)} of {len(admitted)} admitted ahead of an earlier arrival, by at most "
            f"{max(ahead, default=0)} places; {over} by more than the admission batch "
            f"({batch:.0f} = peak rate x 1 s)")


def redis_figures(args) -> dict:
    """Memory of the gate's keys and the rate reached, read from Redis after the rush."""
    import redis

    client = redis.Redis.from_url(args.redis, decode_responses=True)
    prefix = args.wr_prefix
    tickets_keys = list(client.scan_iter(match=prefix + "tickets:*"))
    tickets = sum(client.hlen(k) for k in tickets_keys)
    keys = [*tickets_keys, *client.scan_iter(match=prefix + "seq:*"),
            *client.scan_iter(match=prefix + "gate:*"), prefix + "gates"]
    memory = sum(client.memory_usage(k, samples=0) or 0 for k in keys)
    # The backlog waits the server measured (ms bucket → count): admitted members'
    # requests (the controller's input) and the waiting crowd's arrivals and polls.
    waits: dict[str, dict[int, int]] = {"wait": {}, "crowd": {}}
    for kind, counts in waits.items():
        for key in client.scan_iter(match=prefix + f"m:{kind}:*"):
            for bound, n in client.hgetall(key).items():
                counts[int(bound)] = counts.get(int(bound), 0) + int(n)
    gate = next(iter(client.scan_iter(match=prefix + "gate:*")), None)
    rate = float(client.hget(gate, "rate") or 0) if gate else 0.0
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)
    return {"tickets": tickets, "bytes": memory, "rate": rate, "waits": waits}


def _histogram_line(name: str, counts: dict[int, int], what: str) -> str:
    """p50/p99 of a server histogram (bucket upper bounds in ms), interpolated within
    the bucket as the controller reads it (``metrics.percentile``)."""
    from marquee.waitingroom.metrics import percentile

    total = sum(counts.values())
    if not total:
        return f"{name:<30}(none)"
    out = ", ".join(f"p{q} {percentile(counts, q) / 1000:.3f} s" for q in (50, 99))
    return f"{name:<30}{out} ({total} samples: {what}, server-side, interpolated in buckets)"


def _queued(visits: list[Visit]) -> list[float]:
    """From the first refusal to the pass."""
    return [v.admitted_at - v.queued_at for v in visits
            if v.admitted_at is not None and v.queued_at is not None]


def _runs(words: list[str]) -> str:
    """``grow grow grow cap`` as ``grow x3 cap``: the rule the controller last applied
    (``controller.decide``), sampled each second."""
    out: list[str] = []
    for word in words:
        if out and out[-1].split(" x")[0] == word:
            head, _, n = out[-1].partition(" x")
            out[-1] = f"{head} x{int(n or 1) + 1}"
        else:
            out.append(word)
    return " ".join(out)


def report(args, visits: list[Visit], stats, redis_info: dict, peak_rate: float) -> None:
    booked = [v for v in visits if v.outcome == "booked"]
    print(f"--- waiting room: {len(visits)} members arriving over {args.arrival_seconds:g} s ---")
    print("outcomes                      " + ", ".join(
        f"{o} {sum(v.outcome == o for v in visits)}" for o in sorted({v.outcome for v in visits})))
    booking = [v.ticket_at - v.booking_from for v in booked if v.booking_from is not None]
    holds = [h for v in visits for h in v.holds]
    print(_line("admitted: map->ticket", booking))
    print(_line("arrival->ticket (incl. queue)", [v.ticket_at - v.first_map for v in booked]))
    print(_line("queue wait, booked members", _queued(booked)))
    print(_line("queue wait, every admitted", _queued(visits)))
    print(_line("hold latency, admitted", holds))
    print(_line(f"arrival (409 + ticket, {args.arrival})", stats.latency.get("arrival", [])))
    print(_line("queue poll (fast path)", stats.latency.get("queue_status", [])))
    waits = redis_info.get("waits", {})
    print(_histogram_line("backlog wait, admitted", waits.get("wait", {}),
                          "requests with a pass; the controller's input"))
    print(_histogram_line("backlog wait, waiting crowd", waits.get("crowd", {}),
                          "arrivals and polls; may hold the rate, never cuts it"))
    print(f"issue 17 targets              hold p99 (admitted) {percentile(holds, 99):.2f} s "
          f"(<= 1 s); booking p99 (admitted: map->ticket) {percentile(booking, 99):.2f} s "
          "(<= 10 s)")
    print(f"status polls                  {sum(v.polls for v in visits)} "
          f"({sum(v.polls for v in visits) / max(1, len(visits)):.1f} per member)")
    print(f"fairness                      {fairness(visits, max(1.0, peak_rate))}")
    print(f"admission rate at the end     {redis_info.get('rate', 0):.1f}/s "
          f"(controller; started at {args.initial_rate:g}/s, peak seen {peak_rate:.1f}/s)")
    print("admission rate, each second   " + " ".join(f"{r:.3g}" for r in stats.rates))
    print("controller rule, each second  " + _runs(stats.rules))
    changes = [(t, rule, stats.inputs[t]) for t, rule in enumerate(stats.rules)
               if rule != "-" and (t == 0 or stats.rules[t - 1] != rule)]
    for t, rule, inputs in changes[:12]:  # why the rule changed: what it read
        print(f"  at {t + 1:3d} s {rule:<7} {inputs}")
    tickets = redis_info.get("tickets", 0)
    if tickets:
        print(f"Redis memory per member       {redis_info['bytes'] / tickets:.0f} bytes "
              f"({redis_info['bytes']} bytes for {tickets} tickets: MEMORY USAGE of the "
              "gate's keys)")
