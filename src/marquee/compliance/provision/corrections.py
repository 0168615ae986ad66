"""Correction notices (P8.4): when an item a recipient was given has since been
corrected, the recipient is sent the corrected value at once, and that is recorded.

Called when a correction request is granted, and by the apps whose pages let members
correct their own data (after the change is saved). Idempotent: a recipient already
told the current value is not told again.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import inventory

from .models import CorrectionNotice, Provision
from .values import digest, display, read_item


def _last_known(provision: Provision, key: str) -> str | None:
    """The digest of the value the recipient last received for ``key``."""
    for notice in provision.correction_notices.order_by("-sent_at", "-id"):
        if key in notice.value_digests:
            return notice.value_digests[key]
    return provision.value_digests.get(key)


@transaction.atomic
def notify_recipients(member, items, *, request=None) -> list[CorrectionNotice]:
    items = set(items)
    current: dict = {}
    notices = []
    for provision in Provision.objects.filter(member=member).order_by("provided_at", "id"):
        stale = []
        for key in provision.items:
            if key not in items or key not in inventory.items:
                continue
            if key not in current:
                current[key] = read_item(member, key)
            if digest(key, current[key]) != _last_known(provision, key):
                stale.append(key)
        if not stale:
            continue
        lines = [f"[{settings.MARQUEE_SENDER_NAME}] 개인정보 정정 통지",
                 f"{timezone.localtime(provision.provided_at):%Y-%m-%d}에 {provision.recipient}에 "
                 f"제공한 개인정보(제공 번호 {provision.pk}) 중 다음 항목이 정정되었습니다. "
                 "정정된 내용으로 고쳐 주시기 바랍니다(개인정보 보호법 제36조).",
                 *(f"- {inventory.items[k].label}: {display(current[k])}" for k in stale)]
        message = outbox.queue(data_key=member.data_key, channel="email",
                               kind="correction_notice", recipient=provision.recipient_contact,
                               subject="개인정보 정정 통지", body="\n".join(lines))
        notices.append(CorrectionNotice.objects.create(
            provision=provision, items=stale, rights_request=request, message_id=message.pk,
            value_digests={k: digest(k, current[k]) for k in stale}))
    return notices
