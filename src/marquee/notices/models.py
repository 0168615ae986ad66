"""The notices board (공지사항): announcements, including policy-change notices (P15)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Notice(models.Model):
    class Kind(models.TextChoices):
        GENERAL = "general", "일반"
        POLICY = "policy", "개인정보 처리방침 변경"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.GENERAL, verbose_name="종류")
    title = models.CharField(max_length=200, verbose_name="제목")
    body = models.TextField(verbose_name="본문")
    # Where the announcement points (e.g. the new policy version and its diff).
    link = models.CharField(max_length=200, blank=True, verbose_name="링크")
    link_label = models.CharField(max_length=60, blank=True, verbose_name="링크 문구")
    # What created it, e.g. "policy:3"; blank for notices written by staff.
    source = models.CharField(max_length=60, blank=True, db_index=True, verbose_name="출처")
    published_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="게시 일시")

    privacy_waivers = {"body": "a public announcement written by staff for every visitor"}

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "공지사항"
        verbose_name_plural = "공지사항"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("notices:detail", args=[self.pk])


class MemberNotice(models.Model):
    """A notice the law asks us to send each member periodically, sent once per period:
    the yearly 개인정보 이용내역 통지 (PIPA 20-2, L5.3) and the two-yearly 광고성 정보
    수신동의 여부 확인 (정보통신망법 시행령 62-2, L1.2). The unique key (member, kind,
    period) makes the jobs idempotent; what was sent is the outbox message."""

    class Kind(models.TextChoices):
        USAGE = "usage_yearly", "개인정보 이용내역 통지"
        RECONFIRM = "consent_reconfirm", "광고성 정보 수신동의 여부 확인"

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    period = models.CharField(max_length=10)  # "2026" (yearly) or "2026-12-06" (the run)
    message_id = models.PositiveBigIntegerField(null=True, blank=True)
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = "정기 통지"
        verbose_name_plural = "정기 통지"
        constraints = [models.UniqueConstraint(fields=["member", "kind", "period"],
                                               name="notices_one_notice_per_period")]
