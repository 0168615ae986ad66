"""Parallel relays never send one message twice (PostgreSQL: real row locks).

Each thread is its own database connection; all start together (``race``) and each
keeps relaying small batches until nothing is due. ``SKIP LOCKED`` lets them take
disjoint batches; the backend is slow enough that the claims really overlap.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest
from django.db import connection

from marquee.outbox import relay
from marquee.outbox.models import Message
from marquee.privacy.models import DataKey
from tests.booking.test_concurrency import race

RELAYS = 6
MESSAGES = 120


@pytest.fixture
def require_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")


def stored_messages(backend, monkeypatch, *, send_seconds: float) -> list[int]:
    """MESSAGES due messages, stored directly (queue() would make the first attempt
    itself on commit), and a backend slow enough that the claims really overlap."""
    key = DataKey.issue("member")
    ids = [Message.objects.create(data_key=key, channel="sms", kind="race",
                                  recipient="010-2345-6789", body=f"메시지 {n}").pk
           for n in range(MESSAGES)]
    real_send = backend.send

    def slow_send(self, outgoing):
        time.sleep(send_seconds)
        real_send(self, outgoing)

    monkeypatch.setattr(backend, "send", slow_send)
    return ids


@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_parallel_relays_send_every_message_exactly_once(backend, monkeypatch):
    ids = stored_messages(backend, monkeypatch, send_seconds=0.005)

    def relay_until_empty():
        runs = []
        while (report := relay.deliver_pending(limit=7)).sent:
            runs.append(len(report.sent))
        return runs

    outcomes = race([relay_until_empty for _ in range(RELAYS)])

    assert [err for _, err in outcomes if err is not None] == []
    sent = Counter(o.message_id for o in backend.sent)
    assert sorted(sent) == sorted(ids) and set(sent.values()) == {1}
    assert sum(len(runs) > 0 for runs, _ in outcomes) > 1  # the work was really shared
    assert not Message.objects.exclude(status=Message.Status.SENT).exists()
    assert set(Message.objects.values_list("attempts", flat=True)) == {1}


@pytest.mark.usefixtures("require_postgres")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_first_attempts_racing_relays_send_every_message_exactly_once(backend, monkeypatch):
    """The first attempt claims its message with one UPDATE (issue 17) while relays claim
    batches with ``SKIP LOCKED``: each message is still sent exactly once."""
    ids = stored_messages(backend, monkeypatch, send_seconds=0.002)

    def first_attempts(order):
        return [relay.deliver(pk).sent for pk in order]

    def relay_until_empty():
        while relay.deliver_pending(limit=7).sent:
            pass

    racers = [lambda: first_attempts(ids), lambda: first_attempts(ids[::-1]),
              relay_until_empty, relay_until_empty]
    outcomes = race(racers)

    assert [err for _, err in outcomes if err is not None] == []
    sent = Counter(o.message_id for o in backend.sent)
    assert sorted(sent) == sorted(ids) and set(sent.values()) == {1}
    assert not Message.objects.exclude(status=Message.Status.SENT).exists()
    assert set(Message.objects.values_list("attempts", flat=True)) == {1}
