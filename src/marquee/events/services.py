"""Entering, the two-step draw and prize delivery (P1.3, P1.7, P7.3).

The draw is two transactions: ``freeze`` closes entry, hashes the entrant list, reveals
the committed secret and records the seed (nothing about winners yet); ``draw`` then
computes the winners from that record alone and marks entries and deliveries in one
transaction, so a crash half-way leaves no half-announced event.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from marquee.privacy.api import inventory

from . import delivery as carriers
from . import draws
from .models import Delivery, DrawRecord, Entry, Event

ENTRY_ITEM_LABELS = {"event_entry": "응모 내역(응모한 이벤트, 응모 일시, 당첨 여부)"}


class EntryRefused(Exception):
    """Why a member may not enter (Korean, shown to the member)."""


def item_label(key: str) -> str:
    return inventory.items[key].label if key in inventory.items else ENTRY_ITEM_LABELS[key]


def consent_text(event: Event) -> str:
    """The consent an entrant agrees to: the event, the items, the retention, the right to
    refuse (PIPA 15②). Stored verbatim with each entry."""
    at_entry = ["event_entry", *event.entry_items()]
    lines = [
        f"이벤트: {event.title}",
        "목적: 이벤트 응모 접수, 추첨과 당첨자 발표, 당첨 안내 및 경품 제공",
        f"수집 항목(응모 시): {', '.join(inventory.items[k].label for k in at_entry)}",
    ]
    if event.claim_items():
        lines.append("수집 항목(배송 경품 당첨 시 추가): "
                     + ", ".join(inventory.items[k].label for k in event.claim_items()))
    lines += [
        "보유 기간: 미당첨자는 당첨자 발표 후 14일, 당첨자는 경품 배송 완료 후 3개월이 지나면 파기",
        "거부 권리 및 불이익: 동의를 거부할 수 있으며, 거부하시면 이 이벤트에 응모할 수 없습니다. "
        "다른 서비스 이용에는 제한이 없습니다.",
    ]
    if event.claim_items():
        lines.append("경품 배송은 (주)마키물류에 위탁하며, 수령인 이름·휴대전화번호·배송지 주소만 "
                     "제공합니다.")
    return "\n".join(lines)


def _check_eligible(member, event: Event, now) -> None:
    if not event.is_open(now):
        raise EntryRefused("응모 기간이 아닙니다.")
    if member.is_under_14:
        consent = getattr(member, "guardian_consent", None)
        if consent is None or consent.status != consent.Status.CONSENTED:
            raise EntryRefused("만 14세 미만 회원은 법정대리인의 동의가 확인된 경우에만 응모할 수 "
                               "있습니다.")
    if Entry.objects.filter(event=event, member=member).exists():
        raise EntryRefused("이미 응모하신 이벤트입니다. 이벤트마다 한 번만 응모할 수 있습니다.")


def enter(member, event: Event, *, agreed: bool, mobile: str = "", now=None) -> Entry:
    """Enter ``member`` once; the form asks only what the event's prizes need."""
    now = now or timezone.now()
    if not agreed:
        raise EntryRefused("개인정보 수집·이용에 동의하셔야 응모할 수 있습니다.")
    _check_eligible(member, event, now)
    needs_mobile = "event_mobile" in event.entry_items()
    if needs_mobile and not mobile:
        raise EntryRefused("모바일 쿠폰을 받을 휴대전화번호를 입력해 주세요.")
    try:
        with transaction.atomic():
            return Entry.objects.create(event=event, member=member, entered_at=now,
                                        mobile=mobile if needs_mobile else None,
                                        consent_text=consent_text(event))
    except IntegrityError as error:  # a second request racing the first
        raise EntryRefused("이미 응모하신 이벤트입니다. 이벤트마다 한 번만 응모할 수 있습니다.") \
            from error


def prize_plan(event: Event) -> list[tuple[int, int]]:
    return [(p.pk, p.quantity) for p in event.prizes.order_by("position", "id")]


@transaction.atomic
def freeze(event: Event, *, now=None) -> DrawRecord:
    """Close entry; record the entrant list, its hash, the revealed secret and the seed."""
    now = now or timezone.now()
    event = Event.objects.select_for_update().get(pk=event.pk)
    if hasattr(event, "draw"):
        return event.draw
    if now < event.ends_at:
        raise ValueError("entry is still open")
    ids = list(event.entries.values_list("pk", flat=True))
    list_hash = draws.entrants_hash(ids)
    record = DrawRecord.objects.create(
        event=event, frozen_at=now, entrant_ids=draws.canonical(ids), entrants_hash=list_hash,
        secret=event.draw_secret, seed=draws.seed(event.draw_secret, list_hash))
    event.status = Event.Status.CLOSED
    event.save(update_fields=["status"])
    return record


