"""The admission-rate controller's rules (B6, issue 17): a proportional cut on admitted
members' evidence only, no second cut on the same evidence, the rate held (not cut) while
only the waiting crowd's backlog is high, fast growth while every measure shows headroom,
a throughput cap that limits growth and never lowers the rate, percentiles read inside
their bucket, the floor; and its backlog input counts admitted members' requests only."""

from __future__ import annotations

import time

import pytest
from django.conf import settings

from marquee.waitingroom import controller, fastpath, gates, identity, metrics, store

from .test_fastpath import Django, call
from .test_gates import queued_gate

CONFIG = controller.Config(target_p99=1.0, target_wait=0.5, min_rate=1, max_rate=100)


def rate(current, *, p99=0.2, throughput=0.0, waiting=500, backlog=None, crowd=None,
         since_cut=None, config=CONFIG):
    return controller.next_rate(current, p99=p99, throughput=throughput, waiting=waiting,
                                config=config, backlog=backlog, crowd=crowd,
                                since_cut=since_cut)


def rule(current, **measures):
    return controller.decide(current, controller.Inputs(**{"waiting": 500, **measures}),
                             CONFIG)


def test_b6_over_target_the_rate_is_cut_in_proportion_to_the_overshoot():
    # Hold p99 25 % over its 1-s target: × 1 / 1.25, not × 0.7 and not halved.
    assert rule(20, p99=1.25, throughput=10) == (pytest.approx(16), "cut")
    # Admitted backlog 0.625 s against 0.5 s: the same proportion.
    assert rate(20, p99=0.1, throughput=10, backlog=0.625) == pytest.approx(16)
    # The worse of the two decides.
    assert rate(20, p99=1.1, backlog=0.625) == pytest.approx(16)
    # Just over target: a trim of a few per cent.
    assert rate(20, p99=1.05) == pytest.approx(20 / 1.05)
    # However far over, one step never goes below cut_floor (× 0.7): no halving.
    for p99 in (1.5, 2.0, 5.0, 60.0):
        assert rate(20, p99=p99) >= 14 - 1e-9
    assert rate(20, p99=5.0) == pytest.approx(14)
    # The cut ignores the throughput cap's room and how fast the rate was growing.
    assert rate(60, p99=1.2, throughput=100) == pytest.approx(50)


def test_b6_no_second_cut_on_the_evidence_that_made_the_first():
    """The p99's windows span 5–10 s: within ``settle`` (4 s) of a cut they still hold the
    samples that caused it, so the rate is held, not cut again on them."""
    assert rule(14, p99=2.0, since_cut=2.0) == (14, "settle")
    assert rule(14, p99=2.0, since_cut=3.99)[1] == "settle"
    assert rule(14, p99=2.0, since_cut=4.0) == (pytest.approx(9.8), "cut")
    assert rule(14, p99=2.0, since_cut=None)[1] == "cut"  # never cut before
    # Back within target after a cut: the other rules apply at once.
    assert rule(14, p99=0.2, since_cut=1.0) == (28, "grow")


def test_b6_a_high_crowd_backlog_alone_holds_the_rate_never_cuts_it():
    """An arrival burst fills the waiting crowd's backlog whatever the admission rate:
    while the admitted members are served within target the rate is held."""
    assert rule(16.5, p99=0.2, backlog=0.1, crowd=3.0, throughput=3.4) == (16.5, "crowd")
    assert rule(16.5, p99=None, crowd=30.0) == (16.5, "crowd")  # no hold measured yet
    assert rule(16.5, p99=0.9, backlog=0.45, crowd=0.51) == (16.5, "crowd")
    # Admitted-member evidence over target still cuts, crowd or not.
    assert rule(16.5, p99=1.5, crowd=3.0)[1] == "cut"
    assert rule(16.5, p99=0.2, backlog=0.6, crowd=3.0) == (pytest.approx(13.75), "cut")
    # A crowd backlog within target but not short: a probe, not the fast growth.
    assert rule(10, p99=0.2, backlog=0.1, crowd=0.3, throughput=20) == (12, "probe")


def test_b6_with_headroom_the_rate_doubles_each_period():
    # Hold p99 under half its target, admitted and crowd backlogs under half theirs.
    assert rule(4, p99=0.2, backlog=0.1, crowd=0.1) == (8, "grow")
    assert rate(10, p99=0.3, throughput=20, backlog=0.2) == pytest.approx(20)
    assert rate(10, p99=0.3, throughput=20) == pytest.approx(20)  # no backlog sample
    # From the floor after cuts: 1 → 10/s in four periods (8 s).
    current, periods = 1.0, 0
    while current < 10:
        current, periods = rate(current, p99=0.1, throughput=30, backlog=0.05), periods + 1
    assert periods == 4


def test_b6_within_target_without_clear_headroom_the_rate_is_probed_additively():
    # max(1, 0.1 × throughput) per period.
    assert rule(10, p99=0.7, throughput=20, backlog=0.1) == (12, "probe")
    assert rule(10, p99=0.3, throughput=20, backlog=0.3) == (12, "probe")
    assert rule(10, p99=None, throughput=20) == (12, "probe")  # no hold measured yet
    assert rule(10, p99=1.0, backlog=0.5) == (11, "probe")  # at target is not over it


