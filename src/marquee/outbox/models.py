"""Outgoing messages, stored before they are sent (the outbox pattern).

A message is sealed under the data key of the member it concerns, so a member's
withdrawal (which destroys that key) also erases the messages sent to them.

Delivery is at least once: a relay claims a due message by pushing its
``next_attempt_at`` a lease into the future under a fresh ``claim_token``, sends it,
and only then writes the outcome. A relay that dies in between leaves the message
pending; once the lease runs out another relay sends it again (see ``relay``).
"""

from django.db import models
from django.utils import timezone

from marquee.privacy.api import EncryptedCharField, VaultModel


class Message(VaultModel):
    class Channel(models.TextChoices):
        SMS = "sms", "문자"
        EMAIL = "email", "이메일"
        PUSH = "push", "앱 푸시"

    class Status(models.TextChoices):
        PENDING = "pending", "발송 대기"
        SENT = "sent", "발송 완료"
        FAILED = "failed", "발송 포기"

    data_key = models.ForeignKey("privacy.DataKey", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    kind = models.CharField(max_length=50, db_index=True)
    recipient = EncryptedCharField(item="message_log", max_length=254)
    subject = models.CharField(max_length=200, blank=True)
    body = EncryptedCharField(item="message_log")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # When a relay may next pick the message up: now for a new message, the back-off
    # after a failure, the end of the lease while a relay holds it.
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Why the last attempt failed, in words the relay chose: never the recipient or body.
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "발송 메시지"
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def vault_data_key(self):
        return self.data_key
