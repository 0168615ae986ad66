"""The admission-rate controller (B6): additive increase, multiplicative decrease (AIMD)
on what Redis measured in the last windows, never a fixed constant.

Inputs, per gate, from counters every web worker writes (``metrics.py``):

- the hold latency p99 of admitted members (server-side, from a latency histogram);
- completed bookings per second (payment returns that confirmed a booking).

Rule, applied at most once per ``period`` seconds per gate (a Redis lock elects the
worker that runs it):

- p99 above the target (``MARQUEE_WAITINGROOM_TARGET_P99``, 1 s): the system is past
  its knee; multiply the rate by ``beta`` (0.7), down to ``min_rate``;
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
                   min_rate=settings.MARQUEE_WAITINGROOM_MIN_RATE,
                   max_rate=settings.MARQUEE_WAITINGROOM_MAX_RATE)


def next_rate(rate: float, *, p99: float | None, throughput: float, waiting: int,
              config: Config) -> float:
    """The admission rate for the next period (admissions per second)."""
    if p99 is not None and p99 > config.target_p99:
        return max(config.min_rate, rate * config.beta)
    if waiting > 0:
        rate += max(config.alpha_min, config.alpha_share * throughput)
    if throughput > 0:
        rate = min(rate, config.headroom * throughput + config.alpha_min)
    return max(config.min_rate, min(config.max_rate, rate))
