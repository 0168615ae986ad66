"""The yearly 개인정보 이용내역 통지 (PIPA 20-2, L5.3): once a year each member is told
what we hold about them, why it is used, to whom it was provided or entrusted and how
long it is kept, with a link to My Page.

The notice is generated from the member's own records: the items come from what each
app's personal-data provider actually holds about the member (``providers.held``), their
purposes and retention from the inventory, the processors from the declared processors
that handle one of those items, and the provisions from the provision records of the
past year. A member without payments is not told about the payment processors.

The job is idempotent per member and year (``MemberNotice``): each member's notice row
and outbox message are written in one transaction, so a crash half-way leaves members
either fully notified or not at all, and a rerun notifies only those left.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marquee.compliance.provision.models import Provision
from marquee.members.models import Member
from marquee.outbox import services as outbox
from marquee.privacy.api import inventory, providers

from .models import MemberNotice


@dataclass
class UsageReport:
    year: str
    items: list[str] = field(default_factory=list)
    purposes: dict[str, list[str]] = field(default_factory=dict)  # purpose → items
    provided: list[str] = field(default_factory=list)
    entrusted: list[str] = field(default_factory=list)
    retention: dict[str, str] = field(default_factory=dict)  # item → how long


def report(member, *, now=None) -> UsageReport:
    now = now or timezone.now()
    held = providers.held(member)
    items = [item for key, item in inventory.items.items() if key in held]
    out = UsageReport(str(timezone.localtime(now).year), [i.label for i in items])
    for item in items:
        for purpose in item.purposes:
            out.purposes.setdefault(purpose.label, []).append(item.label)
        out.retention[item.label] = ", ".join(
            f"{inventory.rules[r].label}({inventory.rules[r].period.label})"
            for r in item.retention)
    for processor in inventory.processors.values():
        if held & set(processor.items):
            out.entrusted.append(f"{processor.name}: {processor.task}")
    since = now - datetime.timedelta(days=365)
    for provision in Provision.objects.filter(member=member, provided_at__gte=since):
        labels = [inventory.items[k].label if k in inventory.items else k for k in provision.items]
        out.provided.append(f"{provision.recipient} "
                            f"({timezone.localtime(provision.provided_at):%Y-%m-%d}, "
                            f"{provision.purpose}): {', '.join(labels)}")
    return out


def render(usage: UsageReport, *, at) -> str:
    sender = settings.MARQUEE_SENDER_NAME
    lines = [f"[{sender}] {usage.year}년 개인정보 이용내역 안내",
             f"{settings.MARQUEE_OPERATOR['company']}는 개인정보 보호법 제20조의2에 따라 "
             f"회원님의 개인정보 이용내역을 알려 드립니다. (안내일: {timezone.localtime(at):%Y-%m-%d})",
             "", "1. 수집·보유 중인 개인정보", f"- {', '.join(usage.items) or '없음'}",
             "", "2. 이용 목적"]
    lines += [f"- {purpose}: {', '.join(items)}" for purpose, items in usage.purposes.items()]
    lines += ["", "3. 제3자 제공 내역(최근 1년)"]
    lines += [f"- {row}" for row in usage.provided] or ["- 없음"]
    lines += ["", "4. 처리 위탁"]
    lines += [f"- {row}" for row in usage.entrusted] or ["- 없음"]
    lines += ["", "5. 보유 및 이용 기간"]
    lines += [f"- {item}: {period}" for item, period in usage.retention.items()]
    lines += ["", "자세한 내용 확인과 내려받기, 정정·삭제 요구는 마이페이지에서 하실 수 있습니다: "
              + settings.MARQUEE_SITE_URL + reverse("members:mypage")]
    return "\n".join(lines)


def notify(member, *, now=None) -> bool:
    """Send this year's notice to ``member`` unless it was sent already."""
    now = now or timezone.now()
    year = str(timezone.localtime(now).year)
    with transaction.atomic():
        notice, created = MemberNotice.objects.get_or_create(
            member=member, kind=MemberNotice.Kind.USAGE, period=year,
            defaults={"sent_at": now})
        if not created:
            return False
        body = render(report(member, now=now), at=now)
        channel, address = ("email", member.email) if member.email else ("sms", member.mobile)
        message = outbox.queue(data_key=member.data_key, channel=channel, kind="usage_notice",
                               recipient=address, body=body,
                               subject=f"[{settings.MARQUEE_SENDER_NAME}] 개인정보 이용내역 안내",
                               deliver_now=False)
        MemberNotice.objects.filter(pk=notice.pk).update(message_id=message.pk)
    return True


def in_scope(year: str):
    """Active members (not staff accounts) without this year's notice yet."""
    done = MemberNotice.objects.filter(kind=MemberNotice.Kind.USAGE, period=year)
    return (Member.objects.filter(status=Member.Status.ACTIVE, is_staff=False)
            .exclude(pk__in=done.values("member_id")).select_related("data_key"))


def send_yearly(*, now=None, batch_size: int = 500) -> dict[str, int]:
    """The scheduled job: every member in scope, in batches of ids (bounded memory)."""
    now = now or timezone.now()
    year, after, sent = str(timezone.localtime(now).year), 0, 0
    while batch := list(in_scope(year).filter(pk__gt=after).order_by("pk")[:batch_size]):
        for member in batch:
            sent += notify(member, now=now)
        after = batch[-1].pk
    return {"sent": sent}
