"""Published versions of the 개인정보 처리방침 (P15)."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone

from .document import Document


class PolicyVersionQuerySet(models.QuerySet):
    def in_force(self, day):
        """The version that applies on ``day`` (KST date): the latest already effective."""
        return self.filter(effective_on__lte=day).order_by("-effective_on", "-number").first()

    def upcoming(self, day):
        return self.filter(effective_on__gt=day).order_by("effective_on", "number")


class PolicyVersion(models.Model):
    """A snapshot of the rendered policy as announced. Never edited after publication:
    an old version reads exactly as it did, whatever the code says today."""

    number = models.PositiveIntegerField(unique=True)
    title = models.CharField(max_length=100)
    document = models.JSONField()  # Document.to_json()
    effective_on = models.DateField()
    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.CharField(max_length=100)
    # What the diff against the previous version found (P15.1), for the record.
    changed_sections = models.JSONField(default=list)
    material = models.BooleanField(default=False)
    lead_days = models.PositiveSmallIntegerField(default=0)
    # The notice announcing it (notices board; the engine stores only its reference).
    notice_id = models.PositiveIntegerField(null=True, blank=True)
    notice_url = models.CharField(max_length=200, blank=True)
    imported = models.BooleanField(default=False)  # a policy that predates the system

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

    def get_absolute_url(self) -> str:
        return reverse("policy:version", args=[self.number])

    def as_document(self) -> Document:
        return Document.from_json(self.document)

    def previous(self) -> PolicyVersion | None:
        return PolicyVersion.objects.filter(number__lt=self.number).order_by("-number").first()

    def next(self) -> PolicyVersion | None:
        return PolicyVersion.objects.filter(number__gt=self.number).order_by("number").first()
