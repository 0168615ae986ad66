"""Consent changes from My Page or a rights request, confirmed to the member (L1.2)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import ConsentRecord, consent, inventory, providers

from .models import Member

OPTIONAL_PROFILE = "optional_profile"


DAY_STARTS = datetime.time(8)
NIGHT_STARTS = datetime.time(21)


def daytime(at: datetime.datetime) -> datetime.datetime:
    """``at``, or 08:00 KST next if ``at`` falls in the night (21:00–08:00 KST)."""
    local = timezone.localtime(at)
    if DAY_STARTS <= local.time() < NIGHT_STARTS:
        return at
    day = local.date() + datetime.timedelta(days=local.time() >= NIGHT_STARTS)
    return datetime.datetime.combine(day, DAY_STARTS, tzinfo=local.tzinfo)


def confirm_marketing(member: Member, changes: dict[str, bool], *, at,
                      signup: bool = False) -> None:
    """Tell the member what was processed (망법 시행령 62-3: sender, date, result), never
    at night: a confirmation asked for between 21:00 and 08:00 KST goes at 08:00 (L1.2).

    At signup only the channels the member agreed to are confirmed: a box left unticked
    is not a withdrawal, and with none ticked nothing is sent."""
    if signup:
        changes = {k: v for k, v in changes.items() if v}
    if not changes:
        return
    lines = [f"- {inventory.consents[k].title}: {'동의' if v else '거부(철회)'}"
             for k, v in changes.items()]
    body = "\n".join([
        f"[{settings.MARQUEE_SENDER_NAME}] 수신 동의 처리 결과 안내",
        f"처리 일시: {timezone.localtime(at):%Y-%m-%d %H:%M}",
        *lines,
        "변경은 마이페이지 > 수신 동의 관리에서 언제든 하실 수 있습니다.",
    ])
    channel, recipient = ("sms", member.mobile) if member.mobile else ("email", member.email)
    outbox.queue(data_key=member.data_key, channel=channel, kind="consent_confirmation",
                 recipient=recipient, body=body, not_before=daytime(at))


@transaction.atomic
def change_consents(member: Member, answers: dict[str, bool], *,
                    via=ConsentRecord.Via.WEB,
                    actor=ConsentRecord.Actor.MEMBER) -> dict[str, bool]:
    """Record the answers that differ from the current state; confirm them (L1.2).
    Also the privacy engine's MARQUEE_CONSENT_CHANGE hook (rights requests)."""
    current = consent.current_state(member)
    changes = {k: bool(v) for k, v in answers.items()
               if k in inventory.consents and not inventory.consents[k].required
               and current.get(k) != bool(v)}
    if not changes:
        return {}
    consent.record(member, changes, via=via, actor=actor)
    if changes.get(OPTIONAL_PROFILE) is False:
        # Consent withdrawn: the optional items go with it (P3.1), wherever they are held.
        providers.erase(member, inventory.consents[OPTIONAL_PROFILE].items)
    confirm_marketing(member, changes, at=timezone.now())
    return changes
