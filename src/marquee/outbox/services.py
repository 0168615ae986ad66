"""Queue and deliver messages."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import Message


def backend():
    return import_string(settings.MARQUEE_OUTBOX_BACKEND)()


def queue(*, data_key, channel: str, kind: str, recipient: str, body: str,
          subject: str = "") -> Message:
    """Store a message and deliver it once the surrounding transaction commits."""
    message = Message.objects.create(data_key=data_key, channel=channel, kind=kind,
                                     recipient=recipient, body=body, subject=subject)
    transaction.on_commit(lambda: deliver(message.pk))
    return message


def deliver(message_id: int) -> None:
    message = Message.objects.select_related("data_key").filter(pk=message_id,
                                                                sent_at__isnull=True).first()
    if message is None:
        return
    message.attempts += 1
    try:
        backend().deliver(message)
    except Exception as exc:  # a gateway failure must not lose the message
        message.last_error = str(exc)[:200]
        message.save(update_fields=["attempts", "last_error"])
        return
    message.sent_at = timezone.now()
    message.save(update_fields=["attempts", "sent_at"])
