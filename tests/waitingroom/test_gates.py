"""The waiting room's rules (B6) against real Redis: one ticket per member, admission in
arrival order at the gate's rate, signed and time-boxed passes, the controller."""

from __future__ import annotations

import pytest
from django.core import signing

from marquee.waitingroom import controller, gates, metrics, store

pytestmark = pytest.mark.usefixtures("redis_gate")


def test_b6_a_second_ticket_request_returns_the_same_ticket_and_position():
    gate = gates.open_gate([101], rate=1)
    first = gates.join(gate, 7)
    gates.join(gate, 8)
    again = gates.join(gate, 7)
    assert first.new and not again.new
    assert again.seq == first.seq == 1
    # The same claims (the token carries its signing time, so it may differ by a second).
    assert signing.loads(again.token, salt=gates.TICKET_SALT) == {
        "g": gate, "m": 7, "n": 1, "s": gates.session_tag(None)}
    assert gates.ticket_claims(gates.join(gate, 7, "sess-a").token, gate, "sess-a") == (7, 1)
    assert gates.read_status(gate, 7, at=store.now()).last_seq == 2  # not three tickets


def test_b6_admission_follows_arrival_order_at_the_gate_rate():
    gate = gates.open_gate([102], rate=2)
    # A whole second as the gate's clock: Redis's Lua keeps 14 significant digits of a
    # time (0.1 ms here), so a wall-clock start made the half-second steps 0.49995 s and
    # the sixth admission one step late, now and then.
    t0 = float(int(store.now()))
    store.client().hset(store.key("gate", gate), "last", str(t0))
    for member in range(1, 7):
        gates.join(gate, member)
    gates.read_status(gate, None, at=t0)  # start the clock
    admitted_at = {}
    for step in range(1, 8):
        at = t0 + step * 0.5  # 2/s → one admission per half second
        for member in range(1, 7):
            if member not in admitted_at and gates.read_status(gate, member, at=at).is_admitted:
                admitted_at[member] = step
    assert sorted(admitted_at, key=admitted_at.get) == [1, 2, 3, 4, 5, 6]
    assert list(admitted_at.values()) == sorted(admitted_at.values())
    assert admitted_at[6] - admitted_at[1] == 5  # one by one, not all at once


def test_b6_an_idle_gate_banks_no_burst():
    gate = gates.open_gate([103], rate=2)
    t0 = store.now()
    gates.read_status(gate, None, at=t0)
    for member in range(1, 11):
        gates.join(gate, member)
    status = gates.read_status(gate, None, at=t0 + 60)  # a minute with nobody polling
    assert status.waiting == 8  # at most rate × 1 s admitted at once


def test_b6_position_and_estimated_wait():
    gate = gates.open_gate([104], rate=0.5)
    for member in range(1, 5):
        gates.join(gate, member)
    status = gates.read_status(gate, 4, at=store.now())
    assert status.position == 4 and not status.is_admitted
    assert status.wait_seconds == 8


def test_b6_a_pass_is_bound_to_member_and_gate_and_cannot_be_forged():
    gate = gates.open_gate([105])
    token = gates.issue_pass(gate, 7, 1)
    assert gates.pass_valid(token, gate, 7)
    assert not gates.pass_valid(token, gate, 8)  # another member
    assert not gates.pass_valid(token, "s999", 7)  # another gate
    forged = signing.dumps({"g": gate, "m": 7, "n": 1, "t": store.now()}, salt=gates.PASS_SALT,
                           key="not-the-secret-key")
    assert not gates.pass_valid(forged, gate, 7)
    assert not gates.pass_valid(token[:-2] + "xx", gate, 7)
    ticket = gates.join(gate, 7).token  # a queue ticket is not a pass
    assert not gates.pass_valid(ticket, gate, 7)


def test_b6_an_expired_pass_is_refused_and_the_spent_ticket_goes_to_the_back(settings):
    settings.MARQUEE_WAITINGROOM_PASS_SECONDS = 60
    gate = gates.open_gate([106], rate=100)
    t0 = store.now()
    gates.join(gate, 7)
    status = gates.read_status(gate, 7, at=t0 + 0.5)
    assert status.is_admitted and status.issued_at == pytest.approx(t0 + 0.5)
    token = gates.issue_pass(gate, 7, status.seq, status.issued_at)
    assert gates.pass_valid(token, gate, 7, at=t0 + 59)
    assert not gates.pass_valid(token, gate, 7, at=t0 + 61)
    # Polling again does not renew it: the pass keeps its first issue time.
    later = gates.read_status(gate, 7, at=t0 + 30)
    assert later.issued_at == pytest.approx(t0 + 0.5)
    gates.join(gate, 8)
    requeued = store.run(store.JOIN, [store.key("tickets", gate), store.key("seq", gate)],
                         [7, t0 + 61, 60, store.TICKET_TTL])
    assert requeued == [3, 1]  # behind member 8
    assert 0 < store.client().ttl(store.key("tickets", gate)) <= store.TICKET_TTL


