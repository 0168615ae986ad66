"""What events hold about people, why, and for how long (P1.3, P1.7, P7.3).

An entry records who entered which event, when, under which consent, and the mobile
number when a prize is sent to a phone. A winner of a goods prize confirms a recipient
name, mobile number and address, sent to the delivery processor (and only those, P7.3).
Entries that did not win are destroyed once the claim window after the announcement
has passed; a winner's entry and delivery data once the dispute window after delivery
(or a failed delivery) has passed, or with the claim window when the prize was never
claimed. The retention sweep writes the destruction records.
"""

import datetime

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Processor,
    Purpose,
    RetentionRule,
    RetentionTarget,
    ScheduledJob,
    Trigger,
    days,
    months,
)

from .providers import EventProvider

CLAIM_WINDOW = days(14)
DISPUTE_WINDOW = months(3)

EVENTS = Purpose(
    "events", "이벤트 응모 및 경품 제공",
    "이벤트 응모 접수(1인 1회 확인), 공정한 추첨과 당첨자 발표, 당첨 안내, 경품 발송(배송·모바일 쿠폰)",
    LegalBasis.CONSENT,
)

RETENTION_RULES = [
    RetentionRule("event_entries", "이벤트 당첨자 발표 후 14일(미당첨 응모 정보)",
                  Trigger.PURPOSE_END, CLAIM_WINDOW,
                  "당첨자 발표 후 당첨 확인·이의 제기 기간(14일)이 지나면 지체 없이 파기 "
                  "(당첨되었으나 배송지를 입력하지 않은 경우 포함)"),
    RetentionRule("event_delivery", "경품 배송 완료 후 3개월", Trigger.PURPOSE_END,
                  DISPUTE_WINDOW, "경품 배송 완료(또는 배송 실패 확정) 후 배송 관련 문의·분쟁 처리 "
                                  "기간(3개월)이 지나면 지체 없이 파기"),
]

_EV = Channel.EVENT


def _f(*names: str) -> tuple[str, ...]:
    return tuple(f"events.{name}" for name in names)


ITEMS = [
    Item("event_entry", "이벤트 응모 내역(응모한 이벤트, 응모 일시, 당첨 여부)", Category.EVENT, _EV,
         _f("Entry.member", "Delivery.member"), (EVENTS,), ("event_entries", "event_delivery")),
    Item("event_mobile", "휴대전화번호(모바일 쿠폰·경품 배송 연락용, 해당 경품에 한함)",
         Category.EVENT, _EV, _f("Entry.mobile", "Delivery.mobile"), (EVENTS,),
         ("event_entries", "event_delivery")),
    Item("event_recipient", "경품 수령인 이름(배송 경품 당첨 시)", Category.EVENT, Channel.DELIVERY,
         _f("Delivery.recipient_name"), (EVENTS,), ("event_delivery",)),
    Item("event_address", "경품 배송지 주소(우편번호, 도로명주소, 상세주소; 배송 경품 당첨 시)",
         Category.EVENT, Channel.DELIVERY,
         _f("Delivery.postcode", "Delivery.address", "Delivery.address_detail"), (EVENTS,),
         ("event_delivery",)),
]

PROCESSORS = [
    Processor("event_delivery", "(주)마키물류", "이벤트 경품 배송",
              ("event_recipient", "event_mobile", "event_address")),
]

_NOT_WON = {"status": "lost"}


def _purge_entries(queryset) -> int:
    """Entries with their delivery rows (a cascade), counted as entries."""
    count = queryset.count()
    queryset.delete()
    return count


RETENTION_TARGETS = [
    RetentionTarget("event_entries", "events.Entry", "event__announced_at",
                    "미당첨 이벤트 응모 정보", purge=_purge_entries, filters=_NOT_WON),
    RetentionTarget("event_entries", "events.Entry", "event__announced_at",
                    "배송지를 입력하지 않은 당첨 응모 정보", purge=_purge_entries,
                    filters={"status": "won", "delivery__status": "awaiting"}),
    RetentionTarget("event_entries", "events.Entry", "event__announced_at",
                    "배송이 필요 없는 경품(시사회·쿠폰)의 당첨 응모 정보", purge=_purge_entries,
                    filters={"status": "won", "delivery__isnull": True}),
    RetentionTarget("event_delivery", "events.Entry", "delivery__closed_at",
                    "경품 배송 정보(수령인, 연락처, 주소)와 당첨 응모 정보", purge=_purge_entries,
                    filters={"status": "won"}),
]

SCHEDULED_JOBS = [
    ScheduledJob("events_close", "응모 마감 이벤트 추첨", "manage.py events close",
                 every=datetime.timedelta(minutes=10), alert_after=datetime.timedelta(hours=2)),
]

# What events hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [EventProvider()]
