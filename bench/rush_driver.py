"""``booking_rush.py``'s load: every member an ``asyncio`` task on one ``aiohttp`` session,
looping seat map → hold (that starts the card payment, ``"pay": "card"``) → PG window →
return until nothing is left to sell. ``--classic-flow``: the hold, then the payment start
as a request of its own (the flow before 2026-12-07)."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter, defaultdict

try:
    import aiohttp
except ImportError:  # pragma: no cover - a set-up message, not a code path
    raise SystemExit("bench/booking_rush.py needs aiohttp: .venv/bin/pip install -e '.[bench]'") from None

CARD = "4242424242424242"
EXPIRY = "12/29"

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
        self.idle_maps = 0  # maps that showed nothing free but some seats held
        self.idle_refusals = 0  # refusals whose redrawn map showed nothing free
        # Why each seat map was fetched, and which hold each hold was (the driver's own
        # counters: which requests a booking needed, and which a page could do without).
        self.map_why = Counter()  # "first", "after a sale", "idle poll", ... → maps
        self.map_unchanged = Counter()  # the same reasons → 304s among them
        self.hold_why = Counter()  # "picked", "suggestion", "redrawn", "best" → holds
        self.hold_refused = Counter()  # the same kinds → 409s among them

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


def redraw(seat_map: dict, unavailable) -> dict:
    """The map as a 409 says the showtime is now: the seats it lists are held or sold,
    every other sellable seat is free (holds that lapsed or were released since the map was
    fetched included), as the seat-map page redraws it from the refusal."""
    gone = set(unavailable)
    rows = []
    for row in seat_map["rows"]:
        seats = []
        for seat in row["seats"]:
            state = seat["state"]
            if state != "blocked":
                state = ("sold" if state == "sold" else "held") if seat["label"] in gone \
                    else "free"
            seats.append({**seat, "state": state})
        rows.append({**row, "seats": seats})
    return {**seat_map, "rows": rows}


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

    def __init__(self, http, base: str, session_key: str, csrf: str, stats: Stats,
                 queue_identity: str = ""):
        self.http, self.base, self.csrf, self.stats = http, base, csrf, stats
        cookie = f"sessionid={session_key}; csrftoken={csrf}"
        if queue_identity:  # mq_id, from the seat-map page (waitingroom/identity.py)
            cookie += f"; mq_id={queue_identity}"
        self.headers = {"Cookie": cookie,
                        "X-CSRFToken": csrf, "Referer": base + "/"}
        self.map_etag, self.seat_map = "", None  # the last map, as a browser caches it
        self.best = False  # asks for "best available N seats" (see BEST_SHARE)
        self.nearby = False  # picks seats, "or the nearest if taken" (see NEARBY_SHARE)
        self.pay = True  # the hold starts the card payment (off: --classic-flow)
        self.why = "first"  # why the next seat map is fetched (Stats.map_why)

    async def call(self, step: str, method: str, path: str, headers_extra=None, **kwargs):
        """Returns (status, body bytes, Location header)."""
        started = time.perf_counter()
        headers = {**self.headers, **headers_extra} if headers_extra else self.headers
        async with self.http.request(method, self.base + path, headers=headers,
                                     allow_redirects=False, **kwargs) as response:
            body = await response.read()
            if step == "seat_map" and response.status == 200 and "ETag" in response.headers:
                self.map_etag = response.headers["ETag"]
        self.stats.record(step, started, response.status)
        return response.status, body, response.headers.get("Location", "")

    async def get_seat_map(self, showtime_id) -> dict | None:
        """The seat map, revalidated as a browser does (``Cache-Control: no-cache`` with
        an ETag): ``If-None-Match`` with the last one, and a 304 keeps the map it has."""
        extra = {"If-None-Match": self.map_etag} if self.seat_map is not None else None
        status, body, _ = await self.call("seat_map", "GET",
                                          f"/api/showtimes/{showtime_id}/seats", extra)
        self.stats.map_why[self.why] += 1
        self.stats.map_unchanged[self.why] += status == 304
        self.why = "reload"  # unless the loop says otherwise
        if status == 200:
            self.seat_map = json.loads(body)
        return self.seat_map if status in (200, 304) else None


# A member whose hold is refused (409) takes the block of the same size the refusal
# suggests near the seats they picked (one click in the app; chosen from the claims as
# they are now), or, when the refusal has none, redraws the map they already have from
# the refusal's list of every seat others hold or have bought (``redraw``: a seat it does
# not list is free again) and picks again. The redrawn map is as fresh as a reloaded one,
# so the member reloads only when it has no free block left, when a refusal carries no
# list, or after this many refusals in a row (a bound, not the page's behaviour; 3 until
# 2026-12-07, when a nearby or plain refusal's list replaced the reload).
RETRIES_FROM_SAME_MAP = 8
# The buyers' mix (``--best-share``): this share of the members, drawn once per member,
# press "best available N seats" (``POST /holds/best``: the server picks and claims a
# block in one request) instead of picking seats on the map; the rest pick 1-4 adjacent
# seats and, refused, take the refusal's suggested block. A best-available member still
# opens the map first (the button is on the seat-map page), and refused (409: no block,
# or every retry lost) opens it again.
BEST_SHARE = 0.3
# ``--nearby-share``: this share of the members who pick seats ask, with the hold, for
# the nearest free block of the same size if their seats are gone (``"nearby": true``:
# the server holds the block the refusal would offer, in the same request). Off by
# default: the mix above is the one the figures in bench/README.md use. An API option
# (an app's client): the seat-map page has no such field, it offers the refusal's
# suggestion as a one-click form (a second POST, what the other pickers do).
NEARBY_SHARE = 0.0
# A member whose map shows no free seat while some are held (others paying) looks again
# this often: the seat-map page's poll (``hx-trigger="every 5s"``). Until 2026-12-07 the
# driver looked again after 0.05-0.5 s, ten times as often as any page, and at the end of
# a rush those polls queued in front of the last payments (``Stats.idle_maps`` counts them).
IDLE_POLL_SECONDS = 5.0


async def hold_best(member: Member, showtime_id, rng, runs=None) -> tuple[int, list[str], str, dict | None]:
    """One best-available hold for 1-4 people: (status, seats, booking number, the
    payment it started); refused, (409, the seats others hold or bought, "", None).
    ``runs``: the free runs of the map the member looked at (for the counters only)."""
    wanted = rng.randint(1, 4)
    body = {"tickets": {"adult": wanted}}
    status, body, _ = await member.call("hold", "POST", f"/api/showtimes/{showtime_id}/holds/best",
                                        json={**body, "pay": "card"} if member.pay else body)
    kind = "best" if runs is None or any(len(run) >= wanted for run in runs) \
        else "best, no such block on the map"
    member.stats.hold_why[kind] += 1
    member.stats.hold_refused[kind] += status == 409
    if status != 201:
        if status == 409:
            member.stats.taken += 1
            return status, json.loads(body).get("unavailable") or [], "", None
        member.stats.other_failures[f"best hold {status}"] += 1
        return status, [], "", None
    data = json.loads(body)
    return status, data["seats"], data["number"], data.get("payment")


async def member_loop(member: Member, showtime_id, rng, deadline, sold_out: asyncio.Event):
    stats = member.stats
    while not sold_out.is_set() and time.perf_counter() < deadline:
        try:
            seat_map = await member.get_seat_map(showtime_id)
            if seat_map is None:
                continue
            runs = free_runs(seat_map)
            if not runs:
                states = Counter(s["state"] for row in seat_map["rows"] for s in row["seats"])
                if not states.get("held") and not states.get("mine"):
                    sold_out.set()  # nothing free, nothing in flight: sold out
                    return
                # Others' holds may still lapse or be released: look again as the seat-map
                # page does (htmx, every 5 s), from a phase of the member's own.
                stats.idle_maps += 1
                await idle_poll(member, rng)
                continue
            if member.best:
                status, seats, number, payment = await hold_best(member, showtime_id, rng, runs)
                if status == 201:
                    await settle(member, number, seats, payment)
                    continue
                # "좌석을 직접 골라 주세요": the refusal lists every seat taken, so the member
                # picks from the map redrawn from it (the page shows it with the refusal).
                if status != 409 or not seats:
                    continue
                seat_map = redraw(seat_map, seats)
                runs = free_runs(seat_map)
                if not runs:
                    stats.idle_refusals += 1
                    await idle_poll(member, rng)
                    continue
            await pick_and_hold(member, showtime_id, seat_map, runs, rng)
        except (TimeoutError, aiohttp.ClientError) as exc:
            stats.transport_errors[type(exc).__name__] += 1
            await asyncio.sleep(0.1)


async def idle_poll(member: Member, rng) -> None:
    """The seat-map page's next look at a map with nothing free (htmx, every 5 s)."""
    member.why = "idle poll"
    await asyncio.sleep(IDLE_POLL_SECONDS * (0.5 + rng.random() / 2))