def test_b6_nobody_waiting_holds_the_rate():
    assert rule(10, p99=0.1, throughput=20, waiting=0) == (10, "idle")
    assert rule(10, p99=1.5, waiting=0)[1] == "cut"


def test_b6_the_throughput_cap_limits_growth_and_never_lowers_the_rate():
    """The regression of 2026-12-07: the first bookings (3.4/s over a window that had
    barely begun) capped a calm 16.5/s gate at 2 × 3.4 + 1 = 7.8/s."""
    assert rule(16.5, p99=0.2, backlog=0.1, crowd=0.1, throughput=3.4) == (16.5, "cap")
    assert rule(80, p99=0.2, throughput=5) == (80, "cap")
    assert rule(80, p99=0.7, throughput=5) == (80, "cap")  # the probe alike
    # Growth stops at headroom × throughput + alpha_min = 2 × 3 + 1 = 7.
    assert rule(6, p99=0.1, throughput=3, backlog=0.05) == (7, "cap")
    assert rule(6, p99=0.7, throughput=3) == (7, "probe")  # + 1 reaches it
    assert rule(6.5, p99=0.7, throughput=3) == (7, "cap")
    assert rate(90, p99=0.1, throughput=200, backlog=0.05) == pytest.approx(100)  # max_rate
    # No booking completed yet: no cap.
    assert rule(16, p99=0.1) == (32, "grow")


def test_b6_a_calm_rush_start_is_never_cut_and_climbs_with_the_bookings():
    """A fake rush replayed against the rules: bookings complete at the rate admitted one
    period earlier, holds and admitted requests are fast, and the arrival burst fills
    the crowd's backlog for the first six periods (12 s). The rate never falls, is held
    through the burst, then climbs as fast as the completed bookings let it."""
    rates = [10.0]
    for period in range(12):
        throughput = rates[-2] if len(rates) >= 2 else 0.0
        current, _ = rule(rates[-1], p99=0.2, backlog=0.05,
                          crowd=2.5 if period < 6 else 0.1, throughput=throughput)
        rates.append(current)
    assert rates[:7] == [10.0] * 7  # held through the burst: neither cut nor raised
    # × 2 with headroom, stopped at 2 × bookings/s + 1 every other period.
    assert rates[7:] == [20, 21, 41, 43, 83, 87]


def test_b6_the_rate_never_falls_below_the_floor():
    assert rate(1.2, p99=3.0) == pytest.approx(1)
    assert rate(1, p99=3.0, backlog=9.0) == pytest.approx(1)
    assert rate(0.5, p99=0.1, throughput=0.01, waiting=0) == pytest.approx(1)


def test_b6_a_histogram_p99_is_interpolated_within_its_bucket():
    # 98 samples under 16 ms, 2 in the 256–512 ms bucket: the 99th of 100 lies halfway
    # into that bucket's two samples.
    assert metrics.percentile({16: 98, 512: 2}, 99) == pytest.approx(384)
    assert metrics.percentile({8: 100}, 50) == pytest.approx(4)  # first bucket: from 0
    assert metrics.percentile({64: 10, 128: 10}, 50) == pytest.approx(64)
    assert metrics.percentile({}, 99) is None
    # The overflow bucket (past 65.5 s) reads between 65.5 s and twice that.
    assert 65_536 < metrics.percentile({metrics.BUCKETS[-1] * 2: 1}, 99) < 131_072


@pytest.mark.usefixtures("redis_gate")
def test_b6_a_p99_inside_the_256_512_ms_bucket_does_not_count_as_512_ms():
    """The backlog target is 0.5 s: a p99 of 300 ms read as its bucket's upper bound
    (512 ms) used to cut the rate."""
    gate = queued_gate(601, 10, waiting=99)
    at = store.now()
    for _ in range(98):
        metrics.record_wait(gate, 0.010, at=at)
    for _ in range(2):
        metrics.record_wait(gate, 0.300, at=at)
    for _ in range(20):
        metrics.record_hold(gate, 0.05, at=at)
    backlog = metrics.p99(gate, at, kind="wait")
    assert backlog == pytest.approx(0.384)
    assert rate(10, p99=0.1, backlog=backlog) > 10  # not cut
    assert gates.control(gate, at=at, config=CONFIG) == pytest.approx(11)  # 0.384 s: additive


