"""Published versions of the 개인정보 처리방침 (P15, L7.2).

A version holds itself to the notice rules when it is saved, not only when the
``policy`` command publishes it: a row created from the shell with an effective date
inside the notice period its changes need is refused (``NoticeTooShort``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from . import leadtime
from .document import Document
from .leadtime import korean as _korean


class NoticeTooShort(ValidationError):
    """The effective date is earlier than the notice this version's changes need."""


class PolicyVersionQuerySet(models.QuerySet):
    def in_force(self, day):
        """The version that applies on ``day`` (KST date): the latest already effective."""
        return self.filter(effective_on__lte=day).order_by("-effective_on", "-number").first()

    def upcoming(self, day):
        return self.filter(effective_on__gt=day).order_by("effective_on", "number")


class PolicyVersion(models.Model):
    """A snapshot of the rendered policy as announced. Never edited after publication:
    an old version reads exactly as it did, whatever the code says today."""

    number = models.PositiveIntegerField(unique=True, verbose_name="버전 번호")
    title = models.CharField(max_length=100, verbose_name="제목")
    document = models.JSONField(verbose_name="문서")  # Document.to_json()
    effective_on = models.DateField(verbose_name="시행일")
    published_at = models.DateTimeField(default=timezone.now, verbose_name="공개 일시")
    published_by = models.CharField(max_length=100, verbose_name="공개한 사람")
    # What the diff against the previous version found (P15.1), for the record.
    changed_sections = models.JSONField(default=list, verbose_name="변경된 조항")
    material = models.BooleanField(default=False, verbose_name="중요한 변경")
    lead_days = models.PositiveSmallIntegerField(default=0, verbose_name="사전 고지 일수")
    # The notice announcing it (notices board; the engine stores only its reference).
    notice_id = models.PositiveIntegerField(null=True, blank=True, verbose_name="고지 공지 번호")
    notice_url = models.CharField(max_length=200, blank=True, verbose_name="고지 공지 주소")
    # A policy that predates the system (the operator's legacy text): history only,
    # never announced by the system and never the version in force after the first
    # generated one (L7.2).
    imported = models.BooleanField(default=False, verbose_name="이전 문서에서 가져옴")

    privacy_waivers = {
        "document": "the published privacy policy as rendered: public text for everyone",
        "changed_sections": "keys of the policy sections that changed (\"items\")"}

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        verbose_name = "개인정보 처리방침 버전"
        verbose_name_plural = "개인정보 처리방침 버전"

    def __str__(self) -> str:
        return f"{self.title} v{self.number} ({self.effective_on:%Y-%m-%d} 시행)"

    @property
    def edition(self) -> str:
        return "종전 처리방침" if self.imported else f"제{self.number}판"

    def save(self, *args, **kwargs):
        if self._state.adding:
            self.hold_to_notice_rules()
        super().save(*args, **kwargs)

    def hold_to_notice_rules(self) -> None:
        """Derive ``material`` and ``lead_days`` from the diff against the latest
        generated version (never trust the caller) and refuse an effective date inside
        the notice period (P15.1, L7.2). An imported legacy text is history: it must
        already have taken effect and cannot follow a generated version."""
        notice_day = timezone.localtime(self.published_at).date()
        generated = PolicyVersion.objects.filter(imported=False).order_by("-number")
        if self.imported:
            if self.effective_on > notice_day:
                raise NoticeTooShort("종전 처리방침은 이미 시행된 것만 기록할 수 있습니다.")
            first = generated.order_by("effective_on").first()
            if first is not None and self.effective_on >= first.effective_on:
                raise NoticeTooShort(f"종전 처리방침의 시행일은 {first.edition}의 시행일 "
                                     f"{_korean(first.effective_on)}보다 앞서야 합니다.")
            self.material, self.lead_days = False, 0
            return
        from .diff import diff

        previous = generated.first()
        changes = diff(previous.as_document(), self.as_document()) if previous else None
        self.material = bool(changes and changes.material)
        self.changed_sections = [s.key for s in changes.changed] if changes else []
        self.lead_days, refused = leadtime.check(
            self.effective_on, notice_day=notice_day, changes=changes,
            previous=(previous.edition, previous.effective_on) if previous else None)
        if refused:
            raise NoticeTooShort(refused)

    def get_absolute_url(self) -> str:
        return reverse("policy:version", args=[self.number])

    def as_document(self) -> Document:
        return Document.from_json(self.document)

    def previous(self) -> PolicyVersion | None:
        return PolicyVersion.objects.filter(number__lt=self.number).order_by("-number").first()

    def next(self) -> PolicyVersion | None:
        return PolicyVersion.objects.filter(number__gt=self.number).order_by("number").first()
