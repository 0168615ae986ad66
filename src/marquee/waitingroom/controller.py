"""The admission-rate controller (B6): multiplicative decrease, additive or
multiplicative increase on what Redis measured in the last windows, never a fixed
constant.

Inputs, per gate, from counters every web worker writes (``metrics.py``):

- the hold latency p99 of admitted members (from a latency histogram: the view's own
  time plus the time the request waited in the backlog before a worker took it);
- the backlog wait p99 of **admitted members' requests** (anything carrying a valid
  pass: seat maps, holds, payments, the return), measured before Django
  (``fastpath.queue_wait``). Not the waiting crowd's arrivals and polls: admission
  cannot slow an arrival burst, and cutting the rate for it only left seats unsold
  while the server idled (issue 17: 2,000 arrivals in 5 s ended at 1.6 admissions/s
  with 27 % of the CPU used). The crowd's backlog is recorded apart, for reports;
- completed bookings per second (payment returns that confirmed a booking).

Both p99s are read from histograms interpolated within the bucket (``metrics.percentile``),
so a p99 in the 256–512 ms bucket is not taken for 512 ms against a 500-ms target.

Rule, applied at most once per ``period`` seconds per gate (a Redis lock elects the
worker that runs it):

- **over target**: hold p99 above ``MARQUEE_WAITINGROOM_TARGET_P99`` (1 s), or backlog
  wait p99 above ``MARQUEE_WAITINGROOM_TARGET_WAIT`` (0.5 s): the system is past its
  knee; multiply the rate by ``beta`` (0.7). The backlog rule matters because a backlog
  grows before any hold is slow: requests queue in front of the workers, and the holds
  made behind them pay for it only later;
- **well below target** (slow start): while members wait, a hold p99 has been measured
  and both p99s are under ``calm`` (half) of their targets: multiply the rate by
  ``growth`` (1.5). Additive increase alone took minutes to undo one cut (+1/s per 2 s
  from a floor of 1/s), so a cut made during a transient left the gate starved for the
  rest of the rush;
- **otherwise**, while members wait: add ``max(alpha_min, alpha_share × throughput)``,
  so the probe near the knee grows with what the system shows it can serve;
- always: never above ``headroom × throughput + alpha_min`` once bookings complete
  (admitting far faster than bookings finish only lengthens the lines inside), nor
  ``max_rate``, nor below ``min_rate``.

The AIMD argument holds: the rate hovers just below the point where hold latency starts
to grow and follows the throughput as it changes (a slower database, another showtime's
rush on the same servers); the multiplicative growth only shortens the climb back from a
cut when every measure says there is room, and the throughput cap bounds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Config:
    target_p99: float = 1.0
    target_wait: float = 0.5
    min_rate: float = 1.0
    max_rate: float = 500.0
    beta: float = 0.7
    alpha_min: float = 1.0
    alpha_share: float = 0.1
    growth: float = 1.5
    calm: float = 0.5
    headroom: float = 2.0
    period: float = 2.0

    @classmethod
    def from_settings(cls) -> Config:
        return cls(target_p99=settings.MARQUEE_WAITINGROOM_TARGET_P99,
                   target_wait=settings.MARQUEE_WAITINGROOM_TARGET_WAIT,
                   min_rate=settings.MARQUEE_WAITINGROOM_MIN_RATE,
                   max_rate=settings.MARQUEE_WAITINGROOM_MAX_RATE)


def next_rate(rate: float, *, p99: float | None, throughput: float, waiting: int,
              config: Config, backlog: float | None = None) -> float:
    """The admission rate for the next period (admissions per second). ``p99``: the hold
    latency p99, ``backlog``: the admitted members' backlog wait p99, in seconds (None:
    no sample)."""
    if ((p99 is not None and p99 > config.target_p99)
            or (backlog is not None and backlog > config.target_wait)):
        return max(config.min_rate, rate * config.beta)
    if waiting > 0:
        if _calm(p99, backlog, config):
            rate *= config.growth
        else:
            rate += max(config.alpha_min, config.alpha_share * throughput)
    if throughput > 0:
        rate = min(rate, config.headroom * throughput + config.alpha_min)
    return max(config.min_rate, min(config.max_rate, rate))


def _calm(p99: float | None, backlog: float | None, config: Config) -> bool:
    """Well below target: holds measured and fast, admitted requests hardly queued."""
    return (p99 is not None and p99 < config.calm * config.target_p99
            and (backlog is None or backlog < config.calm * config.target_wait))
