"""Counters the controller reads, written by any web worker (B6).

Hold latencies and backlog waits go into histograms per gate and 5-second window
(bucket upper bounds in milliseconds, doubling from 8 ms), so a p99 over the last
windows costs one HGETALL per window and no list of samples; completed bookings are one
counter per window. Every key expires after a minute.

The backlog wait is the time a request spent queued in front of the web workers (the
listen socket's backlog, gunicorn's thread pool) before one took it up: see
``fastpath.queue_wait``. It is sampled by every queue poll the fast path answers and by
every gated hold; a hold's latency counts it too, so the controller sees what the member
sees, not only the view's own time.
"""

from __future__ import annotations

import math

from . import store

WINDOW = 5  # seconds
KEEP = 60
BUCKETS = [8 * 2 ** i for i in range(14)]  # 8 ms … 65 s


def _window(at: float) -> int:
    return int(at // WINDOW)


def _bucket(ms: float) -> int:
    for bound in BUCKETS:
        if ms <= bound:
            return bound
    return BUCKETS[-1] * 2


def wait_key(gate: str, at: float) -> str:
    return store.key("m", "wait", gate, _window(at))


def bucket(seconds: float) -> int:
    return _bucket(seconds * 1000)


def record_hold(gate: str, seconds: float, at: float | None = None,
                wait: float | None = None) -> None:
    """A hold's latency: the view's ``seconds`` plus the ``wait`` in the backlog before
    it (None: not measured)."""
    at = store.now() if at is None else at
    name = store.key("m", "hold", gate, _window(at))
    pipe = store.client().pipeline(transaction=False)
    pipe.hincrby(name, _bucket((seconds + (wait or 0.0)) * 1000), 1)
    pipe.expire(name, KEEP)
    if wait is not None:
        pipe.hincrby(wait_key(gate, at), _bucket(wait * 1000), 1)
        pipe.expire(wait_key(gate, at), KEEP)
    pipe.execute()


def record_booking(gate: str, at: float | None = None) -> None:
    at = store.now() if at is None else at
    name = store.key("m", "done", gate, _window(at))
    pipe = store.client().pipeline(transaction=False)
    pipe.incr(name)
    pipe.expire(name, KEEP)
    pipe.execute()


def p99(gate: str, at: float, windows: int = 2, kind: str = "hold") -> float | None:
    """Seconds; None without samples. The current window and the ones before it.
    ``kind``: ``hold`` (hold latency) or ``wait`` (backlog wait)."""
    counts: dict[int, int] = {}
    pipe = store.client().pipeline(transaction=False)
    for w in range(_window(at) - windows + 1, _window(at) + 1):
        pipe.hgetall(store.key("m", kind, gate, w))
    for histogram in pipe.execute():
        for bound, n in histogram.items():
            counts[int(bound)] = counts.get(int(bound), 0) + int(n)
    total = sum(counts.values())
    if not total:
        return None
    rank = math.ceil(total * 0.99)
    seen = 0
    for bound in sorted(counts):
        seen += counts[bound]
        if seen >= rank:
            return bound / 1000
    return None  # pragma: no cover (rank ≤ total)


def throughput(gate: str, at: float, windows: int = 2) -> float:
    """Completed bookings per second over the last full windows (the current one is
    still filling)."""
    current = _window(at)
    names = [store.key("m", "done", gate, w) for w in range(current - windows, current)]
    values = store.client().mget(names)
    return sum(int(v or 0) for v in values) / (windows * WINDOW)
