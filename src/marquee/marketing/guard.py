"""The relay's last look at an advertisement, just before it leaves (P2.2, L1.2).

Between the batch that queued it and the relay run that sends it, the member may have
withdrawn the channel's consent or the membership, a correction request may hold the
contact, the campaign may have been stopped, or the night may have begun. The guard
reads the member again through the purpose-bound marketing read: the message is given
up (no alert) when it may no longer be sent, and held to 08:00 KST when only the night
consent is missing.
"""

from __future__ import annotations

from django.utils import timezone

from marquee.members.models import Member

from . import hours, optout, segment
from .models import Campaign, Delivery


def _member(message):
    return (Member.objects.filter(data_key_id=message.data_key_id)
            .select_related("data_key").first())


def last_look(message):
    """None (send), a reason (never send) or when to try again (night hours)."""
    member = _member(message)
    if member is None or member.status != Member.Status.ACTIVE:
        return "member withdrawn: advertisement not sent"
    stopped = Delivery.objects.filter(message_id=message.pk,
                                      campaign__status=Campaign.Status.CANCELLED).exists()
    if stopped:
        return "campaign stopped: advertisement not sent"
    if not segment.select(message.channel, [member]).rows:
        return "no marketing consent, or the contact is held: advertisement not sent"
    now = timezone.now()
    if hours.needs_night_consent(message.channel, now) and \
            not segment.select(message.channel, [member], night=True).rows:
        return hours.next_morning(now)
    return None


def unsubscribe_headers(message) -> dict[str, str]:
    """RFC 2369 / RFC 8058: the mail client's one-click unsubscribe."""
    if message.channel != "email":
        return {}
    member = _member(message)
    if member is None:
        return {}
    return {"List-Unsubscribe": f"<{optout.url(member.pk, 'email')}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
