"""The notices board (공지사항): announcements, including policy-change notices (P15)."""

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