async def pick_and_hold(member: Member, showtime_id, seat_map: dict, runs, rng) -> None:
    """Pick seats from the map and hold them; refused, take the suggestion or pick again
    from the map the refusal redraws. A refusal that leaves no free seat on the redrawn
    map is shown like any map with nothing free: the page looks again at its next poll
    (until 2026-12-07 the member reloaded the map at once, a request no page makes)."""
    stats = member.stats
    taken: set[str] = set()
    seats = choose(runs, rng)
    kind = "picked"
    for _ in range(RETRIES_FROM_SAME_MAP):
        if not seats:
            stats.idle_refusals += 1
            await idle_poll(member, rng)
            return
        status, body, _ = await member.call(
            "hold", "POST", f"/api/showtimes/{showtime_id}/holds", json=hold_body(member, seats))
        stats.hold_why[kind] += 1
        stats.hold_refused[kind] += status == 409
        if status == 409:
            stats.taken += 1
            refusal = json.loads(body)
            if refusal.get("unavailable"):  # every seat gone now: redraw from it
                seat_map, taken = redraw(seat_map, refusal["unavailable"]), set()
            else:
                taken.update(refusal.get("seats") or seats)
            kind = "suggestion" if refusal.get("suggestion") else "redrawn"
            seats = refusal.get("suggestion") or choose(free_runs(seat_map, taken), rng)
            continue
        if status != 201:
            stats.other_failures[f"hold {status}"] += 1
            return
        held = json.loads(body)
        await settle(member, held["number"], held["seats"], held.get("payment"))
        return


