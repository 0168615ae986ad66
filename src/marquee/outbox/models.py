"""Outgoing messages, stored before they are sent (the outbox pattern).

A message is sealed under the data key of the member it concerns, so a member's
withdrawal (which destroys that key) also erases the messages sent to them.
"""

from django.db import models
from django.utils import timezone

from marquee.privacy.vault.fields import EncryptedCharField
from marquee.privacy.vault.models import VaultModel


class Message(VaultModel):
    class Channel(models.TextChoices):
        SMS = "sms", "문자"
        EMAIL = "email", "이메일"
        PUSH = "push", "앱 푸시"

    data_key = models.ForeignKey("privacy.DataKey", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    kind = models.CharField(max_length=50, db_index=True)
    recipient = EncryptedCharField(item="message_log", max_length=254)
    subject = models.CharField(max_length=200, blank=True)
    body = EncryptedCharField(item="message_log")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "발송 메시지"

    def vault_data_key(self):
        return self.data_key