@transaction.atomic
def draw(event: Event, *, now=None) -> list[Entry]:
    """Compute the winners from the frozen record and announce them, all or nothing."""
    now = now or timezone.now()
    record = DrawRecord.objects.select_for_update(of=("self",)).select_related("event").get(
        event=event)
    event = record.event
    if record.drawn_at:
        return list(event.entries.filter(status=Entry.Status.WON))
    ids = draws.parse_ids(record.entrant_ids)
    winners = draws.rank(record.seed, ids, prize_plan(event))
    prizes = {p.pk: p for p in event.prizes.all()}
    won = []
    for entry_id, prize_id in winners:
        entry = Entry.objects.select_related("member").get(pk=entry_id)
        entry.status, entry.prize = Entry.Status.WON, prizes[prize_id]
        entry.save(update_fields=["status", "prize"])
        if prizes[prize_id].needs_delivery:
            Delivery.objects.create(entry=entry, member=entry.member)
        won.append(entry)
    event.entries.exclude(pk__in=[e for e, _ in winners]).update(status=Entry.Status.LOST)
    record.winners, record.drawn_at = draws.format_winners(winners), now
    record.save(update_fields=["winners", "drawn_at"])
    event.status, event.announced_at = Event.Status.ANNOUNCED, now
    event.save(update_fields=["status", "announced_at"])
    return won


def verify(event: Event) -> draws.Verification:
    record = event.draw
    return draws.verify(published_commitment=event.commitment, secret=record.secret,
                        entrant_ids_text=record.entrant_ids, recorded_hash=record.entrants_hash,
                        recorded_seed=record.seed, recorded_winners=record.winners,
                        prizes=prize_plan(event))


def close_due(now=None) -> list[Event]:
    """Freeze and draw every event whose entry period has ended (the cron job)."""
    now = now or timezone.now()
    done = []
    for event in Event.objects.filter(status__in=[Event.Status.OPEN, Event.Status.CLOSED],
                                      ends_at__lte=now):
        freeze(event, now=now)
        draw(event, now=now)
        done.append(event)
    return done


# --- delivery -----------------------------------------------------------------------


def confirm_address(delivery: Delivery, *, recipient_name: str, mobile: str, postcode: str,
                    address: str, address_detail: str, now=None) -> Delivery:
    """Store the winner's address and hand the delivery task (only the declared items)
    to the processor; the request is recorded in the same transaction as the address."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update(of=("self",)).select_related(
            "entry__prize", "member__data_key").get(pk=delivery.pk)
        if delivery.status != Delivery.Status.AWAITING:
            raise EntryRefused("이미 배송지를 확인하셨습니다.")
        delivery.recipient_name, delivery.mobile = recipient_name, mobile
        delivery.postcode, delivery.address = postcode, address
        delivery.address_detail = address_detail
        payload = carriers.build_payload(delivery)
        delivery.processor_reference = carriers.carrier().send(payload)
        delivery.status, delivery.requested_at = Delivery.Status.REQUESTED, now
        delivery.save()
    return delivery


_NEXT = {Delivery.Status.SHIPPED: (Delivery.Status.REQUESTED,),
         Delivery.Status.DELIVERED: (Delivery.Status.REQUESTED, Delivery.Status.SHIPPED),
         Delivery.Status.FAILED: (Delivery.Status.REQUESTED, Delivery.Status.SHIPPED)}


@transaction.atomic
def record_status(delivery: Delivery, status: str, *, now=None) -> Delivery:
    """The processor's report: shipped, delivered or failed (the last two start the
    dispute window of the delivery data)."""
    now = now or timezone.now()
    delivery = Delivery.objects.select_for_update().get(pk=delivery.pk)
    if delivery.status not in _NEXT.get(status, ()):
        raise ValueError(f"cannot go from {delivery.status} to {status}")
    delivery.status = status
    if status == Delivery.Status.SHIPPED:
        delivery.shipped_at = now
    else:
        delivery.closed_at = now
    delivery.save(update_fields=["status", "shipped_at", "closed_at"])
    return delivery
