"""The relay: send what is due, retry with back-off, give up and alert.

Claiming. A relay takes due messages in one short transaction: on PostgreSQL
``SELECT … FOR UPDATE SKIP LOCKED`` lets parallel relays take disjoint batches without
waiting on each other; SQLite runs write transactions one at a time
(``transaction_mode=IMMEDIATE``). The claim stamps a fresh ``claim_token``, counts the
attempt and pushes ``next_attempt_at`` one lease ahead, so no other relay takes the
message while this one sends. Sending happens outside any transaction (a slow gateway
holds no lock), and the outcome is written only where the token still matches.

At least once. If the relay dies after the gateway accepted a message and before the
success is written, the message stays pending and is sent again when the lease ends.
A duplicate SMS is the lesser harm next to a lost password-reset or guardian link;
gateways that take an idempotency key could close that gap later.

Privacy. The message is opened (decrypted) only to build the ``Outgoing`` handed to
the backend. ``last_error`` holds the backend's own wording for its failures
(``DeliveryError.reason``) or, for anything else, the exception's type name: exception
texts quote addresses and numbers.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from marquee.privacy.api import VaultError

from . import alerts, registry
from .models import Message
from .protocol import Backend, DeliveryError, Outgoing
from .retry import RetryPolicy

logger = logging.getLogger("marquee.outbox")


@dataclass
class RelayReport:
    """What one run did, by message id (ids are not personal data)."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{len(self.sent)} sent, {len(self.retrying)} to retry, "
                f"{len(self.failed)} given up")


def due(now=None):
    now = now or timezone.now()
    return Message.objects.filter(status=Message.Status.PENDING, next_attempt_at__lte=now)


def deliver_pending(*, limit: int = 100) -> RelayReport:
    """Send up to ``limit`` due messages, oldest due first (the cron job and the task)."""
    policy = RetryPolicy.from_settings()
    return _send_all(_claim(limit=limit, policy=policy), policy)


def deliver(message_id: int) -> RelayReport:
    """Send one message now if it is due and no relay holds it (the first attempt,
    right after the queuing transaction commits)."""
    policy = RetryPolicy.from_settings()
    return _send_all(_claim_one(message_id, policy), policy)


def _claim(*, limit: int, policy: RetryPolicy) -> list[Message]:
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        ids = list(due(now).order_by("next_attempt_at", "id")
                   .select_for_update(skip_locked=True).values_list("pk", flat=True)[:limit])
        if not ids:
            return []
        # ``due(now)`` again: a database without row locks must not re-take a message
        # another relay claimed between our read and this write.
        _stamp(due(now).filter(pk__in=ids), token, now, policy)
    return _claimed(token)


def _claim_one(message_id: int, policy: RetryPolicy) -> list[Message]:
    """The first attempt's claim of the message its request just queued: one UPDATE
    instead of a locking read and an UPDATE in a transaction of their own (the payment
    return of every booking makes one, issue 17). A relay claiming the row meanwhile
    holds its lock only for its claim; the UPDATE waits for that commit and then finds
    the message leased (not due), so it is sent once, as with ``SKIP LOCKED``."""
    now = timezone.now()
    token = uuid.uuid4()
    if not _stamp(due(now).filter(pk=message_id), token, now, policy):
        return []
    return _claimed(token)


def _stamp(messages, token: uuid.UUID, now, policy: RetryPolicy) -> int:
    """Lease the messages to this relay: a fresh token, the attempt counted."""
    return messages.update(claim_token=token, next_attempt_at=now + policy.lease,
                           attempts=F("attempts") + 1)


def _claimed(token: uuid.UUID) -> list[Message]:
    return list(Message.objects.filter(claim_token=token).select_related("data_key")
                .order_by("next_attempt_at", "id"))


def _send_all(batch: list[Message], policy: RetryPolicy) -> RelayReport:
    report = RelayReport()
    backends: dict[str, Backend] = {}
    for message in batch:
        outcome = _attempt(message, backends, policy)
        getattr(report, outcome).append(message.pk)
    return report


def _attempt(message: Message, backends: dict[str, Backend], policy: RetryPolicy) -> str:
    """Send one claimed message and record the outcome: "sent", "retrying" or "failed"."""
    if message.attempts > policy.max_attempts:  # its last claim ended in a crash
        return _give_up(message, "relay interrupted during the last attempt", policy)
    verdict = _guard(message)
    if isinstance(verdict, str):
        return _give_up(message, verdict, policy, alert=False)
    if verdict is not None:
        _mine(message).update(claim_token=None, attempts=F("attempts") - 1,
                              next_attempt_at=verdict)
        return "retrying"
    try:
        outgoing = _open(message)
    except VaultError:
        return _give_up(message, "data key destroyed: the message can no longer be read",
                        policy, alert=False)
    try:
        backend = backends.get(message.channel) or registry.backend_for(message.channel)
        backends[message.channel] = backend
        backend.send(outgoing)
    except DeliveryError as exc:
        if not exc.retryable:
            return _give_up(message, exc.reason, policy)
        return _retry_or_give_up(message, exc.reason, policy)
    except Exception as exc:  # noqa: BLE001 - any failure must leave the message retryable
        logger.warning("outbox message %s: %s from the %s backend", message.pk,
                       type(exc).__name__, message.channel)
        return _retry_or_give_up(message, f"{type(exc).__name__} in the backend", policy)
    _mark_sent(message)
    return "sent"


def _guard(message: Message):
    """The queuing app's last look (``registry.register_guard``): None, a reason to
    give up, or when to try again."""
    guard = registry.guard_for(message.kind)
    return guard(message) if guard else None


def _open(message: Message) -> Outgoing:
    return Outgoing(message_id=message.pk, channel=message.channel, kind=message.kind,
                    recipient=message.recipient, subject=message.subject, body=message.body,
                    headers=registry.headers_for(message))


def _mine(message: Message):
    """The row, if this relay's claim still holds (the lease has not been taken over)."""
    return Message.objects.filter(pk=message.pk, claim_token=message.claim_token)


def _mark_sent(message: Message) -> None:
    _mine(message).update(status=Message.Status.SENT, sent_at=timezone.now(),
                          claim_token=None)


def _retry_or_give_up(message: Message, reason: str, policy: RetryPolicy) -> str:
    if message.attempts >= policy.max_attempts:
        return _give_up(message, reason, policy)
    _mine(message).update(last_error=reason[:200], claim_token=None,
                          next_attempt_at=timezone.now() + policy.delay(message.attempts))
    return "retrying"


def _give_up(message: Message, reason: str, policy: RetryPolicy, *, alert: bool = True) -> str:
    if _mine(message).update(status=Message.Status.FAILED, failed_at=timezone.now(),
                             last_error=reason[:200], claim_token=None):
        alerts.given_up(message, reason, notify=alert)
    return "failed"
