"""The admission-rate controller (B6, issue 17): hold the rate while the admitted
members are served within target, cut it only on their evidence and in proportion to it,
and raise it fast while the servers show headroom; never a fixed constant.

Inputs, per gate, from counters every web worker writes (``metrics.py``):

- ``p99``: the hold latency p99 of admitted members (the view's own time plus the time
  the request waited in the backlog before a worker took it);
- ``backlog``: the backlog wait p99 of **admitted members' requests** (anything
  carrying a valid pass: seat maps, holds, payments, the return), measured before Django
  (``fastpath.queue_wait``);
- ``crowd``: the backlog wait p99 of the **waiting crowd's** arrivals and queue polls.
  Admission cannot shorten it (an arrival burst fills it whatever the rate), so it never
  cuts the rate; but the admitted members' next requests stand in that same line where
  the crowd and they share workers, so while it is over target the rate is not raised;
- ``throughput``: completed bookings per second over the last few seconds;
- ``since_cut``: seconds since the controller last cut the rate (None: never).

All p99s are read from histograms interpolated within the bucket (``metrics.percentile``).

The rules, in this order, at most once per ``period`` seconds per gate (a Redis lock
elects the worker that runs it); every outcome stays within ``min_rate`` … ``max_rate``:

1. **cut**, on admitted-member evidence only (hold p99 over ``target_p99``, or the
   admitted backlog p99 over ``target_wait``): in proportion to the overshoot,
   ``rate × target ÷ measured`` for the worse of the two, never deeper than
   ``cut_floor`` (× 0.7) in one step. A p99 just over target trims the rate by a few
   per cent; no rule halves it. Within ``settle`` seconds of the last cut the same
   evidence is still in the p99's windows (they span 5–10 s), so the rate is held
   rather than cut again on it;
2. **hold** while only the crowd's backlog is over ``target_wait``, and while nobody
   waits;
3. **grow** while members wait and every measure shows headroom (a hold p99 measured
   and under ``calm`` (half) its target; the admitted and the crowd's backlog p99 under
   half theirs, or not sampled): requests find a free worker, so the servers are not
   saturated: multiply by ``growth`` (× 2 per 2-s period: 10 → 80/s in 6 s);
4. **probe** otherwise (within target, no clear headroom): add
   ``max(alpha_min, alpha_share × throughput)``;
5. growth (3 and 4) goes no further than ``headroom × throughput + alpha_min`` once
   bookings complete (admitting far faster than bookings finish only lengthens the lines
   inside) but **this cap never lowers the rate**: above it the rate is held. Until
   2026-12-07 it did: the first bookings of a rush, read over a 10-s window that had
   barely begun, set the cap at 2 × 3.4 + 1 = 7.8/s and cut a calm 16.5/s gate to it
   while the server used under a third of the two cores.
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
    cut_floor: float = 0.7
    settle: float = 4.0
    alpha_min: float = 1.0
    alpha_share: float = 0.1
    growth: float = 2.0
    calm: float = 0.5
    headroom: float = 2.0
    period: float = 2.0

    @classmethod
    def from_settings(cls) -> Config:
        return cls(target_p99=settings.MARQUEE_WAITINGROOM_TARGET_P99,
                   target_wait=settings.MARQUEE_WAITINGROOM_TARGET_WAIT,
                   min_rate=settings.MARQUEE_WAITINGROOM_MIN_RATE,
                   max_rate=settings.MARQUEE_WAITINGROOM_MAX_RATE)


@dataclass(frozen=True)
class Inputs:
    """One period's measurements (seconds; a p99 is None without samples)."""

    p99: float | None = None
    backlog: float | None = None
    crowd: float | None = None
    throughput: float = 0.0
    waiting: int = 0
    since_cut: float | None = None

    def describe(self) -> str:
        """The measures a decision read, for reports (the gate's ``inputs`` field)."""
        def seconds(value: float | None) -> str:
            return "-" if value is None else f"{value:.2f} s"
        return (f"hold p99 {seconds(self.p99)}, admitted backlog {seconds(self.backlog)}, "
                f"crowd backlog {seconds(self.crowd)}, {self.throughput:.1f} bookings/s")


def decide(rate: float, inputs: Inputs, config: Config) -> tuple[float, str]:
    """The rate for the next period and the rule that set it: ``cut``, ``settle``,
    ``crowd``, ``idle``, ``grow``, ``probe`` or ``cap`` (module note)."""
    over = _overshoot(inputs, config)
    if over > 1:
        if inputs.since_cut is not None and inputs.since_cut < config.settle:
            return _bounded(rate, config), "settle"
        return _bounded(rate * max(config.cut_floor, 1 / over), config), "cut"
    if inputs.crowd is not None and inputs.crowd > config.target_wait:
        return _bounded(rate, config), "crowd"
    if inputs.waiting <= 0:
        return _bounded(rate, config), "idle"
    if _headroom(inputs, config):
        wanted, rule = rate * config.growth, "grow"
    else:
        wanted = rate + max(config.alpha_min, config.alpha_share * inputs.throughput)
        rule = "probe"
    if inputs.throughput > 0:
        cap = config.headroom * inputs.throughput + config.alpha_min
        if wanted > cap:
            wanted, rule = max(rate, cap), "cap"
    return _bounded(wanted, config), rule


def next_rate(rate: float, *, p99: float | None, throughput: float, waiting: int,
              config: Config, backlog: float | None = None, crowd: float | None = None,
              since_cut: float | None = None) -> float:
    """The admission rate for the next period (admissions per second): ``decide``."""
    inputs = Inputs(p99=p99, backlog=backlog, crowd=crowd, throughput=throughput,
                    waiting=waiting, since_cut=since_cut)
    return decide(rate, inputs, config)[0]


def _overshoot(inputs: Inputs, config: Config) -> float:
    """The admitted members' worse measure as a multiple of its target (0: none)."""
    ratios = [0.0]
    if inputs.p99 is not None:
        ratios.append(inputs.p99 / config.target_p99)
    if inputs.backlog is not None:
        ratios.append(inputs.backlog / config.target_wait)
    return max(ratios)


def _headroom(inputs: Inputs, config: Config) -> bool:
    """Holds measured and fast, and requests (admitted or not) hardly queued: the
    servers have a free worker most of the time."""
    quiet = config.calm * config.target_wait
    return (inputs.p99 is not None and inputs.p99 < config.calm * config.target_p99
            and (inputs.backlog is None or inputs.backlog < quiet)
            and (inputs.crowd is None or inputs.crowd < quiet))


def _bounded(rate: float, config: Config) -> float:
    return max(config.min_rate, min(config.max_rate, rate))