def test_b6_the_gate_state_is_shared_by_every_worker(settings):
    """A fresh client (another worker, or this one restarted) sees the same queue."""
    gate = gates.open_gate([107], rate=1)
    gates.join(gate, 1)
    gates.join(gate, 2)
    store._client.cache_clear()
    store._script.cache_clear()
    assert gates.gate_for(107) == gate
    assert gates.join(gate, 2).seq == 2


def test_b6_demand_above_the_threshold_switches_the_gate_on(settings, monkeypatch):
    """Demand is counted per second: the six requests are made in one second of the
    store's clock (a loaded machine could otherwise spread them over two)."""
    settings.MARQUEE_WAITINGROOM_AUTO_THRESHOLD = 5
    monkeypatch.setattr(store, "now", lambda: 1_800_000_000.25)
    assert [gates.gate_for(108, count_demand=True) for _ in range(5)] == [None] * 5
    assert gates.gate_for(108, count_demand=True) == "s108"
    assert gates.gate_for(108) == "s108"
    assert gates.gates()[0]["mode"] == "auto"


def test_b6_an_on_sale_gate_covers_several_showtimes_and_closes():
    gate = gates.open_gate([111, 110, 112])
    assert {gates.gate_for(s) for s in (110, 111, 112)} == {gate}
    gates.close_gate(gate)
    assert gates.gate_for(111) is None
    assert not gates.read_status(gate, 1).on


def test_b6_without_redis_the_gate_cannot_be_enabled(settings):
    settings.MARQUEE_REDIS_URL = ""
    with pytest.raises(store.Unavailable, match="Redis"):
        gates.open_gate([109])
    assert gates.gate_for(109, count_demand=True) is None


# --- the controller -------------------------------------------------------------------------

CONFIG = controller.Config(target_p99=1.0, min_rate=1, max_rate=100)


def test_b6_the_controller_lowers_the_rate_when_the_hold_latency_passes_its_target():
    assert controller.next_rate(20, p99=2.0, throughput=10, waiting=500, config=CONFIG) == 14
    assert controller.next_rate(20, p99=1.25, throughput=10, waiting=500, config=CONFIG) == 16
    assert controller.next_rate(1.2, p99=2.0, throughput=0, waiting=500, config=CONFIG) == 1


def test_b6_the_controller_raises_the_rate_while_members_wait_and_latency_is_fine():
    # Fine but not well below target (0.7 s of 1 s): the additive probe. Well below
    # target it grows faster: tests/waitingroom/test_controller.py.
    assert controller.next_rate(10, p99=0.7, throughput=20, waiting=500, config=CONFIG) == 12
    assert controller.next_rate(10, p99=None, throughput=0, waiting=500, config=CONFIG) == 11
    assert controller.next_rate(10, p99=0.3, throughput=20, waiting=0, config=CONFIG) == 10


def test_b6_the_controller_follows_throughput_not_a_constant():
    # Admitting far faster than bookings complete: growth stops near the throughput.
    assert controller.next_rate(8, p99=0.2, throughput=5, waiting=900, config=CONFIG) == 11
    assert controller.next_rate(80, p99=0.2, throughput=5, waiting=900, config=CONFIG) == 80
    assert controller.next_rate(99.5, p99=0.2, throughput=90, waiting=900, config=CONFIG) == 100


def queued_gate(showtime: int, rate: float, waiting: int = 49) -> str:
    """A gate on ``showtime`` with ``waiting`` members (IDs 1…) in its queue."""
    gate = gates.open_gate([showtime], rate=rate)
    for member in range(1, waiting + 1):
        gates.join(gate, member)
    return gate


def test_b6_the_controller_step_reads_the_redis_counters():
    gate = queued_gate(120, 20)
    at = store.now()
    for _ in range(100):
        metrics.record_hold(gate, 2.5, at=at)  # slow holds
    # 2.5 s is in the 2.048–4.096 s bucket; the p99 is read 99 % of the way into it.
    assert metrics.p99(gate, at) == pytest.approx(2.048 + 2.048 * 0.99)
    assert gates.control(gate, at=at, config=CONFIG) == pytest.approx(14)
    assert gates.control(gate, at=at, config=CONFIG) is None  # one step per period
    store.client().delete(store.key("ctl", gate))
    fast = queued_gate(121, 20)
    for back in (1, 2, 3):
        for _ in range(6):
            metrics.record_booking(fast, at=at - back)
    metrics.record_hold(fast, 0.05, at=at)
    assert metrics.throughput(fast, at) == pytest.approx(6)
    assert gates.control(fast, at=at, config=CONFIG) == pytest.approx(20)  # × 2 > 2×6+1: held
