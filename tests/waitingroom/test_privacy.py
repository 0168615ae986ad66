"""The queue ticket is declared personal data (P1.2, P3): the member row ID the queue
holds in Redis, its cookies, its one-day retention; the member's download shows it and
a withdrawal removes it."""

from __future__ import annotations

import pytest

from marquee.privacy.api import inventory
from marquee.waitingroom import api, gates, store
from marquee.waitingroom.privacy import WaitingRoomProvider

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("redis_gate")]


def test_p1_2_the_queue_ticket_in_redis_and_its_cookies_are_declared():
    item = inventory.items["waiting_room_ticket"]
    assert item.stores and "tickets:" in item.stores[0] and not item.fields
    rule = inventory.rules[item.retention[0]]
    assert rule.period.days == 1 and store.TICKET_TTL == 86400
    names = {cookie.name for cookie in inventory.cookies.values()}
    assert {api.cookie_name("<대기열>"), api.ticket_cookie_name("<대기열>")} <= names
    assert "waiting_room_ticket" in inventory.providers["waitingroom"].items


def test_p3_the_download_shows_the_ticket_and_withdrawal_removes_it(member):
    gate = gates.open_gate([601], rate=1)
    gates.join(gate, member.pk + 1)
    gates.join(gate, member.pk)
    provider = WaitingRoomProvider()
    assert provider.export(member) == {"waiting_room_tickets": [{"gate": gate, "number": 2}]}
    assert provider.held(member) == {"waiting_room_ticket"}
    destroyed = provider.destroy(member)
    assert [(d.rule, d.count) for d in destroyed] == [("waiting_room_queue", 1)]
    assert provider.export(member) == {} and provider.destroy(member) == []
    assert store.client().hget(store.key("tickets", gate), str(member.pk + 1)) == "1"
