"""Counters the controller reads, written by any web worker (B6).

Hold latencies and backlog waits go into histograms per gate and 5-second window
(bucket upper bounds in milliseconds, doubling from 8 ms), so a p99 over the last
windows costs one HGETALL per window and no list of samples; completed bookings are one
counter per second (``throughput`` reads the last three). Every key expires after a
minute.

The backlog wait is the time a request spent queued in front of the web workers (the
listen socket's backlog, gunicorn's thread pool) before one took it up: see
``fastpath.queue_wait``. Two histograms, because admission can slow only one of them:

- ``wait``: requests of **admitted** members (any request carrying a valid pass: seat
  maps, holds, payments, the return), recorded by the fast path before it hands the
  request to Django. This is the controller's backlog input: admitting fewer members
  shortens it (wholly where admitted members have workers of their own, as with the
  bench's ``--hot-pool``; on one shared backlog the crowd's requests lengthen it too);
- ``crowd``: the waiting crowd's arrivals and queue polls, answered by the fast path.
  It never cuts the rate (an arrival burst fills it whatever the admission rate, and
  cutting then only starves the seats); the controller only holds the rate while it is
  over target, and reads it as a sign of headroom when it is short.

A hold's latency counts its backlog wait too, so the controller sees what the member
sees, not only the view's own time.

**Percentiles are interpolated within the bucket** (``percentile``): the rank's place
among the samples of the bucket it falls in, read linearly between the bucket's lower
and upper bound (0–8 ms for the first). A p99 in the 256–512 ms bucket reads between
0.256 and 0.512 s, not as 0.512 s: reading the upper bound made a 300-ms p99 count as
512 ms against a 500-ms target.
"""

from __future__ import annotations

from . import store

WINDOW = 5  # seconds
KEEP = 60
DONE_SPAN = 3  # seconds of completed bookings the throughput reads
BUCKETS = [8 * 2 ** i for i in range(14)]  # 8 ms … 65 s


def _window(at: float) -> int:
    return int(at // WINDOW)


def _bucket(ms: float) -> int:
    for bound in BUCKETS:
        if ms <= bound:
            return bound
    return BUCKETS[-1] * 2


def wait_key(gate: str, at: float) -> str:
    """The admitted members' backlog-wait histogram (the controller's input)."""
    return store.key("m", "wait", gate, _window(at))


def crowd_key(gate: str, at: float) -> str:
    """The waiting crowd's backlog-wait histogram (arrivals, polls: may hold the rate,
    never cut it)."""
    return store.key("m", "crowd", gate, _window(at))


def bucket(seconds: float) -> int:
    return _bucket(seconds * 1000)


def record_hold(gate: str, seconds: float, at: float | None = None,
                wait: float | None = None) -> None:
    """A hold's latency: the view's ``seconds`` plus the ``wait`` in the backlog before
    it (None: not measured). The wait itself is recorded by the fast path with every
    admitted member's request (``record_wait``), not here."""
    at = store.now() if at is None else at
    _count(store.key("m", "hold", gate, _window(at)), seconds + (wait or 0.0))


def record_wait(gate: str, seconds: float, at: float | None = None, *,
                crowd: bool = False) -> None:
    """A request's backlog wait: an admitted member's (the controller's input), or with
    ``crowd`` a waiting member's arrival (may hold the rate, never cut it)."""
    at = store.now() if at is None else at
    _count((crowd_key if crowd else wait_key)(gate, at), seconds)


def _count(name: str, seconds: float) -> None:
    pipe = store.client().pipeline(transaction=False)
    pipe.hincrby(name, _bucket(seconds * 1000), 1)
    pipe.expire(name, KEEP)
    pipe.execute()


def record_booking(gate: str, at: float | None = None) -> None:
    """A completed booking, counted per second (``throughput``)."""
    at = store.now() if at is None else at
    name = store.key("m", "done", gate, int(at))
    pipe = store.client().pipeline(transaction=False)
    pipe.incr(name)
    pipe.expire(name, KEEP)
    pipe.execute()


def p99(gate: str, at: float, windows: int = 2, kind: str = "hold") -> float | None:
    """Seconds; None without samples. The current window and the ones before it.
    ``kind``: ``hold`` (hold latency), ``wait`` (admitted members' backlog wait) or
    ``crowd`` (the waiting crowd's)."""
    counts: dict[int, int] = {}
    pipe = store.client().pipeline(transaction=False)
    for w in range(_window(at) - windows + 1, _window(at) + 1):
        pipe.hgetall(store.key("m", kind, gate, w))
    for histogram in pipe.execute():
        for bound, n in histogram.items():
            counts[int(bound)] = counts.get(int(bound), 0) + int(n)
    p = percentile(counts, 99)
    return None if p is None else p / 1000


def percentile(counts: dict[int, int], q: float) -> float | None:
    """The ``q``-th percentile (milliseconds) of a histogram {bucket upper bound in ms:
    count}, interpolated linearly within the bucket the rank falls in, from the bucket's
    lower bound (the bound below it: 0 for the first) to its upper bound. None when
    empty. See the module note for why not the upper bound."""
    total = sum(counts.values())
    if not total:
        return None
    rank = total * q / 100
    seen = 0
    for bound in sorted(counts):
        n = counts[bound]
        if n and seen + n >= rank:
            lower = _lower(bound)
            return lower + (bound - lower) * max(0.0, rank - seen) / n
        seen += n
    return float(max(counts))  # pragma: no cover (rank <= total)


def _lower(bound: int) -> int:
    return 0 if bound <= BUCKETS[0] else bound // 2


def throughput(gate: str, at: float, seconds: int = DONE_SPAN) -> float:
    """Completed bookings per second over the last ``seconds`` full seconds (the current
    one is still filling). Per second, not per 5-s window: read over the last two
    windows, the first bookings of a rush counted as a tenth of the rate they came at
    for up to ten seconds, and the controller's throughput cap followed that."""
    current = int(at)
    names = [store.key("m", "done", gate, s) for s in range(current - seconds, current)]
    values = store.client().mget(names)
    return sum(int(v or 0) for v in values) / seconds
