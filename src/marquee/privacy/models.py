"""The privacy engine's own records: consents and destruction records; the data keys
are defined in the vault (``vault/keys.py``) and registered here with the app."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from .intake import IntakeChannel

# The vault's key models belong to this app: imported here, Django registers them with it.
from .vault.keys import DataKey, DataKeyQuerySet, KeyCanary, RetentionKey  # noqa: F401


class ConsentText(models.Model):
    """One version of one consent's wording, as shown to the member (synced from code)."""

    key = models.CharField(max_length=50)
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    body = models.TextField()
    required = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    privacy_waivers = {"body": "the consent wording shown to everyone, synced from code"}

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="consent_text_key_version"),
        ]
        ordering = ["key", "-version"]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"


class ConsentRecord(models.Model):
    """An answer to a consent: what text, agreed or refused, when, how, by whom.

    Records are append-only; the member's current state is their latest answer per key.
    """

    class Actor(models.TextChoices):
        MEMBER = "member", "본인"
        GUARDIAN = "guardian", "법정대리인"
        STAFF = "staff", "직원(본인 요청 대리 처리)"

    Via = IntakeChannel  # how the answer reached us; the engine's one list of channels

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_records", verbose_name="회원"
    )
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="records", verbose_name="동의 문구")
    agreed = models.BooleanField(verbose_name="동의 여부")
    at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="일시")
    via = models.CharField(max_length=10, choices=Via.choices, default=Via.WEB, verbose_name="경로")
    actor = models.CharField(max_length=10, choices=Actor.choices, default=Actor.MEMBER, verbose_name="처리 주체")
    # For a guardian: the ID of the guardian verification that authorised the answer.
    actor_reference = models.CharField(max_length=64, blank=True, verbose_name="처리 주체 참조")

    class Meta:
        verbose_name = "동의 기록"
        verbose_name_plural = "동의 기록"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["member", "at"])]

    def __str__(self) -> str:
        return f"{self.text} {'동의' if self.agreed else '거부'}"


class DestructionRun(models.Model):
    """One sweep or one withdrawal: who or what destroyed data, and when (P4.2)."""

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", "정기 파기(스케줄)"
        OPERATOR = "operator", "담당자 실행"
        WITHDRAWAL = "withdrawal", "회원 탈퇴"

    trigger = models.CharField("실행 구분", max_length=12, choices=Trigger.choices)
    operator = models.CharField(max_length=100, blank=True)  # staff account or schedule name
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]


class DestructionRecord(models.Model):
    """What was destroyed, per run and rule: category, count, method. Never the data."""

    run = models.ForeignKey(DestructionRun, on_delete=models.PROTECT, related_name="records", verbose_name="파기 실행")
    rule = models.CharField(max_length=40, verbose_name="보유 규칙")
    rule_label = models.CharField(max_length=100, verbose_name="보유 규칙 이름")
    basis = models.CharField(max_length=200, verbose_name="근거")
    category = models.CharField(max_length=200, verbose_name="구분")
    count = models.PositiveIntegerField(verbose_name="건수")
    method = models.CharField(max_length=200, verbose_name="파기 방법")
    at = models.DateTimeField(default=timezone.now, verbose_name="파기 일시")

    class Meta:
        verbose_name = "파기 기록"
        verbose_name_plural = "파기 기록"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"파기 기록 #{self.pk} ({self.rule_label})"


class JobRun(models.Model):
    """One run of a scheduled job (L4.1, L5.1): the destruction and rights deadlines hold
    only if the sweep and the overdue alert actually run, so every run is recorded and a
    silent schedule is an error (``privacy.E040``, ``/health/``). Never personal data:
    the summary holds counts, a failure only the exception's class."""

    class Status(models.TextChoices):
        RUNNING = "running", "실행 중"
        SUCCEEDED = "succeeded", "성공"
        FAILED = "failed", "실패"

    job = models.CharField("작업", max_length=40, db_index=True)
    started_at = models.DateTimeField("시작", default=timezone.now)
    finished_at = models.DateTimeField("종료", null=True, blank=True)
    status = models.CharField("결과", max_length=10, choices=Status.choices,
                              default=Status.RUNNING)
    summary = models.JSONField("요약", default=dict, blank=True)
    error = models.CharField("오류 종류", max_length=200, blank=True)

    privacy_waivers = {"summary": "counts a job reports (destroyed, alerts sent), never about "
                                  "a person"}

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["job", "status", "-finished_at"])]
        verbose_name = "예약 작업 실행 기록"
        verbose_name_plural = "예약 작업 실행 기록"

    def __str__(self) -> str:
        return f"{self.job} {self.started_at:%Y-%m-%d %H:%M} {self.status}"
