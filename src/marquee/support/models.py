"""Inquiries (1:1 문의): a conversation per inquiry, its status history and its clock (P13).

An inquiry is a consumer complaint/dispute record (전자상거래법 시행령 제6조): kept 3 years
after it is closed, then destroyed by the sweep. It therefore seals its text and the
inquirer's contact under a data key **of its own** (``KeyedVaultModel``), not the
member's: a withdrawal must not shred a record the law keeps, and the sweep destroys
one inquiry by deleting its rows and its key.

What members write is masked for other people's data before it is stored (P11.2), so an
agent never sees a third party's phone number typed into a question. The inquirer's own
contact is a declared, sealed field and is shown to agents masked (reveal with a reason).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from marquee.privacy.api import (
    EncryptedCharField,
    IntakeChannel,
    KeyedVaultModel,
    VaultModel,
    personal,
)


def _token() -> str:
    return secrets.token_hex(5).upper()


class Closure(models.Model):
    """A day the customer centre is closed besides weekends and public holidays."""

    day = models.DateField("휴무일", unique=True)
    reason = models.CharField("사유", max_length=100)

    class Meta:
        verbose_name = "고객센터 휴무일"
        verbose_name_plural = "고객센터 휴무일"
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day} {self.reason}"


class ReplyTemplate(models.Model):
    """A canned answer agents start from (written by staff, about no one)."""

    title = models.CharField("제목", max_length=100)
    body = models.TextField("내용")
    privacy_waivers = {"body": "a canned answer written by staff, naming no one"}

    class Meta:
        verbose_name = "답변 템플릿"
        verbose_name_plural = "답변 템플릿"

    def __str__(self) -> str:
        return self.title


class Inquiry(KeyedVaultModel):
    class Category(models.TextChoices):
        BOOKING = "booking", "예매·결제"
        REFUND = "refund", "환불"
        ACCOUNT = "account", "회원정보"
        EVENT = "event", "이벤트"
        PRIVACY = "privacy", "개인정보"
        OTHER = "other", "기타"

    class Status(models.TextChoices):
        RECEIVED = "received", "접수"
        IN_PROGRESS = "in_progress", "처리 중"
        ANSWERED = "answered", "답변 완료"
        CLOSED = "closed", "종결"

    class ReplyBy(models.TextChoices):
        WEB = "web", "웹(마이페이지)"
        EMAIL = "email", "이메일"
        SMS = "sms", "문자(SMS)"

    Channel = IntakeChannel
    # Channels staff register an inquiry from (the web form is the inquirer's own).
    STAFF_CHANNELS = (Channel.PHONE, Channel.EMAIL, Channel.FAX, Channel.LETTER, Channel.VISIT)
    OPEN = (Status.RECEIVED, Status.IN_PROGRESS)

    vault_scope = "inquiry"
    number = models.CharField("문의 번호", max_length=10, unique=True, default=_token)
    member = personal(
        models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                          on_delete=models.SET_NULL, related_name="inquiries", verbose_name="회원"),
        item="inquiry_contact",
        plain_reason="a reference to the member row, whose items are sealed there")
    booking = personal(
        models.ForeignKey("booking.Booking", null=True, blank=True, on_delete=models.SET_NULL,
                          related_name="+", verbose_name="예매"),
        item="inquiry_content", plain_reason="a reference to the booking row asked about")
    channel = models.CharField("접수 경로", max_length=10, choices=Channel.choices,
                               default=Channel.WEB)
    category = models.CharField("문의 유형", max_length=10, choices=Category.choices)
    subject = EncryptedCharField("제목", item="inquiry_content", max_length=200)
    guest_name = EncryptedCharField("문의자 이름", item="inquiry_contact", max_length=50,
                                    null=True, blank=True)
    contact = EncryptedCharField("회신 연락처", item="inquiry_contact", max_length=254,
                                 null=True, blank=True)
    reply_by = models.CharField("회신 방법", max_length=5, choices=ReplyBy.choices,
                                default=ReplyBy.WEB)
    status = models.CharField("상태", max_length=12, choices=Status.choices,
                              default=Status.RECEIVED, db_index=True)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+",
                                 verbose_name="담당자")
    received_at = models.DateTimeField("접수 일시", default=timezone.now)
    clock_starts_at = models.DateTimeField("처리 기한 기산 시각")
    due_at = models.DateTimeField("답변 기한", db_index=True)
    answered_at = models.DateTimeField("첫 답변 일시", null=True, blank=True)
    closed_at = models.DateTimeField("종결 일시", null=True, blank=True, db_index=True)
    overdue_alerted_at = models.DateTimeField(null=True, blank=True, verbose_name="기한 초과 알림 일시")

    class Meta:
        verbose_name = "1:1 문의"
        verbose_name_plural = "1:1 문의"
        ordering = ["due_at", "pk"]
        permissions = [("answer_inquiry", "1:1 문의 답변·배정·상태 변경"),
                       ("oversee_inquiries", "1:1 문의 대기열 관리(배정·재배정, 기한 경과 알림, 통계)")]

    def __str__(self) -> str:
        return f"문의 {self.number}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def answered_in_time(self) -> bool | None:
        if self.answered_at is None:
            return None
        return self.answered_at <= self.due_at

    def is_overdue(self, now=None) -> bool:
        return self.answered_at is None and self.due_at < (now or timezone.now())


class Message(VaultModel):
    """One turn of the conversation, sealed under the inquiry's key."""

    class Author(models.TextChoices):
        INQUIRER = "inquirer", "문의자"
        AGENT = "agent", "상담원"
        NOTE = "note", "내부 메모"

    vault_key_path = "inquiry__data_key"
    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    body = EncryptedCharField("내용", item="inquiry_content", max_length=10000)
    created_at = models.DateTimeField(default=timezone.now)
    sent_by = models.CharField(max_length=5, blank=True)  # the channel an answer went out on

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "문의 대화"

    def vault_data_key(self):
        return self.inquiry.data_key

    @property
    def is_internal(self) -> bool:
        return self.author == self.Author.NOTE


class InquiryAttachment(VaultModel):
    """An image sent with a message (the question or a follow-up): scanned, re-encoded
    without metadata and sealed under the inquiry's key (``marquee.uploads``), so it is
    archived and destroyed with the inquiry. The uploader's file name is not kept."""

    vault_key_path = "message__inquiry__data_key"
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    stored_as = personal(models.CharField("첨부 이미지", max_length=200, unique=True),
                         item="inquiry_content",
                         plain_reason="the random storage name of the sealed image file, "
                                      "needed to open and delete it; no content of its own")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()  # of the re-encoded image
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    scanner = models.CharField(max_length=40)
    scanned_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "문의 첨부 이미지"
        verbose_name_plural = "문의 첨부 이미지"
        ordering = ["message", "pk"]

    def __str__(self) -> str:
        return f"첨부 이미지 #{self.pk}"

    def vault_data_key(self):
        return self.message.inquiry.data_key


class Event(models.Model):
    """Every status change, assignment and answer with its time (P13.4); no content."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=12, choices=Inquiry.Status.choices)
    action = models.CharField(max_length=40)
    # Times only, never content: e.g. the earlier deadline when a follow-up restarts the clock.
    detail = models.CharField(max_length=200, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "문의 처리 이력"


from .incident_models import Dispatch, Incident, IncidentAction  # noqa: E402,F401
