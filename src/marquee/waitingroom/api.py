"""What the pages in front of the seat map use (B6): is this request queued, record a
hold's latency and a completed booking for the controller.

If Redis stops answering while a gate is on, requests are served without the gate (and
the failure is logged): the waiting room protects latency, not correctness, which stays
with the database's unique constraint on seats.
"""

from __future__ import annotations

import logging
import random
import time

from django.urls import reverse

from . import gates, metrics, store

log = logging.getLogger(__name__)
PASS_HEADER = "HTTP_X_MARQUEE_PASS"
TICKET_HEADER = "HTTP_X_MARQUEE_TICKET"
# Set in the WSGI environ by the fast path (``fastpath.py``) for every request: seconds
# the request waited in front of the workers, or absent when it could not be measured.
QUEUE_WAIT_KEY = "marquee.queue_wait"
# Set by the fast path when it has already looked up (and counted demand on) the gate of
# the showtime a seat-map request is for: the gate, or "" for none. Not a header: a
# client cannot set it.
GATE_KEY = "marquee.gate"
MAX_POLL = 30
JITTER = 0.2


def cookie_name(gate: str) -> str:
    return f"mq_pass_{gate}"


def ticket_cookie_name(gate: str) -> str:
    return f"mq_ticket_{gate}"


def queue_url(gate: str) -> str:
    return reverse("waitingroom:queue", args=[gate])


def must_queue(request, showtime_id: int, *, count_demand: bool = False) -> str | None:
    """The gate this request must queue at, or None (no gate, or a valid pass)."""
    try:
        known = request.META.get(GATE_KEY)
        gate = (known or None) if known is not None else gates.gate_for(
            showtime_id, count_demand=count_demand)
    except Exception:  # noqa: BLE001 - Redis down: serve ungated, see the module note
        log.exception("waiting room: Redis unavailable, serving without the gate")
        return None
    if gate is None:
        return None
    request.marquee_gate = gate
    token = request.META.get(PASS_HEADER) or request.COOKIES.get(cookie_name(gate))
    member = request.user.pk if request.user.is_authenticated else None
    return None if gates.pass_valid(token, gate, member) else gate


def _current_gate(showtime_id: int) -> str | None:
    """The gate on this showtime now, or None (no Redis, no gate, or Redis down: see the
    module note)."""
    if not store.configured():
        return None
    try:
        return gates.gate_for(showtime_id)
    except Exception:  # noqa: BLE001
        log.exception("waiting room: Redis unavailable, treating the showtime as ungated")
        return None


def is_gated(showtime_id: int) -> bool:
    """Whether a waiting room gates this showtime now (a hold made behind it must not be
    stretched: the seats are owed to the next person in the queue)."""
    return _current_gate(showtime_id) is not None


def record_hold(request, started: float) -> None:
    """A hold's server-side latency, for the gate's controller (only while gated)."""
    gate = getattr(request, "marquee_gate", None)
    if gate is None:
        return
    try:
        metrics.record_hold(gate, time.perf_counter() - started,
                            wait=request.META.get(QUEUE_WAIT_KEY))
    except Exception:  # noqa: BLE001
        log.exception("waiting room: could not record a hold")


def booking_completed(showtime_id: int) -> None:
    gate = _current_gate(showtime_id)
    if gate is None:
        return
    try:
        metrics.record_booking(gate)
    except Exception:  # noqa: BLE001
        log.exception("waiting room: could not record a booking")


def queue_ticket(request, gate: str) -> dict:
    """For the refusal a queued request gets: a signed-in member joins at once (the same
    ticket as from the queue page), so their first poll can wait ``poll_seconds``."""
    if not request.user.is_authenticated:
        return {}
    try:
        return ticket_body(gate, request.user.pk, request.session.session_key)
    except Exception:  # noqa: BLE001 - the refusal still says where to queue
        log.exception("waiting room: could not issue a ticket")
        return {}


def ticket_body(gate: str, member_pk: int, session_key: str | None) -> dict:
    """The member's ticket (one per member: ``gates.join``) and place, as the refusal
    carries them; raises when Redis does not answer."""
    ticket = gates.join(gate, member_pk, session_key)
    status = gates.read_status(gate, member_pk)
    return {"ticket": ticket.token, "number": ticket.seq, "position": status.position,
            "wait_seconds": status.wait_seconds, "poll_seconds": poll_seconds(status)}


def poll_seconds(status: gates.Status, rng: random.Random | None = None) -> int:
    """Half the estimated wait, between 1 and 30 s, jittered by up to ±20 %: the polls
    space out with the position (thousands of waiting clients poll at most a few hundred
    times a second in all, the front of the queue every second or two), and clients that
    arrived together do not keep polling in step. Only when a member learns of their
    turn depends on it: admission itself follows the pointer, whoever polls."""
    base = max(1.0, min(MAX_POLL, status.wait_seconds / 2))
    if base <= 1:
        return 1
    jittered = base * (rng or random).uniform(1 - JITTER, 1 + JITTER)
    return max(1, min(MAX_POLL, round(jittered)))
