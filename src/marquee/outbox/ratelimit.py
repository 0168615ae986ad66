"""How many messages one person may be sent (P12.9): 20 anonymous password-reset
requests must not become 20 texts to the victim.

The limit is per data key (one member, or one pending record such as a guardian
request) and kind, over the last hour: ``MARQUEE_MESSAGE_RATE_LIMITS`` maps a kind to
its limit, ``"*"`` to the limit for every other kind, ``None`` to none (the operators'
own alerts). Counting reads the stored messages under a row lock on the data key, so
parallel requests for the same person are counted one after the other and the limit
holds whatever their concurrency. A message over the limit is still stored, as given up
("rate_limited"), so the record of what was asked for stays complete; it is never sent.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Message

WINDOW = timedelta(hours=1)
REASON = "rate_limited"


def limit_for(kind: str) -> int | None:
    limits = settings.MARQUEE_MESSAGE_RATE_LIMITS
    return limits.get(kind, limits.get("*"))


def over_limit(data_key, kind: str) -> bool:
    """Whether one more ``kind`` message to this person exceeds the hour's limit. Call
    inside a transaction: the data key's row stays locked until it ends."""
    limit = limit_for(kind)
    if limit is None:
        return False
    type(data_key)._default_manager.select_for_update().filter(pk=data_key.pk).exists()
    sent = (Message.objects.filter(data_key=data_key, kind=kind,
                                   created_at__gte=timezone.now() - WINDOW)
            .exclude(last_error=REASON).count())
    return sent >= limit
