"""The admission-rate controller (B6): additive increase, multiplicative decrease (AIMD)
on what Redis measured in the last windows, never a fixed constant.

Inputs, per gate, from counters every web worker writes (``metrics.py``):

- the hold latency p99 of admitted members (from a latency histogram: the view's own
  time plus the time the request waited in the backlog before a worker took it);
- the backlog wait p99: how long requests (queue polls, holds) waited in front of the
  web workers, measured before Django (``fastpath.queue_wait``);
- completed bookings per second (payment returns that confirmed a booking).

Rule, applied at most once per ``period`` seconds per gate (a Redis lock elects the
worker that runs it):

- hold p99 above the target (``MARQUEE_WAITINGROOM_TARGET_P99``, 1 s), or backlog
  wait p99 above ``MARQUEE_WAITINGROOM_TARGET_WAIT`` (0.5 s): the system is past its
  knee; multiply the rate by ``beta`` (0.7), down to ``min_rate``. The backlog rule
  matters because a backlog grows before any hold is slow: requests queue in front of
  the workers, and the holds made behind them pay for it only later;
- otherwise, when members are waiting: add ``max(alpha_min, alpha_share × throughput)``,
  so the probe grows with what the system shows it can serve;
- the rate never exceeds ``headroom × throughput + alpha_min`` once bookings complete
  (admitting far faster than bookings finish only lengthens the lines inside), nor
  ``max_rate``.

The classic AIMD argument holds: the rate hovers just below the point where hold latency
starts to grow, and follows the throughput as it changes (a slower database, another
showtime's rush on the same servers).
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
    """The admission rate for the next period (admissions per second). ``backlog``: the
    backlog wait p99 in seconds (None: no sample)."""
    if ((p99 is not None and p99 > config.target_p99)
            or (backlog is not None and backlog > config.target_wait)):
        return max(config.min_rate, rate * config.beta)
    if waiting > 0:
        rate += max(config.alpha_min, config.alpha_share * throughput)
    if throughput > 0:
        rate = min(rate, config.headroom * throughput + config.alpha_min)
    return max(config.min_rate, min(config.max_rate, rate))