async def settle(member: Member, number: str, seats: list[str],
                 payment: dict | None = None) -> float | None:
    """Pay for a hold (``payment``: the one the hold started) and count the sale (returns
    when, into the rush), or give the seats back at once rather than after ten minutes."""
    stats = member.stats
    member.why = "after a sale"
    if not await pay(member, number, payment):
        await member.call("release", "DELETE", f"/api/bookings/{number}/hold")
        return None
    stats.bookings += 1
    stats.seats += len(seats)
    stats.sold_at.append((time.perf_counter() - stats.started, len(seats)))
    return stats.sold_at[-1][0]


async def pay(member: Member, number: str, payment: dict | None = None) -> bool:
    stats = member.stats
    if payment is None:  # --classic-flow: the payment start is a request of its own
        status, body, _ = await member.call("payment", "POST", f"/api/bookings/{number}/payments",
                                            json={"method": "card"})
        if status != 201:
            stats.other_failures[f"payment {status}"] += 1
            return False
        payment = json.loads(body)
    window = payment["params"]["window_url"]
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
        members = mix(make_members(http, base, sessions, stats, args), args, rng)
        tasks = [asyncio.create_task(member_loop(member, showtime_id, random.Random(rng.random()),
                                                 deadline, sold_out))
                 for member in members]
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




def mix(members: list[Member], args, rng) -> list[Member]:
    """Mark the ``--best-share`` of the members who press "best available", and the
    ``--nearby-share`` of the others who ask for the nearest seats if theirs are gone."""
    share = getattr(args, "best_share", BEST_SHARE)
    nearby = getattr(args, "nearby_share", NEARBY_SHARE)
    classic = getattr(args, "classic_flow", False)
    for member in members:
        member.best = rng.random() < share
        member.nearby = not member.best and rng.random() < nearby
        member.pay = not classic
    return members


def hold_body(member: Member, seats: list[str]) -> dict:
    body = {"seats": seats, "tickets": {"adult": len(seats)}}
    if member.pay:
        body["pay"] = "card"
    return {**body, "nearby": True} if member.nearby else body


def make_members(http, base: str, sessions, stats: Stats, args) -> list[Member]:
    """One client per (session key, CSRF token, queue identity); ``--arrival django``
    leaves the queue identity out (every arrival a full Django request, as before)."""
    keep = getattr(args, "arrival", "fast") == "fast"
    return [Member(http, base, key, csrf, stats, queue_identity if keep else "")
            for key, csrf, queue_identity in sessions]