@pytest.mark.usefixtures("redis_gate")
def test_b6_queue_polls_and_arrivals_of_waiting_members_do_not_feed_the_backlog_input(
        monkeypatch):
    """The waiting crowd's backlog (an arrival burst) is recorded apart: it is not the
    admitted members' backlog input, and with the holds fast it holds the rate (rule
    ``crowd``), neither cutting nor raising it; once it is short the rate grows again."""
    monkeypatch.setattr(settings, "MARQUEE_TRUST_REQUEST_START", True)
    gate = queued_gate(602, 10, waiting=39)
    # Arrivals answered by the fast path, after waiting 2 s in the backlog.
    for member in range(40, 60):
        session = f"session-{member}"
        cookies = {settings.SESSION_COOKIE_NAME: session,
                   identity.COOKIE: identity.issue(member, session)}
        django = Django()
        status, _h, _b = call(fastpath.QueueFastPath(django), "/api/showtimes/602/seats",
                              cookies, {"X-Request-Start": f"t={time.time() - 2:.3f}"})
        assert (status, django.environs) == (409, [])
    at = store.now()
    for _ in range(50):  # polls that waited 1.2 s in the backlog
        gates.poll(gate, 39, wait=1.2, at=at, config=controller.Config(period=0))
    assert 1.024 < metrics.p99(gate, at, kind="crowd") < 4.096
    assert metrics.p99(gate, at, kind="wait") is None
    for _ in range(20):
        metrics.record_hold(gate, 0.05, at=at)
    assert gates.control(gate, at=at, config=CONFIG) == pytest.approx(10)  # held
    assert store.client().hget(store.key("gate", gate), "rule") == "crowd"
    # Two windows on, the burst's samples have aged out: fast holds, short polls.
    later = at + 2 * metrics.WINDOW
    for _ in range(50):
        gates.poll(gate, 39, wait=0.01, at=later, config=controller.Config(period=0))
    metrics.record_hold(gate, 0.05, at=later)
    assert gates.control(gate, at=later, config=CONFIG, turn=True) == pytest.approx(20)


@pytest.mark.usefixtures("redis_gate")
def test_b6_a_controller_step_remembers_its_cut_and_does_not_repeat_it_on_the_same_evidence():
    gate = queued_gate(604, 20)
    at = store.now()
    for _ in range(100):
        metrics.record_hold(gate, 1.5, at=at)  # 1.024–2.048 s bucket: p99 ≈ 2.04 s
    assert gates.control(gate, at=at, config=CONFIG) == pytest.approx(14)  # × 0.7 floor
    state = store.client().hgetall(store.key("gate", gate))
    assert (state["rule"], float(state["cut"])) == ("cut", pytest.approx(at))
    assert state["inputs"] == ("hold p99 2.04 s, admitted backlog -, crowd backlog -, "
                               "0.0 bookings/s")
    # Two seconds on, the same samples: held (any worker reads the cut from Redis).
    assert gates.control(gate, at=at + 2, config=CONFIG, turn=True) == pytest.approx(14)
    assert store.client().hget(store.key("gate", gate), "rule") == "settle"
    # Past ``settle`` and still over target: cut again.
    assert gates.control(gate, at=at + 4, config=CONFIG, turn=True) == pytest.approx(9.8)
    # Staff setting the rate anew forget the cut.
    gates.open_gate([604], rate=20)
    assert store.client().hget(store.key("gate", gate), "cut") is None


@pytest.mark.usefixtures("redis_gate")
def test_b6_throughput_counts_the_last_three_full_seconds_of_completed_bookings():
    """Per second, so the first bookings of a rush show at their own rate within seconds
    (a 10-s window that had barely begun read them as a tenth of it)."""
    gate = gates.open_gate([605], rate=10)
    at = 1_000_000.5
    for back, n in ((0, 50), (1, 6), (2, 9), (3, 12), (4, 99)):
        for _ in range(n):
            metrics.record_booking(gate, at=at - back)
    assert metrics.throughput(gate, at) == pytest.approx((6 + 9 + 12) / 3)
    assert metrics.throughput(gate, at + 10) == 0


@pytest.mark.usefixtures("redis_gate")
def test_b6_an_admitted_members_requests_feed_the_backlog_input_by_cookie_or_header(
        monkeypatch):
    monkeypatch.setattr(settings, "MARQUEE_TRUST_REQUEST_START", True)
    now = store.now()
    monkeypatch.setattr(store, "now", lambda: now)  # one metrics window
    gate = gates.open_gate([603], rate=10)
    token = gates.issue_pass(gate, 7, 1)
    late = {"X-Request-Start": f"t={time.time() - 0.3:.3f}"}
    app = fastpath.QueueFastPath(Django())
    call(app, "/booking/bookings/B7/payment-return/", {f"mq_pass_{gate}": token}, late)
    call(app, "/api/showtimes/603/holds", {}, {**late, "X-Marquee-Pass": token},
         method="post")
    # Not counted: no pass, a forged one, an expired one.
    forged = token[:-2] + ("aa" if not token.endswith("aa") else "bb")
    expired = gates.issue_pass(gate, 7, 1, issued_at=store.now() - gates.pass_seconds() - 5)
    for headers in ({}, {"X-Marquee-Pass": forged}, {"X-Marquee-Pass": expired}):
        call(app, "/api/showtimes/603/holds", {}, {**late, **headers}, method="post")
    counts = store.client().hgetall(metrics.wait_key(gate, now))
    assert counts == {"512": "2"}  # both in the 256–512 ms bucket
    assert fastpath.admitted_gate({"HTTP_COOKIE": f"a=b; mq_pass_{gate}={token}"}) == gate
    assert fastpath.admitted_gate({"HTTP_X_MARQUEE_PASS": forged}) is None
