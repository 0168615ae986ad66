"""The waiting room's personal data (B6, P1.2): the queue ticket, held in Redis only.

``tickets:<gate>`` maps a member's row ID to their arrival number (and when their turn
came): nothing else about the member, and only while the queue runs. It goes when staff
close the gate, and in any case a day after the last arrival (the hash's TTL,
``store.TICKET_TTL``). The signed ticket and pass the member's browser keeps are the
two cookies below (the same member ID, number and gate, signed, not encrypted).

Queue polls answered by the fast path (``fastpath.py``) write no access record: a poll
is the queue page refreshing itself. Nor does an arrival the fast path answers (a gated
seat map requested with a valid queue identity, ``identity.py``): what it collects is
the ticket itself (declared here), and the page that handed out the identity went
through Django and was recorded (P1.2), as is every request after admission. The
identity cookie ``mq_id`` holds the member's row ID and a keyed digest of the session
key, signed, not encrypted.
"""

from __future__ import annotations

import logging

from marquee.members.privacy import CONTRACT
from marquee.privacy.api import (
    Category,
    Channel,
    Cookie,
    CookieCategory,
    Destroyed,
    Item,
    PersonalDataProvider,
    RetentionRule,
    Trigger,
    days,
)

log = logging.getLogger(__name__)

RETENTION_RULES = [
    RetentionRule("waiting_room_queue", "예매 대기열 순번", Trigger.PURPOSE_END, days(1),
                  "대기열이 닫히면 즉시, 늦어도 마지막 대기 신청 후 1일이 지나면 파기"),
]

ITEMS = [
    Item("waiting_room_ticket", "예매 대기열 순번(회원 번호와 대기 번호, 입장 시각)",
         Category.AUTOMATIC, Channel.BOOKING, (), (CONTRACT,), ("waiting_room_queue",),
         stores=("Redis: 대기열별 순번표(MARQUEE_WAITINGROOM_PREFIX + 'tickets:<대기열>'), "
                 "회원 번호 → 대기 번호",)),
]


def _lifetime_identity() -> str:
    from django.conf import settings

    return f"{settings.MARQUEE_WAITINGROOM_IDENTITY_SECONDS // 60}분"


def _lifetime_pass() -> str:
    from django.conf import settings

    return f"{settings.MARQUEE_WAITINGROOM_PASS_SECONDS // 60}분"


COOKIES = [
    Cookie("waiting_room_ticket", "mq_ticket_<대기열>", CookieCategory.NECESSARY,
           "예매 대기열의 내 순번 확인(서명된 대기 번호)", "브라우저를 닫을 때까지(최대 1일)"),
    Cookie("waiting_room_pass", "mq_pass_<대기열>", CookieCategory.NECESSARY,
           "차례가 된 회원의 좌석 선택 화면 입장 확인(서명된 입장권)", _lifetime_pass),
    Cookie("waiting_room_identity", "mq_id", CookieCategory.NECESSARY,
           "예매 대기열에 줄 설 때 로그인한 회원 확인(서명된 회원 번호, 로그인 세션에 묶임)",
           _lifetime_identity),
]


class WaitingRoomProvider(PersonalDataProvider):
    key = "waitingroom"
    label = "예매 대기열"
    items = ("waiting_room_ticket",)
    order = 45

    @staticmethod
    def _tickets(member) -> dict[str, str]:
        """gate → the member's ticket entry, from every open queue; {} without Redis."""
        from . import gates, store

        if not store.configured():
            return {}
        try:
            redis = store.client()
            open_gates = sorted(set(redis.hvals(store.key("gates"))))
            entries = [redis.hget(store.key("tickets", g), str(member.pk)) for g in open_gates]
        except Exception:  # noqa: BLE001 - Redis down: the queue's keys expire on their own
            log.exception("waiting room: Redis unavailable, queue tickets not read")
            return {}
        return {g: e for g, e in zip(open_gates, entries, strict=True)
                if e and gates.GATE_RE.fullmatch(g)}

    def export(self, member) -> dict:
        tickets = self._tickets(member)
        if not tickets:
            return {}
        return {"waiting_room_tickets": [
            {"gate": gate, "number": int(entry.split(":")[0])} for gate, entry in tickets.items()]}

    def destroy(self, member) -> list[Destroyed]:
        from . import store

        tickets = self._tickets(member)
        if not tickets:
            return []
        redis = store.client()
        removed = sum(redis.hdel(store.key("tickets", gate), str(member.pk)) for gate in tickets)
        return [Destroyed("waiting_room_queue", "예매 대기열 순번", removed, "대기열 순번표에서 삭제")]


PROVIDERS = [WaitingRoomProvider()]
