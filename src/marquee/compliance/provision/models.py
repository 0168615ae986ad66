"""Records of personal data given to third parties, and of corrections sent after
(P6, P8.4). They name items and recipients, never values: a keyed hash of each value
provided is enough to know later whether the recipient holds an outdated one."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from marquee.privacy.api import KeyedHashMapField, personal


class LegalRequest(models.Model):
    """A request by an agency under a law (warrant, 협조요청 공문...): the basis of a
    provision without consent (PIPA 17①2, 18②). Every field is required."""

    agency = models.CharField("요청 기관", max_length=100)
    document_number = models.CharField("문서 번호(영장·공문 번호)", max_length=100)
    legal_article = models.CharField("근거 법령", max_length=200)
    items = models.JSONField("요청 항목", default=list)  # inventory item keys
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+",
                                     verbose_name="대상 회원")
    agency_contact = models.CharField("기관 회신처(공문 수신 이메일·팩스)", max_length=200)
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name="처리 담당자")
    handler_label = models.CharField("처리 담당자(기록)", max_length=100)
    received_at = models.DateTimeField("접수 일시", default=timezone.now)

    privacy_waivers = {
        "items": "inventory item keys requested (\"name\", \"mobile\"), never values",
        "agency_contact": "the agency's official reply address for the 공문, not a member's"}

    class Meta:
        ordering = ["-received_at"]
        verbose_name = "법령에 따른 제공 요청"
        verbose_name_plural = "법령에 따른 제공 요청"

    def __str__(self) -> str:
        return f"{self.agency} {self.document_number}"


class Provision(models.Model):
    """One member's data given to one recipient at one time, with its basis."""

    class Basis(models.TextChoices):
        CONSENT = "consent", "정보주체의 동의"
        LAW = "law", "법령에 따른 요청"

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="provisions", verbose_name="회원")
    recipient = models.CharField("제공받는 자", max_length=100)
    recipient_contact = models.CharField(max_length=200, blank=True, verbose_name="제공받는 자 연락처")
    purpose = models.CharField("제공 목적", max_length=200)
    basis = models.CharField(max_length=10, choices=Basis.choices, verbose_name="제공 근거")
    rule = models.CharField(max_length=50, blank=True, verbose_name="제공 규칙")  # ProvisionRule key
    consent_record = models.ForeignKey("privacy.ConsentRecord", null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="+", verbose_name="동의 기록")
    legal_request = models.ForeignKey(LegalRequest, null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="provisions", verbose_name="법령상 요청")
    basis_summary = models.CharField("제공 근거", max_length=300)
    items = models.JSONField(default=list, verbose_name="제공 항목")  # item keys actually provided
    value_digests = personal(KeyedHashMapField(default=dict, verbose_name="제공 값 요약(해시)"), item="provision_records")
    handled_by = models.CharField("처리 담당자", max_length=100)
    provided_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="제공 일시")

    privacy_waivers = {
        "recipient": "the name of the organisation the data was given to",
        "recipient_contact": "the recipient organisation's business contact for corrections",
        "items": "inventory item keys provided (\"name\", \"mobile\"), never values"}

    class Meta:
        ordering = ["-provided_at", "-id"]
        verbose_name = "개인정보 제3자 제공 기록"
        verbose_name_plural = "개인정보 제3자 제공 기록"
        constraints = [models.CheckConstraint(
            condition=(models.Q(basis="consent", legal_request__isnull=True)
                       | models.Q(basis="law", legal_request__isnull=False)),
            name="provision_has_its_basis")]

    def __str__(self) -> str:
        return f"{self.recipient} ({self.provided_at:%Y-%m-%d})"


class CorrectionNotice(models.Model):
    """A corrected value sent to a recipient that had been given the old one (P8.4)."""

    provision = models.ForeignKey(Provision, on_delete=models.CASCADE,
                                  related_name="correction_notices", verbose_name="제공 기록")
    items = models.JSONField(default=list, verbose_name="정정 항목")
    rights_request = models.ForeignKey("rights.RightsRequest", null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="+", verbose_name="권리 행사 요청")
    message_id = models.PositiveBigIntegerField(null=True, verbose_name="메시지 번호")  # outbox.Message
    value_digests = personal(KeyedHashMapField(default=dict, verbose_name="정정 값 요약(해시)"), item="provision_records")
    sent_at = models.DateTimeField(default=timezone.now, verbose_name="발송 일시")

    privacy_waivers = {"items": "inventory item keys corrected (\"email\"), never values"}

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = "정정 통지 기록"
        verbose_name_plural = "정정 통지 기록"

    def __str__(self) -> str:
        return f"정정 통지 #{self.pk}"
