"""The admission-rate controller's rules (B6, issue 17): cut over target, percentiles
read inside their bucket, multiplicative recovery well below target, the throughput cap
and the floor; and its backlog input counts admitted members' requests only, never the
waiting crowd's arrivals and polls."""

from __future__ import annotations

import time

import pytest
from django.conf import settings

from marquee.waitingroom import controller, fastpath, gates, identity, metrics, store

from .test_fastpath import Django, call

CONFIG = controller.Config(target_p99=1.0, target_wait=0.5, min_rate=1, max_rate=100)


def rate(current, *, p99=0.2, throughput=0.0, waiting=500, backlog=None, config=CONFIG):
    return controller.next_rate(current, p99=p99, throughput=throughput, waiting=waiting,
                                config=config, backlog=backlog)


def test_b6_over_target_the_rate_is_cut_by_beta():
    assert rate(20, p99=1.2, throughput=10) == pytest.approx(14)  # holds slow
    assert rate(20, p99=0.1, throughput=10, backlog=0.6) == pytest.approx(14)  # backlog
    # The cut ignores the throughput cap's room and how fast the rate was growing.
    assert rate(60, p99=1.01, throughput=100) == pytest.approx(42)


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
    gate = gates.open_gate([601], rate=10)
    for member in range(1, 100):
        gates.join(gate, member)
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


def test_b6_well_below_target_the_rate_recovers_multiplicatively():
    # Hold p99 and backlog under half their targets: × 1.5 per period (slow start).
    assert rate(4, p99=0.2, backlog=0.1) == pytest.approx(6)
    assert rate(10, p99=0.3, throughput=20, backlog=0.2) == pytest.approx(15)
    assert rate(10, p99=0.3, throughput=20) == pytest.approx(15)  # no backlog sample
    # Not well below target: the additive probe, max(1, 0.1 × throughput).
    assert rate(10, p99=0.7, throughput=20, backlog=0.1) == pytest.approx(12)
    assert rate(10, p99=0.3, throughput=20, backlog=0.3) == pytest.approx(12)
    assert rate(10, p99=None, throughput=20) == pytest.approx(12)  # no hold measured yet
    assert rate(10, p99=0.1, throughput=20, waiting=0) == pytest.approx(10)  # nobody waits
    # From the floor after a cut: 1 → 10/s in six periods (12 s), where adding 1 per
    # period took nine.
    current, periods = 1.0, 0
    while current < 10:
        current, periods = rate(current, p99=0.1, throughput=30, backlog=0.05), periods + 1
    assert periods == 6


def test_b6_the_rate_is_capped_by_throughput_and_max_rate():
    # headroom × throughput + alpha_min = 2 × 3 + 1 = 7, however calm.
    assert rate(10, p99=0.1, throughput=3, backlog=0.05) == pytest.approx(7)
    assert rate(6, p99=0.1, throughput=3, backlog=0.05) == pytest.approx(7)  # 9 capped
    assert rate(6, p99=0.7, throughput=3) == pytest.approx(7)
    assert rate(90, p99=0.1, throughput=200, backlog=0.05) == pytest.approx(100)  # max_rate


def test_b6_the_rate_never_falls_below_the_floor():
    assert rate(1.2, p99=3.0) == pytest.approx(1)
    assert rate(1, p99=3.0, backlog=9.0) == pytest.approx(1)
    assert rate(0.5, p99=0.1, throughput=0.01, waiting=0) == pytest.approx(1)


@pytest.mark.usefixtures("redis_gate")
def test_b6_queue_polls_and_arrivals_of_waiting_members_do_not_feed_the_backlog_input(
        monkeypatch):
    """The waiting crowd's backlog (an arrival burst) is recorded apart and reported; the
    controller reads the admitted members' backlog only, and keeps raising the rate."""
    monkeypatch.setattr(settings, "MARQUEE_TRUST_REQUEST_START", True)
    gate = gates.open_gate([602], rate=10)
    for member in range(1, 40):
        gates.join(gate, member)
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
    assert gates.control(gate, at=at, config=CONFIG) == pytest.approx(15)  # calm: × 1.5


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
