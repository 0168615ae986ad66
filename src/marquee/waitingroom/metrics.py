"""Counters the controller reads, written by any web worker (B6).

Hold latencies go into a histogram per gate and 5-second window (bucket upper bounds in
milliseconds, doubling from 8 ms), so a p99 over the last windows costs one HGETALL per
window and no list of samples; completed bookings are one counter per window. Every key
expires after a minute.
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


def record_hold(gate: str, seconds: float, at: float | None = None) -> None:
    at = store.now() if at is None else at
    name = store.key("m", "hold", gate, _window(at))
    pipe = store.client().pipeline(transaction=False)
    pipe.hincrby(name, _bucket(seconds * 1000), 1)
    pipe.expire(name, KEEP)
    pipe.execute()


def record_booking(gate: str, at: float | None = None) -> None:
    at = store.now() if at is None else at
    name = store.key("m", "done", gate, _window(at))
    pipe = store.client().pipeline(transaction=False)
    pipe.incr(name)
    pipe.expire(name, KEEP)
    pipe.execute()


def p99(gate: str, at: float, windows: int = 2) -> float | None:
    """Seconds; None without samples. The current window and the ones before it."""
    counts: dict[int, int] = {}
    pipe = store.client().pipeline(transaction=False)
    for w in range(_window(at) - windows + 1, _window(at) + 1):
        pipe.hgetall(store.key("m", "hold", gate, w))
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
