"""The waiting room's rules (B6): gates, one ticket per member, admission in arrival
order at a measured rate, and time-boxed signed passes.

A pass is ``django.core.signing`` over (gate, member, ticket) with a timestamp: it
cannot be forged without the secret key, is refused for another member or gate, and
expires after ``MARQUEE_WAITINGROOM_PASS_SECONDS``. Once a pass has been issued and has
expired, the member's ticket is spent: asking again puts them at the back of the queue.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from . import controller, metrics, store

PASS_SALT = "marquee.waitingroom.pass"
TICKET_SALT = "marquee.waitingroom.ticket"
GATE_RE = re.compile(r"^[a-z0-9-]{1,40}$")


@dataclass(frozen=True)
class Ticket:
    gate: str
    member: int
    seq: int
    token: str
    new: bool


@dataclass(frozen=True)
class Status:
    gate: str
    on: bool
    seq: int  # the member's ticket (-1: none)
    admitted: float  # the admission pointer
    rate: float
    last_seq: int
    issued_at: float = 0.0  # when the member's pass was first issued (0: not yet)

    @property
    def position(self) -> int:
        """Members ahead of this one, plus one; 0 when admitted."""
        if not self.on or self.seq < 0:
            return 0
        return max(0, self.seq - math.floor(self.admitted))

    @property
    def is_admitted(self) -> bool:
        return not self.on or (self.seq >= 0 and self.position == 0)

    @property
    def waiting(self) -> int:
        return max(0, self.last_seq - math.floor(self.admitted))

    @property
    def wait_seconds(self) -> int:
        return math.ceil(self.position / self.rate) if self.rate > 0 else 0


def pass_seconds() -> int:
    return settings.MARQUEE_WAITINGROOM_PASS_SECONDS


# --- gates -------------------------------------------------------------------------------


def open_gate(showtime_ids: list[int], *, rate: float | None = None, mode: str = "staff") -> str:
    """Gate one showtime, or a set of them (an on-sale) behind one queue."""
    showtime_ids = sorted({int(s) for s in showtime_ids})
    if not showtime_ids:
        raise ValueError("a gate needs at least one showtime")
    gate = f"s{showtime_ids[0]}"
    rate = rate or settings.MARQUEE_WAITINGROOM_INITIAL_RATE
    redis = store.client()
    pipe = redis.pipeline()
    pipe.hset(store.key("gate", gate), mapping={
        "on": "1", "mode": mode, "rate": str(float(rate)), "last": str(store.now()),
        "showtimes": ",".join(map(str, showtime_ids))})
    pipe.hdel(store.key("gate", gate), "cut", "rule")  # staff set the rate anew
    pipe.hset(store.key("gates"), mapping={str(s): gate for s in showtime_ids})
    pipe.execute()
    return gate


def close_gate(gate: str) -> None:
    """Switch a gate off: waiting members are let through at their next poll; the queue's
    keys are dropped."""
    redis = store.client()
    showtimes = redis.hget(store.key("gate", gate), "showtimes") or ""
    pipe = redis.pipeline()
    for showtime in filter(None, showtimes.split(",")):
        pipe.hdel(store.key("gates"), showtime)
    pipe.delete(store.key("gate", gate), store.key("seq", gate), store.key("tickets", gate))
    pipe.execute()


def gate_for(showtime_id: int, *, count_demand: bool = False) -> str | None:
    """The gate in front of a showtime, if any. ``count_demand`` (seat-map requests)
    also counts the request and switches a gate on when demand in this second passes
    ``MARQUEE_WAITINGROOM_AUTO_THRESHOLD`` (0: never automatically)."""
    if not store.configured():
        return None
    at = store.now()
    threshold = settings.MARQUEE_WAITINGROOM_AUTO_THRESHOLD if count_demand else 0
    return store.run(store.CHECK, [store.key("gates"), store.key("demand", showtime_id, int(at))],
                     [showtime_id, threshold, at, settings.MARQUEE_WAITINGROOM_INITIAL_RATE,
                      settings.MARQUEE_WAITINGROOM_PREFIX]) or None


def gates() -> list[dict]:
    """Every gate with its queue, for the staff page."""
    redis = store.client()
    ids = sorted(set(redis.hvals(store.key("gates"))))
    result = []
    for gate in ids:
        state = redis.hgetall(store.key("gate", gate))
        status = read_status(gate, None)
        result.append({"gate": gate, "mode": state.get("mode", ""),
                       "showtimes": state.get("showtimes", ""), "rate": status.rate,
                       "waiting": status.waiting, "admitted": math.floor(status.admitted),
                       "arrived": status.last_seq})
    return result


# --- tickets and admission -----------------------------------------------------------------


def join(gate: str, member_pk: int, session_key: str | None = None) -> Ticket:
    """The member's ticket: a second request returns the same one (one per member, not
    per tab or connection). The signed token names gate, member and number and is bound
    to the session it was issued in (``session_key``), so the fast path can answer its
    polls without a session lookup (``fastpath.py``) and refuse it with anyone else's
    session cookie."""
    seq, new = store.run(store.JOIN, [store.key("tickets", gate), store.key("seq", gate)],
                         [member_pk, store.now(), pass_seconds(), store.TICKET_TTL])
    token = signing.dumps({"g": gate, "m": member_pk, "n": int(seq), "s": session_tag(session_key)},
                          salt=TICKET_SALT, compress=False)
    return Ticket(gate=gate, member=member_pk, seq=int(seq), token=token, new=bool(new))


def session_tag(session_key: str | None) -> str:
    """A keyed digest of the session key (never the key itself: the ticket is readable)."""
    return salted_hmac(TICKET_SALT, session_key or "", algorithm="sha256").hexdigest()[:24]


def ticket_claims(token: str | None, gate: str, session_key: str | None) -> tuple[int, int] | None:
    """(member, number) of a queue ticket signed by us for this gate and this session,
    no older than the queue's keys live (``store.TICKET_TTL``); None otherwise (forged,
    tampered, expired, another gate's or another session's)."""
    if not token or not session_key:
        return None
    try:
        data = signing.loads(token, salt=TICKET_SALT, max_age=store.TICKET_TTL)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if (not isinstance(data, dict) or data.get("g") != gate
            or not constant_time_compare(str(data.get("s", "")), session_tag(session_key))):
        return None
    member, number = data.get("m"), data.get("n")
    if type(member) is not int or type(number) is not int:
        return None
    return member, number


def read_status(gate: str, member_pk: int | None, at: float | None = None) -> Status:
    """Moves the admission pointer, then reports (and marks the member's pass issued when
    their turn has come)."""
    at = store.now() if at is None else at
    reply = store.run(store.STATUS, [store.key("gate", gate), store.key("seq", gate),
                                     store.key("tickets", gate)],
                      ["" if member_pk is None else member_pk, at])
    if reply[0] != "on":
        return Status(gate, False, -1, 0.0, 0.0, 0)
    return Status(gate, True, int(reply[1]), float(reply[2]), float(reply[3]), int(reply[4]),
                  float(reply[5] or 0))


def poll(gate: str, member_pk: int, wait: float | None, at: float | None = None,
         config: controller.Config | None = None) -> tuple[Status, bool]:
    """``read_status`` for the fast path, in the same single round trip: also records
    the poll's backlog ``wait`` (seconds, None: not measured) in the waiting crowd's
    histogram (it may hold the rate, never cut it: ``controller``), and says whether the
    controller's turn for this period is the caller's."""
    config = config or controller.Config.from_settings()
    at = store.now() if at is None else at
    reply = store.run(store.STATUS, [
        store.key("gate", gate), store.key("seq", gate), store.key("tickets", gate),
        store.key("ctl", gate), metrics.crowd_key(gate, at)],
        [member_pk, at, int(config.period * 1000),
         "" if wait is None else metrics.bucket(wait), metrics.KEEP])
    if reply[0] != "on":
        return Status(gate, False, -1, 0.0, 0.0, 0), False
    return (Status(gate, True, int(reply[1]), float(reply[2]), float(reply[3]), int(reply[4]),
                   float(reply[5] or 0)), bool(reply[6]))


def control(gate: str, at: float | None = None, config: controller.Config | None = None,
            *, turn: bool = False) -> float | None:
    """One controller step if none ran in this period (any worker may call it); returns
    the new rate, or None when another worker had the turn. ``turn``: the caller holds
    the period's lock already (the fast path takes it in its status script). The gate's
    hash keeps the rule that set the rate and the measures it read (``rule``,
    ``inputs``: for reports) and when the rate was last cut (``cut``, the controller's
    ``since_cut``)."""
    config = config or controller.Config.from_settings()
    at = store.now() if at is None else at
    redis = store.client()
    if not turn and not redis.set(store.key("ctl", gate), "1", nx=True,
                                  px=int(config.period * 1000)):
        return None
    status = read_status(gate, None, at)
    if not status.on:
        return None
    cut_at = redis.hget(store.key("gate", gate), "cut")
    inputs = controller.Inputs(
        p99=metrics.p99(gate, at), backlog=metrics.p99(gate, at, kind="wait"),
        crowd=metrics.p99(gate, at, kind="crowd"), throughput=metrics.throughput(gate, at),
        waiting=status.waiting, since_cut=None if cut_at is None else at - float(cut_at))
    rate, rule = controller.decide(status.rate, inputs, config)
    fields = {"rate": str(rate), "rule": rule, "inputs": inputs.describe()}
    if rule == "cut":
        fields["cut"] = str(at)
    redis.hset(store.key("gate", gate), mapping=fields)
    return rate


# --- passes ---------------------------------------------------------------------------------


CLOCK_SKEW = 1.0


def issue_pass(gate: str, member_pk: int, seq: int, issued_at: float = 0.0) -> str:
    """The pass runs from the moment the member's turn first came (kept in Redis), so
    polling again does not extend it. With the gate off there is no turn: now."""
    issued_at = issued_at or store.now()
    # Milliseconds rounded down: rounding up could date the pass after the check that
    # follows it in the same millisecond.
    return signing.dumps({"g": gate, "m": member_pk, "n": seq,
                          "t": math.floor(issued_at * 1000) / 1000},
                         salt=PASS_SALT, compress=False)


def pass_gate(token: str) -> str | None:
    """The gate a pass we signed names (validity aside: ``pass_valid`` decides)."""
    try:
        data = signing.loads(token, salt=PASS_SALT)
    except signing.BadSignature:
        return None
    gate = data.get("g") if isinstance(data, dict) else None
    return gate if isinstance(gate, str) else None


def pass_valid(token: str | None, gate: str, member_pk: int | None,
               at: float | None = None) -> bool:
    if member_pk is None:
        return False
    data = _live_pass(token, at)
    return data is not None and data.get("g") == gate and data.get("m") == member_pk


def live_pass_gate(token: str | None, at: float | None = None) -> str | None:
    """The gate of a pass we signed that has not expired, whoever's it is: the fast path
    uses it to tell an admitted member's request before Django knows the member (for the
    controller's backlog input only; ``pass_valid`` decides who may book)."""
    data = _live_pass(token, at)
    gate = None if data is None else data.get("g")
    return gate if isinstance(gate, str) else None


def _live_pass(token: str | None, at: float | None) -> dict | None:
    """The claims of a pass we signed, not expired; None if forged, tampered or expired."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=PASS_SALT)
    except signing.BadSignature:  # forged or tampered
        return None
    if not isinstance(data, dict):
        return None
    at = store.now() if at is None else at
    issued = data.get("t")
    # A second of skew allowed: web nodes' clocks are NTP-synchronised, not identical.
    if isinstance(issued, int | float) and -CLOCK_SKEW <= at - issued <= pass_seconds():
        return data
    return None
