"""The 표시·광고 기록 (P3: 6 months, 전자상거래법 시행령 6) and the send job (L1.2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from marquee.marketing import sending
from marquee.marketing.models import AdRecord, Campaign, Delivery
from marquee.privacy import retention
from marquee.privacy.api import DestructionRecord, JobRun, inventory, providers

from .conftest import SMS_DAY, campaign, kst, person, send_all

pytestmark = pytest.mark.django_db


def test_p3_each_advertisement_is_recorded_with_channel_time_count_and_text(clock):
    person(SMS_DAY), person(SMS_DAY)
    c = send_all(campaign("sms", headline="겨울 특별전"), now=clock(kst(14)))
    record = AdRecord.objects.get(campaign=c)
    assert (record.channel, record.sent_at, record.audience_size) == ("sms", kst(14), 2)
    assert record.text.startswith("(광고)") and "겨울 특별전" in record.text
    assert "unsubscribe/" not in record.text  # no member's link in the record


def test_p3_ad_records_and_receipts_are_destroyed_after_6_months_with_records(clock):
    member = person(SMS_DAY)
    sent = kst(14)
    send_all(campaign("sms"), now=clock(sent))
    rule = inventory.rules["ad_records"]
    assert rule.period.label == "6개월"
    retention.sweep(now=sent + timedelta(days=150))
    assert AdRecord.objects.count() == 1 and Delivery.objects.count() == 1  # not yet
    retention.sweep(now=sent + timedelta(days=190))
    assert AdRecord.objects.count() == 0 and Delivery.objects.count() == 0
    records = {r.category: r.count for r in DestructionRecord.objects.filter(rule="ad_records")}
    assert records == {"표시·광고 기록": 1, "광고 수신 내역": 1}
    assert Campaign.objects.count() == 1  # the campaign's own draft is not a record of sending
    assert providers.export(member)["ad_receipts"] == []


def test_p8_1_a_member_sees_the_ads_sent_to_them_in_the_download(clock):
    member = person(SMS_DAY)
    send_all(campaign("sms", headline="조조 할인"), now=clock(kst(14)))
    [row] = providers.export(member)["ad_receipts"]
    assert row["campaign"] == "조조 할인" and row["channel"] == "문자"


def test_l1_2_the_send_job_is_scheduled_recorded_and_throttled(settings):
    settings.MARQUEE_MARKETING = {**settings.MARQUEE_MARKETING, "batch_size": 1,
                                  "batches_per_run": 2}
    for _ in range(3):
        person(SMS_DAY)
    c = campaign("sms")
    sending.start(c, now=timezone.now())
    assert "marketing_send" in inventory.jobs
    call_command("marketing", "send")
    c.refresh_from_db()
    assert (c.status, c.queued) == (Campaign.Status.SENDING, 2)  # two batches of one
    call_command("marketing", "send")
    c.refresh_from_db()
    assert (c.status, c.queued) == (Campaign.Status.DONE, 3)
    assert JobRun.objects.filter(job="marketing_send", status=JobRun.Status.SUCCEEDED).count() == 2
