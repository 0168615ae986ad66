"""Advertising campaigns, who each was queued for, and the 표시·광고 기록 (P3, L1.2).

A campaign is written by the marketing staff in the back office and sent in batches
(``sending``): ``cursor`` is the last member id handled, so a restarted send continues
where it stopped, and ``Delivery`` (one row per member per campaign, unique) is the
idempotency key that keeps a member from getting one campaign twice.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from marquee.outbox.models import Message
from marquee.privacy.api import personal

AD_KIND = "marketing_ad"


class Campaign(models.Model):
    Channel = Message.Channel  # the outbox's channels: a campaign goes out through them

    class Status(models.TextChoices):
        DRAFT = "draft", "작성 중"
        SENDING = "sending", "발송 중"
        DONE = "done", "발송 완료"
        CANCELLED = "cancelled", "발송 중단"

    channel = models.CharField("채널", max_length=10, choices=Channel.choices)
    headline = models.CharField("제목", max_length=100)
    text = models.TextField("내용", max_length=1500)
    status = models.CharField("상태", max_length=10, choices=Status.choices,
                              default=Status.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+",
                                   verbose_name="작성 직원")
    created_at = models.DateTimeField("작성 일시", default=timezone.now)
    started_at = models.DateTimeField("발송 시작", null=True, blank=True)
    finished_at = models.DateTimeField("발송 종료", null=True, blank=True)
    cursor = models.PositiveBigIntegerField(default=0, editable=False)
    queued = models.PositiveIntegerField("발송 대기열 등록", default=0, editable=False)
    deferred = models.PositiveIntegerField("08시로 미룬 발송", default=0, editable=False)
    excluded = models.PositiveIntegerField("제외(동의 없음·처리정지 등)", default=0,
                                           editable=False)

    privacy_waivers = {"text": "the advertisement's own wording, written by staff for everyone"}

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "광고 캠페인"
        verbose_name_plural = "광고 캠페인"

    def __str__(self) -> str:
        return f"[{self.get_channel_display()}] {self.headline}"


class Delivery(models.Model):
    """One member's copy of one campaign: the idempotency key of a resumable send."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="deliveries")
    member = personal(models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                        related_name="+"),
                      item="ad_receipts",
                      plain_reason="a reference to the member row, whose items are sealed there")
    message_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    queued_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "member"],
                                               name="marketing_one_delivery_per_member")]
        verbose_name = "광고 수신 내역"
        verbose_name_plural = "광고 수신 내역"


class AdRecord(models.Model):
    """표시·광고에 관한 기록 (전자상거래법 시행령 6: 6 months): what was advertised,
    by which channel, when and to how many; no recipient."""

    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.SET_NULL,
                                 related_name="ad_records")
    channel = models.CharField("채널", max_length=10, choices=Campaign.Channel.choices)
    sent_at = models.DateTimeField("발송 일시", default=timezone.now, db_index=True)
    audience_size = models.PositiveIntegerField("수신자 수", default=0)
    headline = models.CharField("제목", max_length=100)
    text = models.TextField("광고 내용")

    privacy_waivers = {"text": "the advertisement as sent to everyone, without any recipient"}

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = "표시·광고 기록"
        verbose_name_plural = "표시·광고 기록"

    def __str__(self) -> str:
        return f"{self.headline} ({self.audience_size}명)"
