"""Sending a campaign: batched, throttled, resumable, and never twice (L1.2, P2.2).

``send_batch`` handles the next ``batch_size`` candidate members in one transaction,
under a row lock on the campaign: it reads them through the purpose-bound marketing
read, queues one outbox message per member it allows (night-time rules applied), writes
a ``Delivery`` row per member (the idempotency key: member × campaign), moves the
campaign's ``cursor`` past the batch and adds the count to the 표시·광고 기록. A crash
anywhere in the batch rolls all of it back, so a restart redoes exactly that batch; a
member already in ``Delivery`` is never queued again.

The messages are queued without a first attempt: the relay sends them at its pace
(``outbox relay --limit``), and before each it looks again (``guard``): a member who
withdrew consent or membership since the batch receives nothing.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from marquee.errors import ServiceError
from marquee.outbox import registry
from marquee.outbox import services as outbox

from . import compose, hours, optout, segment
from .models import AdRecord, Campaign, Delivery


def checkpoint(point: str) -> None:
    """A seam for fault-injection tests (a crash half-way through a batch)."""


class CampaignRefused(ServiceError):
    code = "campaign_refused"


def start(campaign: Campaign, *, now=None) -> Campaign:
    """Draft → sending, and open the 표시·광고 기록 of this advertisement. In production a
    channel still on the store-only backend (app push has no gateway yet) is refused:
    its messages would be recorded as sent while nobody receives them."""
    now = now or timezone.now()
    if settings.PRODUCTION and registry.backend_name(campaign.channel) == "store":
        raise CampaignRefused(f"{campaign.get_channel_display()} 발송 수단이 연결되어 있지 않아 "
                              "캠페인을 시작할 수 없습니다.")
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        if campaign.status != Campaign.Status.DRAFT:
            return campaign
        campaign.status, campaign.started_at = Campaign.Status.SENDING, now
        campaign.save(update_fields=["status", "started_at"])
        AdRecord.objects.create(campaign=campaign, channel=campaign.channel, sent_at=now,
                                headline=campaign.headline, text=compose.record_text(campaign))
    return campaign


def cancel(campaign: Campaign) -> None:
    """Stop a send: nothing more is queued, and the relay drops what is still waiting
    (also after the last batch, while messages wait for the relay or for 08:00)."""
    Campaign.objects.filter(pk=campaign.pk).exclude(status=Campaign.Status.CANCELLED).update(
        status=Campaign.Status.CANCELLED, finished_at=Coalesce("finished_at", timezone.now()))


def send_batch(campaign_id: int, *, now=None, batch_size: int | None = None) -> int:
    """Handle the next batch; returns how many candidates it looked at (0: finished)."""
    now = now or timezone.now()
    size = batch_size or settings.MARQUEE_MARKETING["batch_size"]
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign_id)
        if campaign.status != Campaign.Status.SENDING:
            return 0
        batch = list(segment.candidates(campaign.channel, after=campaign.cursor)[:size])
        if not batch:
            campaign.status, campaign.finished_at = Campaign.Status.DONE, now
            campaign.save(update_fields=["status", "finished_at"])
            return 0
        queued, deferred, excluded = _queue_batch(campaign, batch, now)
        Campaign.objects.filter(pk=campaign.pk).update(
            cursor=batch[-1].pk, queued=F("queued") + queued,
            deferred=F("deferred") + deferred, excluded=F("excluded") + excluded)
        AdRecord.objects.filter(campaign=campaign).update(
            audience_size=F("audience_size") + queued)
    return len(batch)


def _queue_batch(campaign: Campaign, batch, now) -> tuple[int, int, int]:
    selection = segment.select(campaign.channel, batch)
    night_ok = None
    if hours.needs_night_consent(campaign.channel, now):
        night_ok = set(segment.select(campaign.channel, [r.member for r in selection.rows],
                                      night=True).member_ids)
    # The idempotency key: whoever already has this campaign is skipped (a cursor set back).
    done = set(Delivery.objects.filter(campaign=campaign, member_id__in=selection.member_ids)
               .values_list("member_id", flat=True))
    queued = deferred = 0
    for row in selection.rows:
        if row.member_id in done:
            continue
        later = None
        if night_ok is not None and row.member_id not in night_ok:
            later = hours.next_morning(now)  # deferred to 08:00, not dropped
        _queue_one(campaign, row, now=now, not_before=later)
        queued += 1
        deferred += later is not None
        checkpoint("queued")
    return queued, deferred, len(selection.excluded)


def _queue_one(campaign: Campaign, row, *, now, not_before) -> None:
    message = outbox.queue(
        data_key=row.member.data_key, channel=campaign.channel, kind="marketing_ad",
        recipient=segment.address_for(campaign.channel, row),
        subject=compose.ad_subject(campaign),
        body=compose.ad_text(campaign, optout.url(row.member_id, campaign.channel)),
        not_before=not_before, deliver_now=False)
    # The unique constraint (campaign, member) backs the check above up.
    Delivery.objects.create(campaign=campaign, member_id=row.member_id, message_id=message.pk,
                            queued_at=now)


def send_due(*, now=None, max_batches: int | None = None) -> dict[str, int]:
    """What the scheduled job does: up to ``max_batches`` batches over the campaigns
    being sent, oldest first (the throttle: the rest waits for the next run)."""
    budget = max_batches or settings.MARQUEE_MARKETING["batches_per_run"]
    looked = batches = 0
    for campaign_id in (Campaign.objects.filter(status=Campaign.Status.SENDING)
                        .order_by("started_at", "id").values_list("pk", flat=True)):
        while batches < budget:
            handled = send_batch(campaign_id, now=now)
            if not handled:
                break
            batches += 1
            looked += handled
    return {"batches": batches, "members": looked}
