"""The two-yearly 광고성 정보 수신동의 여부 확인 (정보통신망법 50⑧, 시행령 62-2, L1.2).

Every member who consents to advertising on some channel is told, two years after they
last gave that consent or were last told, which consents they gave and when, who sends
the advertisements, and how to withdraw. The opt-in and opt-out confirmations within 14
days of a change (시행령 62-3) are not here: the members app sends them at the change
itself (``members.consents.confirm_marketing``, also for the one-click opt-out).

Idempotent: a member's notice row and message are written together; the next run finds
the member told less than two years ago and skips them.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from marquee.members.models import Member
from marquee.members.privacy import MARKETING_CHANNELS
from marquee.outbox import services as outbox
from marquee.privacy.api import ConsentRecord, consent, inventory

from .models import MemberNotice

EVERY = datetime.timedelta(days=730)  # two years
MARKETING_KEYS = (*MARKETING_CHANNELS, "marketing_night")


def due(now):
    """Active members whose last marketing consent answer and last reconfirmation are
    both older than two years (the consent itself is checked per member)."""
    cutoff = now - EVERY
    last_answer = (ConsentRecord.objects.filter(member=OuterRef("pk"), text__key__in=MARKETING_KEYS)
                   .values("member").annotate(last=Max("at")).values("last"))
    last_told = (MemberNotice.objects.filter(member=OuterRef("pk"), kind=MemberNotice.Kind.RECONFIRM)
                 .values("member").annotate(last=Max("sent_at")).values("last"))
    return (Member.objects.filter(status=Member.Status.ACTIVE, is_staff=False)
            .annotate(last_answer=Subquery(last_answer), last_told=Subquery(last_told))
            .filter(last_answer__lte=cutoff)
            .filter(Q(last_told__isnull=True) | Q(last_told__lte=cutoff))
            .select_related("data_key"))


def _agreed_on(member) -> dict[str, datetime.datetime]:
    """Marketing consents now given → when they were (last) given."""
    state = consent.current_state(member)
    given = {}
    for record in consent.history(member):
        key = record.text.key
        if key in MARKETING_KEYS and state.get(key) and record.agreed and key not in given:
            given[key] = record.at
    return given


def render(given: dict, *, at) -> str:
    sender = f"{settings.MARQUEE_SENDER_NAME}({settings.MARQUEE_OPERATOR['company']})"
    lines = [f"[{sender}] 광고성 정보 수신동의 여부 안내",
             "정보통신망법에 따라 2년마다 회원님의 광고성 정보 수신동의 상태를 알려 드립니다.",
             f"전송자: {sender}", f"안내일: {timezone.localtime(at):%Y-%m-%d}"]
    lines += [f"- {inventory.consents[k].title}: 동의 ({timezone.localtime(when):%Y-%m-%d} 동의)"
              for k, when in given.items()]
    lines += ["수신을 원하지 않으시면 마이페이지 > 수신 동의 관리에서 언제든 무료로 철회하실 수 "
              "있습니다: " + settings.MARQUEE_SITE_URL + reverse("members:mypage_consents")]
    return "\n".join(lines)


def reconfirm(member, *, now) -> bool:
    given = _agreed_on(member)
    if not any(k in given for k in MARKETING_CHANNELS):
        return False  # no advertising consent left: nothing to reconfirm
    with transaction.atomic():
        notice, created = MemberNotice.objects.get_or_create(
            member=member, kind=MemberNotice.Kind.RECONFIRM,
            period=f"{timezone.localtime(now):%Y-%m-%d}", defaults={"sent_at": now})
        if not created:
            return False
        channel, address = ("sms", member.mobile) if member.mobile else ("email", member.email)
        message = outbox.queue(data_key=member.data_key, channel=channel,
                               kind="consent_reconfirmation", recipient=address,
                               body=render(given, at=now), deliver_now=False)
        MemberNotice.objects.filter(pk=notice.pk).update(message_id=message.pk)
    return True


def send_due(*, now=None, batch_size: int = 500) -> dict[str, int]:
    """The scheduled job (daily): every member due, in batches of ids."""
    now = now or timezone.now()
    after = sent = 0
    while batch := list(due(now).filter(pk__gt=after).order_by("pk")[:batch_size]):
        for member in batch:
            sent += reconfirm(member, now=now)
        after = batch[-1].pk
    return {"sent": sent}
