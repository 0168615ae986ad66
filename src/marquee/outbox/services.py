"""Queue messages; the relay (``outbox.relay``) delivers them.

A queued message gets its first attempt as soon as the queuing transaction commits, so
a password-reset SMS does not wait for the next relay run; whatever that attempt does
not deliver (a gateway down, a crash) the relay retries (``manage.py outbox relay``).
Every message to a person passes the per-person rate limit (``ratelimit``, P12.9).
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from marquee import compiled

from . import ratelimit, relay
from .models import Message

logger = logging.getLogger("marquee.outbox")


def queue(*, data_key, channel: str, kind: str, recipient: str, body: str,
          subject: str = "", not_before=None, deliver_now: bool = True) -> Message:
    """Store a message and try to deliver it once the surrounding transaction commits;
    over the person's rate limit it is stored as given up and never sent. A message
    ``not_before`` a later moment (an advertisement held back to 08:00) waits for the
    relay run after it. Bulk sends (campaigns) pass ``deliver_now=False``: the relay
    then sends them at its own pace (``--limit``), which is their throttle."""
    # Inside a caller's transaction no savepoint of its own (two statements less, on
    # every sale): nothing here is caught and retried, so a failure rolls the caller back.
    with transaction.atomic(savepoint=False):
        if ratelimit.over_limit(data_key, kind):
            logger.warning("outbox: %s message not sent: rate limit for the recipient", kind)
            return Message.objects.create(
                data_key=data_key, channel=channel, kind=kind, recipient=recipient,
                body=body, subject=subject, status=Message.Status.FAILED,
                failed_at=timezone.now(), last_error=ratelimit.REASON)
        message = Message(data_key=data_key, channel=channel, kind=kind, recipient=recipient,
                          body=body, subject=subject, next_attempt_at=not_before or timezone.now())
        compiled.insert(message)  # its text built once (every sale's message, issue 17)
    if deliver_now:
        transaction.on_commit(lambda: _first_attempt(message.pk))
    return message


def _first_attempt(message_id: int) -> None:
    """The stored message is safe: a failure here must not fail the caller's request."""
    try:
        relay.deliver(message_id)
    except Exception:  # noqa: BLE001 - logged; the relay retries the pending message
        logger.exception("outbox message %s: first attempt failed; the relay retries it",
                         message_id)

