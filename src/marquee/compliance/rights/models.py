"""Requests by members or their legal guardians to exercise their rights (PIPA 35–38)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from marquee.privacy.api import EncryptedCharField, IntakeChannel, VaultModel

from .deadlines import Kind as RightKind


class RightsRequest(VaultModel):
    """One request: what was asked, by whom, when it is due, and the answer.

    Sealed under the member's data key: a withdrawal erases the requests with the rest.
    """

    Kind = models.TextChoices("Kind", [(k.name, (k.value, k.label)) for k in RightKind])

    class Requester(models.TextChoices):
        MEMBER = "member", "본인"
        GUARDIAN = "guardian", "법정대리인"
        # Someone the member authorised in writing (시행령 45①2); staff intake only.
        AGENT = "agent", "대리인(위임)"

    Channel = IntakeChannel  # the engine's one list of intake channels

    class Status(models.TextChoices):
        AWAITING_GUARDIAN = "awaiting_guardian", "법정대리인 확인 대기"
        RECEIVED = "received", "접수(처리 중)"
        ACCEPTED = "accepted", "처리 완료"
        PARTIAL = "partial", "일부 처리"
        REFUSED = "refused", "거절"

    OPEN = (Status.AWAITING_GUARDIAN, Status.RECEIVED)
    # Channels staff register a request from (the web form is the member's own).
    INTAKE_CHANNELS = (Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.FAX,
                       Channel.VISIT)
    # ``items`` of a deletion request for the whole account: carried out as a withdrawal.
    WHOLE_ACCOUNT = "*"

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="rights_requests", verbose_name="회원")
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name="요청 종류")
    requester = models.CharField(max_length=10, choices=Requester.choices,
                                 default=Requester.MEMBER, verbose_name="요청자")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.WEB, verbose_name="접수 경로")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED,
                              db_index=True, verbose_name="처리 상태")
    items = models.JSONField(default=list, blank=True, verbose_name="대상 항목")  # inventory item keys
    # For an explanation, review or objection: the declared automated decision (L5.2).
    decision = models.CharField("자동화된 결정", max_length=40, blank=True)
    consents = models.JSONField(default=list, blank=True, verbose_name="대상 동의")  # consent keys to withdraw
    privacy_waivers = {"items": "inventory item keys the request concerns, never values",
                       "consents": "consent definition keys to withdraw (\"marketing_sms\")"}
    details = EncryptedCharField("요구 내용", item="rights_requests")
    requester_name = EncryptedCharField("요구인 이름", item="rights_requests", max_length=50)
    reply_to = EncryptedCharField("회신 연락처", item="rights_requests", max_length=254)
    reply_channel = models.CharField(max_length=10, default="sms", verbose_name="회신 방법")
    appeal_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="appeals", verbose_name="이의 제기 대상 요청")
    # How staff verified the requester on the phone or from a letter (시행령 46), and
    # for a guardian or an agent the evidence of their authority (시행령 45, P8.5).
    # Methods and document kinds only: personal values typed in are masked on intake.
    verification = models.CharField("본인 확인 방법", max_length=200, blank=True)
    representation = models.CharField("대리 권한 확인", max_length=200, blank=True)
    confirm_token_hash = models.CharField(max_length=64, blank=True, db_index=True, verbose_name="확인 링크 해시")
    confirm_expires_at = models.DateTimeField(null=True, blank=True, verbose_name="확인 링크 만료 일시")
    submitted_at = models.DateTimeField(default=timezone.now, verbose_name="제출 일시")
    received_at = models.DateTimeField(null=True, blank=True, verbose_name="접수 일시")
    due_at = models.DateTimeField(null=True, blank=True, db_index=True, verbose_name="처리 기한")
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name="결정 일시")
    reason = EncryptedCharField("처리 사유", item="rights_requests")
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+", verbose_name="처리 직원")
    last_alerted_on = models.DateField(null=True, blank=True, verbose_name="마지막 기한 알림일")

    vault_key_path = "member__data_key"

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = "권리 행사 요구"
        verbose_name_plural = "권리 행사 요구"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} 요구 #{self.pk}"

    def vault_data_key(self):
        return self.member.data_key

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @property
    def kind_enum(self) -> RightKind:
        return RightKind(self.kind)

    @property
    def is_account_deletion(self) -> bool:
        return self.kind == RightKind.DELETION and self.WHOLE_ACCOUNT in (self.items or ())

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < (now or timezone.now())
